package vn.luutru.search;

import java.util.Arrays;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import vn.luutru.search.users.Permission;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * For tests of what the API answers rather than who may call it: every MockMvc request is
 * made by an administrator (who holds every permission) with a valid CSRF token. Who may
 * call what is tested over real HTTP in {@code AccessIntegrationTests}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedIn {

	/** The name the audit log records for these requests. */
	public static final String ADMINISTRATOR = "test-admin";

	@Bean
	MockMvcBuilderCustomizer signedInAsAdministrator() {
		String[] authorities = Arrays.stream(Permission.values()).map(Permission::authority).toArray(String[]::new);
		return (builder) -> builder.defaultRequest(get("/")
			.with(user(ADMINISTRATOR).authorities(
					org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(authorities)))
			.with(csrf()));
	}

}
