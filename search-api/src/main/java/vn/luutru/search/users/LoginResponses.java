package vn.luutru.search.users;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.luutru.search.audit.AuditedAction;
import vn.luutru.search.system.Problems;

/**
 * The answers to signing in and out. The login page's script asks for JSON and gets the
 * user's session (or a 401 problem); a plain form post is redirected to where the user
 * was going, or the role's start page. Every sign-in and failed attempt is audited.
 */
@Component
class LoginResponses implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

	private final Users users;

	private final ProblemResponses problems;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final SessionStamps stamps;

	LoginResponses(Users users, ProblemResponses problems, JsonMapper json, ApplicationEventPublisher events,
			SessionStamps stamps) {
		this.users = users;
		this.problems = problems;
		this.json = json;
		this.events = events;
		this.stamps = stamps;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		this.events.publishEvent(AuditedAction.of("session.login", "user", authentication.getName()));
		this.stamps.stamp(request, authentication.getName());
		UserAccount account = this.users.find(authentication.getName()).orElseThrow();
		if (wantsJson(request)) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getOutputStream(), Session.of(account));
			return;
		}
		String next = request.getParameter("next");
		response.sendRedirect(request.getContextPath() + (isLocal(next) ? next : account.role().landing()));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		// Wrong passwords are audited where they are counted (SignInLockout), whichever
		// way they came in.
		if (!wantsJson(request)) {
			response.sendRedirect(request.getContextPath() + "/login.html?error");
			return;
		}
		this.problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "login-failed", "Đăng nhập không thành công",
				"Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị vô hiệu hóa."));
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		if (wantsJson(request)) {
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login.html?logout");
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("application/json");
	}

	/**
	 * Only a path on this server: "//evil.example" and "https://…" would send the user
	 * away. Browsers also drop tabs and line breaks from a URL and read a backslash as a
	 * slash, so "/\t/evil.example" leaves too: a path must be printable ASCII (our pages
	 * send it percent-encoded) with no backslash.
	 */
	static boolean isLocal(@Nullable String next) {
		return next != null && next.startsWith("/") && !next.startsWith("//")
				&& next.chars().allMatch((c) -> c > ' ' && c < 0x7f && c != '\\');
	}

}
