package vn.luutru.search.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.luutru.search.users.Access;

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
		String username = Access.username();
		if (Access.SYSTEM.equals(username) && request != null) {
			username = "anonymous";
		}
		this.log.append(username, action, (request != null) ? request.getRemoteAddr() : null);
	}

	private static @Nullable HttpServletRequest request() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

}
