package vn.luutru.search.users;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.luutru.search.system.Problems;

/**
 * Answers 429, before any password is checked, a sign-in attempt (the login form, or a
 * request with HTTP Basic credentials) that the {@link SignInThrottle} says must wait,
 * with {@code Retry-After} and the reason in Vietnamese.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final ProblemResponses problems;

	SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = signingInAs(request);
		Optional<Duration> wait = (username != null) ? this.throttle.wait(request.getRemoteAddr(), username)
				: Optional.empty();
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, wait.get().toSeconds() + ((wait.get().toNanosPart() > 0) ? 1 : 0));
		response.setHeader("Retry-After", Long.toString(seconds));
		this.problems.write(response,
				Problems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", "Tạm thời không đăng nhập được",
						"Quá nhiều lần nhập sai mật khẩu từ địa chỉ này: thử lại sau " + seconds
								+ " giây, hoặc đăng nhập từ máy khác, hoặc nhờ quản trị viên đặt lại mật khẩu."));
	}

	/** The name a request signs in with, or null when it does not sign in. */
	static @Nullable String signingInAs(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon >= 0) ? decoded.substring(0, colon) : decoded;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		boolean loginForm = "POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + "/login");
		return loginForm ? request.getParameter("username") : null;
	}

}
