package vn.luutru.search.users;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a user for signing in: the role becomes {@code ROLE_<ROLE>} and each of its
 * permissions a {@code PERM_<PERMISSION>} authority. A disabled account cannot sign in;
 * repeated wrong passwords are slowed down per client address ({@link SignInThrottle}).
 */
@Service
class AccountDetails implements UserDetailsService {

	private final Users users;

	AccountDetails(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String name = Users.canonical(username);
		// No account has another form; anything else (a NUL, a megabyte) never reaches
		// the database, and fails like an unknown name: counted, throttled and audited.
		if (!Users.isUsername(name)) {
			throw new UsernameNotFoundException("not a user name");
		}
		Users.Credentials credentials = this.users.credentials(name)
			.orElseThrow(() -> new UsernameNotFoundException(username));
		UserAccount account = credentials.account();
		return User.withUsername(account.username())
			.password(credentials.passwordHash())
			.disabled(!account.enabled())
			.authorities(authorities(account.role()))
			.build();
	}

	static List<GrantedAuthority> authorities(Role role) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		role.permissions().forEach((permission) -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
		return authorities;
	}

}
