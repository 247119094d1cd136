package vn.luutru.search.users;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the signed-in user of the current request may do, for features that shape their
 * answer by role (masking personal data) rather than refusing the request outright.
 */
public final class Access {

	/**
	 * The name {@link #username()} gives when nobody is signed in: outside any request
	 * (command-line tools, jobs), or in a request without credentials.
	 */
	public static final String SYSTEM = "system";

	private Access() {
	}

	/** Whether the current user holds the permission; false when nobody is signed in. */
	public static boolean granted(Permission permission) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> permission.authority().equals(authority.getAuthority()));
	}

	/** The signed-in user's name, or {@link #SYSTEM} outside a signed-in request. */
	public static String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getName())) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
