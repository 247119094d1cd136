package vn.luutru.search.users;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.luutru.search.audit.AuditedAction;

/**
 * Ends a session whose account was disabled, given another role or a new password since
 * it signed in ({@link SessionStamps}): the request goes on as nobody's, so it gets the
 * 401 (or the login page) any stranger gets. Runs right after the security context is
 * loaded from the session, before credentials sent with the request are checked: an API
 * client sending HTTP Basic is signed in again by them.
 */
class StaleSessions extends OncePerRequestFilter {

	private final SessionStamps stamps;

	private final ApplicationEventPublisher events;

	StaleSessions(SessionStamps stamps, ApplicationEventPublisher events) {
		this.stamps = stamps;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && signedIn != null && signedIn.isAuthenticated()
				&& !(signedIn instanceof AnonymousAuthenticationToken)
				&& this.stamps.stale(session, signedIn.getName())) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			this.events.publishEvent(AuditedAction.of("session.ended", "user", signedIn.getName()));
		}
		chain.doFilter(request, response);
	}

}
