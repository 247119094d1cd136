package vn.luutru.search.users;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The web rules exist wherever there is a web server, and a command's context, which has
 * none, starts without them (and still hashes passwords).
 */
class SecurityConfigurationTests {

	private static final AutoConfigurations SECURITY = AutoConfigurations.of(SecurityAutoConfiguration.class,
			ServletWebSecurityAutoConfiguration.class);

	@Test
	void aServletWebApplicationHasTheArchivesFilterChain() {
		new WebApplicationContextRunner().withConfiguration(SECURITY)
			.withUserConfiguration(SecurityConfiguration.class)
			.withBean(ProblemResponses.class, () -> mock(ProblemResponses.class))
			.withBean(LoginResponses.class, () -> mock(LoginResponses.class))
			.withBean(SessionStamps.class, () -> mock(SessionStamps.class))
			.withBean(SignInThrottle.class, () -> new SignInThrottle(properties()))
			.withBean(SecurityProperties.class, SecurityConfigurationTests::properties)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasBean("archiveSecurity");
				assertThat(context).hasSingleBean(SecurityFilterChain.class);
			});
	}

	@Test
	void aContextWithoutAWebServerStartsWithoutFilterChainAndHashesPasswords() {
		new ApplicationContextRunner().withConfiguration(SECURITY)
			.withUserConfiguration(SecurityConfiguration.class)
			.withBean(ProblemResponses.class, () -> mock(ProblemResponses.class))
			.withBean(LoginResponses.class, () -> mock(LoginResponses.class))
			.withBean(SecurityProperties.class, SecurityConfigurationTests::properties)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(SecurityFilterChain.class);
				assertThat(context.getBean(PasswordEncoder.class).encode("mật khẩu")).startsWith("{bcrypt}");
			});
	}

	private static SecurityProperties properties() {
		return new SecurityProperties(12, false, 5, Duration.ofMinutes(15), 10, Duration.ofSeconds(1));
	}

}
