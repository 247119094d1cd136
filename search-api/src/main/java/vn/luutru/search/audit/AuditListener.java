package vn.luutru.search.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every {@link AuditedAction} to the audit log, with who and from where. It
 * listens synchronously: in the request's thread, so the signed-in user is known, and in
 * the publisher's transaction, so an action whose transaction rolls back leaves no entry,
 * and an entry that cannot be written rolls the action back.
 */
@Component
class AuditListener {

	private final AuditLog log;

	AuditListener(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void record(AuditedAction action) {
		HttpServletRequest request = request();
		this.log.append(who(request), action, (request != null) ? request.getRemoteAddr() : null);
	}

	// Read from Spring Security, not from the users feature: users publishes audited
	// actions, so the audit must not need it back.
	private static String who(@Nullable HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return authentication.getName();
		}
		// Nobody signed in: a failed sign-in in a request, else the command line or a
		// job.
		return (request != null) ? "anonymous" : "system";
	}

	private static @Nullable HttpServletRequest request() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

}
