package vn.luutru.search.users;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.luutru.search.audit.AuditedAction;

/**
 * Counts wrong passwords, through the login page or HTTP Basic, in the
 * {@link SignInThrottle}: Spring Security publishes the outcome of every password check,
 * with the client's address in its details; a right password clears the account's count
 * at that address. Each wrong password and each lock is audited with the address.
 */
@Component
class SignInLockout {

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	SignInLockout(SignInThrottle throttle, ApplicationEventPublisher events) {
		this.throttle = throttle;
		this.events = events;
	}

	@EventListener
	void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		String username = Users.canonical(event.getAuthentication().getName());
		String address = address(event.getAuthentication());
		// Through either way in: the login form and HTTP Basic.
		this.events.publishEvent(
				new AuditedAction("session.login-failed", "user", username, null, Map.of("address", address)));
		if (this.throttle.failed(address, username)) {
			this.events
				.publishEvent(new AuditedAction("session.locked", "user", username, null, Map.of("address", address)));
		}
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.throttle.succeeded(address(event.getAuthentication()), event.getAuthentication().getName());
	}

	// Set by both the login form and HTTP Basic; a password checked outside a request
	// (none is, today) counts as from nowhere in particular.
	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "-";
	}

}
