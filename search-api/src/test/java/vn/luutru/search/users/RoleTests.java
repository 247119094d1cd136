package vn.luutru.search.users;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoleTests {

	@Test
	void eachRoleHoldsWhatTheDepartmentGivesIt() {
		assertThat(Role.SCANNING_STAFF.permissions()).containsExactly(Permission.RUN_JOBS);
		assertThat(Role.VIEWER.permissions()).containsExactly(Permission.SEARCH, Permission.EXPORT);
		assertThat(Role.OFFICER.permissions()).containsExactlyInAnyOrder(Permission.SEARCH, Permission.LINK_DOSSIERS,
				Permission.PERSONAL_DATA, Permission.DESCRIBE_RECORDS, Permission.CORRECT_TEXT, Permission.EXPORT);
		assertThat(Role.ADMINISTRATOR.permissions()).containsExactlyInAnyOrder(Permission.values());
	}

	@Test
	void rolesAreReadFromTheirStoredForm() {
		assertThat(Role.of("scanning-staff")).isEqualTo(Role.SCANNING_STAFF);
		assertThat(Role.of(" SCANNING_STAFF ")).isEqualTo(Role.SCANNING_STAFF);
		assertThatIllegalArgumentException().isThrownBy(() -> Role.of("boss")).withMessageContaining("boss");
	}

	@Test
	void aRoleBecomesItsRoleAndPermissionAuthorities() {
		assertThat(AccountDetails.authorities(Role.OFFICER)).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_OFFICER", "PERM_SEARCH", "PERM_LINK_DOSSIERS", "PERM_PERSONAL_DATA",
					"PERM_DESCRIBE_RECORDS", "PERM_CORRECT_TEXT", "PERM_EXPORT");
	}

	@Test
	void afterSigningInOnlyAPathOnThisServerIsFollowed() {
		assertThat(LoginResponses.isLocal("/document.html?id=abc")).isTrue();
		assertThat(LoginResponses.isLocal("//evil.example/")).isFalse();
		assertThat(LoginResponses.isLocal("/\\evil.example/")).isFalse();
		assertThat(LoginResponses.isLocal("https://evil.example/")).isFalse();
		assertThat(LoginResponses.isLocal(null)).isFalse();
		// Browsers drop tabs and line breaks from a URL and read a backslash as a slash:
		// each of these is "//evil.example" to them.
		assertThat(LoginResponses.isLocal("/\t/evil.example")).isFalse();
		assertThat(LoginResponses.isLocal("/\n/evil.example")).isFalse();
		assertThat(LoginResponses.isLocal("/ /evil.example")).isFalse();
		assertThat(LoginResponses.isLocal("/.\\evil.example")).isFalse();
		assertThat(LoginResponses.isLocal("/\u00a0/evil.example")).isFalse();
		assertThat(LoginResponses.isLocal("/t%C3%ACm?q=%C4%91%E1%BA%A5t#k%E1%BA%BFt-qu%E1%BA%A3")).isTrue();
	}

	@Test
	void generatedPasswordsAreLongAndDiffer() {
		String one = Passwords.random();
		assertThat(one).hasSize(16).matches("[a-km-zA-HJ-NP-Z2-9]{16}");
		assertThat(Passwords.random()).isNotEqualTo(one);
	}

}
