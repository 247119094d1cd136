package vn.luutru.search.users;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.luutru.search.system.Problems;

/**
 * What a request that may not go on gets: a web page is sent to the login page (and back
 * afterwards); an API request gets 401 or 403 as an RFC 9457 problem, in Vietnamese. The
 * 401 names the Basic scheme for API clients, but not for anything a browser asks
 * ({@link #fromBrowser}): HTTP Basic is for API clients only.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (isPage(request)) {
			String back = request.getRequestURI()
					+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
			response.sendRedirect(request.getContextPath() + "/login.html?next="
					+ URLEncoder.encode(back.substring(request.getContextPath().length()), StandardCharsets.UTF_8));
			return;
		}
		if (!fromBrowser(request)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"luutru\", charset=\"UTF-8\"");
		}
		write(response, Problems.of(HttpStatus.UNAUTHORIZED, "not-signed-in", "Chưa đăng nhập",
				"Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic) hoặc đăng nhập tại /login.html."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		ProblemDetail problem;
		boolean signingIn = request.getRequestURI().equals(request.getContextPath() + "/login");
		if (exception instanceof CsrfException && Access.SYSTEM.equals(Access.username()) && !signingIn) {
			// Nobody signed in: that, not the token, is what the caller must fix first.
			commence(request, response, new InsufficientAuthenticationException(exception.getMessage()));
			return;
		}
		if (exception instanceof CsrfException) {
			problem = Problems.of(HttpStatus.FORBIDDEN, "csrf", "Yêu cầu không hợp lệ",
					"Thiếu hoặc sai mã chống giả mạo (CSRF): gửi giá trị cookie XSRF-TOKEN trong header X-XSRF-TOKEN.");
		}
		else {
			problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền",
					"Vai trò của tài khoản " + Access.username() + " không được phép làm việc này.");
		}
		write(response, problem);
	}

	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		// Outside Spring MVC: written as its converters would write it.
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.json.writeValue(response.getOutputStream(), body);
	}

	/**
	 * A request a browser made: the pages' scripts say so ({@code X-Requested-With}),
	 * browsers send fetch metadata ({@code Sec-Fetch-Mode}) with every request, and a
	 * navigation asks for HTML. A Basic challenge would make the browser pop up its
	 * password dialog, and the credentials it then caches would ride on every request to
	 * this server, forged cross-site ones included.
	 */
	static boolean fromBrowser(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
				|| request.getHeader("Sec-Fetch-Mode") != null || (accept != null && accept.contains("text/html"));
	}

	/**
	 * A web page (not the API, nor a script or an image): worth a redirect to the login
	 * page.
	 */
	static boolean isPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean api = path.startsWith("/api/") || path.startsWith("/iiif/") || path.startsWith("/v3/")
				|| path.startsWith("/actuator/");
		String accept = request.getHeader("Accept");
		return !api && "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
	}

}
