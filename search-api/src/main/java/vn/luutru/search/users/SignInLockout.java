package vn.luutru.search.users;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.luutru.search.audit.AuditedAction;

/**
 * Locks an account after repeated wrong passwords, whether they come through the login
 * page or HTTP Basic, so that a password cannot be guessed at the speed of the network.
 * Spring Security publishes the outcome of every password check; a successful one clears
 * the count.
 */
@Component
class SignInLockout {

	private final Users users;

	private final SecurityProperties properties;

	private final ApplicationEventPublisher events;

	SignInLockout(Users users, SecurityProperties properties, ApplicationEventPublisher events) {
		this.users = users;
		this.properties = properties;
		this.events = events;
	}

	@EventListener
	void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		String username = Users.canonical(event.getAuthentication().getName());
		// An unknown name fails the same way and has no row to count on.
		if (this.users.signInFailed(username, this.properties.maxFailedSignIns(),
				this.properties.lockout().toSeconds())) {
			this.events.publishEvent(AuditedAction.of("session.locked", "user", username));
		}
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.users.unlock(event.getAuthentication().getName());
	}

}
