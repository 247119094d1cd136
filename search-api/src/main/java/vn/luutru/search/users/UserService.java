package vn.luutru.search.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.search.audit.AuditedAction;

/**
 * Creating and changing users, each change audited with the account before and after
 * (never a password or its hash: only that it changed). A change of role, a disabled
 * account or a new password ends the user's open sessions ({@link SessionStamps}); a new
 * password also lifts the account's sign-in locks.
 */
@Service
public class UserService {

	private final Users users;

	private final PasswordEncoder encoder;

	private final SecurityProperties properties;

	private final ApplicationEventPublisher events;

	private final SignInThrottle throttle;

	UserService(Users users, PasswordEncoder encoder, SecurityProperties properties, ApplicationEventPublisher events,
			SignInThrottle throttle) {
		this.users = users;
		this.encoder = encoder;
		this.properties = properties;
		this.events = events;
		this.throttle = throttle;
	}

	List<UserAccount> all() {
		return this.users.all();
	}

	UserAccount find(String username) {
		return this.users.find(username).orElseThrow(() -> new UserNotFound(username));
	}

	/**
	 * Creates a user.
	 * @throws InvalidUser for a bad name, role or password, or a name already taken
	 */
	@Transactional
	public CreatedUser create(NewUser request) {
		String username = username(request.username());
		Role role = role(request.role());
		String displayName = (request.displayName() == null || request.displayName().isBlank()) ? username
				: request.displayName().strip();
		String generated = (request.password() == null) ? Passwords.random() : null;
		String password = (generated != null) ? generated : checked(request.password());
		if (!this.users.insert(username, displayName, role, this.encoder.encode(password))) {
			throw new InvalidUser("user-exists", "Tên đăng nhập '" + username + "' đã có người dùng.");
		}
		UserAccount account = find(username);
		this.events.publishEvent(new AuditedAction("user.create", "user", username, null, audited(account, false)));
		return new CreatedUser(account, generated);
	}

	/**
	 * Sets a new random password, for {@code ./luutru demo} and for administrators who
	 * lost theirs (from the command line, which only the server's operator can run).
	 */
	@Transactional
	public String resetPassword(String username) {
		UserAccount before = find(username);
		String password = Passwords.random();
		this.users.update(username, before.displayName(), before.role(), true, this.encoder.encode(password));
		this.throttle.passwordChanged(username);
		this.events.publishEvent(new AuditedAction("user.change", "user", username, audited(before, false),
				audited(find(username), true)));
		return password;
	}

	/**
	 * Changes a user.
	 * @throws InvalidUser for a bad role or password, or a change that would leave no
	 * enabled administrator
	 */
	@Transactional
	UserAccount change(String username, UserChange change) {
		UserAccount before = find(username);
		Role role = (change.role() != null) ? role(change.role()) : before.role();
		boolean enabled = (change.enabled() != null) ? change.enabled() : before.enabled();
		String displayName = (change.displayName() != null && !change.displayName().isBlank())
				? change.displayName().strip() : before.displayName();
		String hash = (change.password() != null) ? this.encoder.encode(checked(change.password())) : null;
		boolean stopsAdministering = before.role() == Role.ADMINISTRATOR && before.enabled()
				&& (role != Role.ADMINISTRATOR || !enabled);
		if (stopsAdministering && this.users.lockAndCountEnabledAdministrators() <= 1) {
			throw new InvalidUser("last-administrator",
					"'" + username + "' là quản trị viên cuối cùng còn hoạt động: tạo quản trị viên khác trước.");
		}
		this.users.update(username, displayName, role, enabled, hash);
		if (hash != null) {
			this.throttle.passwordChanged(username);
		}
		UserAccount after = find(username);
		this.events.publishEvent(new AuditedAction("user.change", "user", username, audited(before, false),
				audited(after, hash != null)));
		return after;
	}

	private String username(@Nullable String text) {
		String username = (text != null) ? Users.canonical(text) : "";
		if (!Users.isUsername(username)) {
			throw new InvalidUser("invalid-user", "Tên đăng nhập '" + text
					+ "' không hợp lệ: 2–63 ký tự thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.");
		}
		return username;
	}

	private static Role role(String text) {
		try {
			return Role.of(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidUser("invalid-user",
					"Vai trò '" + text + "' không có: dùng scanning-staff, officer, viewer hoặc administrator.");
		}
	}

	private String checked(String password) {
		if (password.codePointCount(0, password.length()) < this.properties.minPasswordLength()) {
			throw new InvalidUser("invalid-user",
					"Mật khẩu phải có ít nhất " + this.properties.minPasswordLength() + " ký tự.");
		}
		return password;
	}

	private static Map<String, Object> audited(UserAccount account, boolean passwordChanged) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", account.username());
		state.put("displayName", account.displayName());
		state.put("role", account.role().value());
		state.put("enabled", account.enabled());
		if (passwordChanged) {
			state.put("passwordChanged", true);
		}
		return state;
	}

}
