package vn.luutru.search.users;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call what. Every endpoint needs a signed-in user except health, the login page
 * and the static scripts and styles (which hold no data). Endpoints are guarded by
 * {@link Permission}s; {@link Role} says which role holds which.
 * <p>
 * The web pages sign in with a session (form login at {@code POST /login}); API clients
 * send HTTP Basic credentials with each request, or sign in once and keep the session
 * cookie. Requests that change something need the CSRF token from the {@code XSRF-TOKEN}
 * cookie in an {@code X-XSRF-TOKEN} header, except API clients' requests that carry their
 * own {@code Authorization} header and no browser's {@code Sec-Fetch-Site}: a browser
 * that cached Basic credentials would add them to a forged request too, but it also says
 * where the request comes from.
 * <p>
 * Every response carries a strict Content-Security-Policy (scripts, styles and everything
 * else from this server only, no inline script, reports to {@code /csp-reports}), a
 * same-origin Referrer-Policy and a Permissions-Policy that turns off what the archive
 * never uses.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CSP_REPORTS = "/csp-reports";

	/**
	 * The static files anyone may fetch: they are the same for everyone and hold no data.
	 */
	private static final String[] OPEN = { "/actuator/health", "/actuator/health/**", "/error", "/login.html",
			"/favicon.ico", "/*.css", "/*.js", "/vendor/**", "/api/session/csrf", CSP_REPORTS };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; "
			+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; report-uri "
			+ CSP_REPORTS;

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), interest-cohort=()";

	// Only a servlet web server has requests to guard; a command's context (./luutru
	// add-user, …) has none and no HttpSecurity to build rules with.
	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	SecurityFilterChain archiveSecurity(HttpSecurity http, ProblemResponses problems, LoginResponses logins,
			SecurityProperties properties, SessionStamps stamps, SignInThrottle throttle,
			ApplicationEventPublisher events) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(OPEN)
			.permitAll()
			.requestMatchers("/iiif/**")
			.access(iiif(properties))
			.requestMatchers("/api/jobs", "/api/jobs/**", "/api/uploads/**")
			.hasAuthority(Permission.RUN_JOBS.authority())
			.requestMatchers("/api/watched-folders", "/api/watched-folders/**")
			.hasAuthority(Permission.WATCH_FOLDERS.authority())
			.requestMatchers(HttpMethod.POST, "/api/dossiers/import")
			.hasAuthority(Permission.IMPORT_DOSSIERS.authority())
			.requestMatchers(HttpMethod.PUT, "/api/dossiers/*/documents/*")
			.hasAuthority(Permission.LINK_DOSSIERS.authority())
			.requestMatchers(HttpMethod.DELETE, "/api/dossiers/*/documents/*")
			.hasAuthority(Permission.LINK_DOSSIERS.authority())
			// The lines and their history are the page's text unmasked: only for those
			// who correct it, whose roles also see personal data.
			.requestMatchers("/api/documents/*/pages/*/lines", "/api/documents/*/pages/*/corrections",
					"/api/documents/*/pages/*/corrections/**")
			.hasAuthority(Permission.CORRECT_TEXT.authority())
			.requestMatchers("/api/dossiers/*/export", "/api/search/export", "/api/records/files/*/export")
			.hasAuthority(Permission.EXPORT.authority())
			.requestMatchers("/api/documents/*/suggested-dossiers")
			.hasAuthority(Permission.LINK_DOSSIERS.authority())
			.requestMatchers("/api/records/appraisal", "/api/records/appraisal/**")
			.hasAuthority(Permission.APPRAISE_RECORDS.authority())
			.requestMatchers(HttpMethod.PUT, "/api/documents/*/description", "/api/records/**")
			.hasAuthority(Permission.DESCRIBE_RECORDS.authority())
			.requestMatchers(HttpMethod.POST, "/api/records/**")
			.hasAuthority(Permission.DESCRIBE_RECORDS.authority())
			.requestMatchers(HttpMethod.DELETE, "/api/records/**")
			.hasAuthority(Permission.DESCRIBE_RECORDS.authority())
			.requestMatchers("/api/users", "/api/users/**")
			.hasAuthority(Permission.MANAGE_USERS.authority())
			.requestMatchers("/api/audit", "/api/audit/**", "/api/fixity", "/api/monitoring", "/actuator/prometheus")
			.hasAuthority(Permission.READ_AUDIT.authority())
			.requestMatchers("/api/session")
			.authenticated()
			.requestMatchers("/api/**")
			.hasAuthority(Permission.SEARCH.authority())
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login.html")
			.loginProcessingUrl("/login")
			.successHandler(logins)
			.failureHandler(logins)
			.permitAll());
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessHandler(logins));
		http.httpBasic((basic) -> basic.realmName("luutru").authenticationEntryPoint(problems));
		http.exceptionHandling(
				(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		http.csrf((csrf) -> csrf.spa()
			.ignoringRequestMatchers(SecurityConfiguration::apiClientWithCredentials)
			.ignoringRequestMatchers(CSP_REPORTS));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		http.addFilterAfter(new StaleSessions(stamps, events), SecurityContextHolderFilter.class);
		http.addFilterBefore(new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * A request that brings its own credentials and does not come from a browser page
	 * (browsers send {@code Sec-Fetch-Site} with every request, forged ones included).
	 */
	static boolean apiClientWithCredentials(HttpServletRequest request) {
		return request.getHeader("Authorization") != null && request.getHeader("Sec-Fetch-Site") == null;
	}

	private static AuthorizationManager<RequestAuthorizationContext> iiif(SecurityProperties properties) {
		return properties.publicIiif() ? SingleResultAuthorizationManager.permitAll()
				: AuthorityAuthorizationManager.hasAuthority(Permission.SEARCH.authority());
	}

	/** Stores {@code {bcrypt}…} hashes and still checks any older scheme's hashes. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
