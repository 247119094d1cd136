package vn.luutru.search.users;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The command-line side of users: {@code ./luutru add-user} (how a new installation gets
 * its first administrator: there are no default passwords), {@code ./luutru
 * reset-password}, and the demo's one user per role. Whoever can run these can read the
 * server's database anyway; they are audited as {@code system}.
 */
@Component
public class UserCommands {

	/** The demo's users: one per role, named in Vietnamese. */
	static final List<NewUser> DEMO = List.of(
			new NewUser("quet", "Nguyễn Thị Lan (số hóa)", Role.SCANNING_STAFF.value(), null),
			new NewUser("canbo", "Trần Văn Minh (cán bộ)", Role.OFFICER.value(), null),
			new NewUser("xem", "Lê Thu Hà (tra cứu)", Role.VIEWER.value(), null),
			new NewUser("quantri", "Phạm Quốc Huy (quản trị)", Role.ADMINISTRATOR.value(), null));

	private final UserService users;

	UserCommands(UserService users) {
		this.users = users;
	}

	/**
	 * Adds a user with a random password and prints it once.
	 * @return 0 when added, 1 when refused (the reason is printed)
	 */
	public int addUser(String username, String role, PrintStream out) {
		try {
			CreatedUser created = this.users.create(new NewUser(username, null, role, null));
			out.println("Tài khoản " + created.account().username() + " (" + created.account().role().label()
					+ ") đã tạo. Mật khẩu: " + created.generatedPassword());
			out.println("Created user " + created.account().username() + "; its password is shown only now.");
			return 0;
		}
		catch (InvalidUser ex) {
			out.println(ex.getMessage());
			return 1;
		}
	}

	/**
	 * Gives a user a new random password (and enables the account) and prints it once.
	 * @return 0 when done, 1 when there is no such user
	 */
	public int resetPassword(String username, PrintStream out) {
		try {
			out.println("Mật khẩu mới của " + username + ": " + this.users.resetPassword(username));
			return 0;
		}
		catch (UserNotFound ex) {
			out.println(ex.getMessage());
			return 1;
		}
	}

	/**
	 * Makes sure the demo's four users exist, each with a fresh random password.
	 * @return username to password, in role order
	 */
	public Map<String, String> demoUsers() {
		Map<String, String> credentials = new LinkedHashMap<>();
		for (NewUser user : DEMO) {
			String password;
			try {
				password = this.users.create(user).generatedPassword();
			}
			catch (InvalidUser ex) {
				password = this.users.resetPassword(user.username());
			}
			credentials.put(user.username(), password);
		}
		return credentials;
	}

	/** The Vietnamese name of a demo user's role. */
	public static String roleOf(String demoUser) {
		return DEMO.stream()
			.filter((user) -> user.username().equals(demoUser))
			.map((user) -> Role.of(user.role()).label())
			.findFirst()
			.orElseThrow();
	}

}
