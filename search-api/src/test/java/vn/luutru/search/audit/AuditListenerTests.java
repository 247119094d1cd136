package vn.luutru.search.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * Who the audit log names for an action: the signed-in user, {@code anonymous} in a
 * request nobody is signed in to (a failed sign-in), {@code system} outside requests.
 */
class AuditListenerTests {

	private static final AuditedAction ACTION = AuditedAction.of("session.login", "user", "canbo");

	private final AuditLog log = mock();

	private final AuditListener listener = new AuditListener(this.log);

	@AfterEach
	void forget() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void namesTheSignedInUserAndTheirAddress() {
		inRequest("10.1.2.3");
		signedIn(UsernamePasswordAuthenticationToken.authenticated("canbo", null,
				AuthorityUtils.createAuthorityList("PERM_SEARCH")));

		this.listener.record(ACTION);

		verify(this.log).append("canbo", ACTION, "10.1.2.3");
	}

	@Test
	void namesNobodySignedInToARequestAnonymous() {
		inRequest("10.1.2.3");
		signedIn(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		this.listener.record(ACTION);

		verify(this.log).append("anonymous", ACTION, "10.1.2.3");
	}

	@Test
	void namesAnActionOutsideRequestsSystem() {
		this.listener.record(ACTION);

		verify(this.log).append("system", ACTION, null);
	}

	private static void inRequest(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private static void signedIn(Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}
