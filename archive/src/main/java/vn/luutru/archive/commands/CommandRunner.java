package vn.luutru.archive.commands;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one command of an application in a quiet, non-web Spring context of it: no web
 * server, no banner, warnings and errors only, and the command's output is the output.
 *
 * <p>
 * The exit status follows {@link ExitStatus}: the command's own when it ran,
 * {@link ExitStatus#FAILED} when it threw, and {@link ExitStatus#NOT_STARTED} when the
 * context could not start (stores unreachable, configuration invalid). Either failure is
 * told in one line on the error stream instead of Spring Boot's report and stack trace;
 * {@code --debug} brings those back.
 */
public final class CommandRunner {

	private final PrintStream errors;

	/** A runner that tells failures on the standard error stream. */
	public CommandRunner() {
		this(System.err);
	}

	/** A runner that tells failures on a stream of the caller's. */
	public CommandRunner(PrintStream errors) {
		this.errors = errors;
	}

	/**
	 * The work of one command, given the started context; the context is closed after it.
	 */
	@FunctionalInterface
	public interface Work {

		/**
		 * Does the command's work.
		 * @return how it ended
		 * @throws Exception when it failed unexpectedly (counts as
		 * {@link ExitStatus#FAILED})
		 */
		ExitStatus run(ConfigurableApplicationContext context) throws Exception;

	}

	/**
	 * Starts the application's context without a web server, runs the work and closes the
	 * context.
	 * @param application the application's configuration class
	 * @param line the command, whose options are handed to Spring Boot
	 * @param work what the command does
	 * @return how it ended
	 */
	public ExitStatus run(Class<?> application, CommandLine line, Work work) {
		ConfigurableApplicationContext context;
		try {
			context = application(application, line).run(line.arguments());
		}
		catch (RuntimeException ex) {
			this.errors.println("luutru " + line.word() + ": không khởi động được: " + FailureReason.of(ex));
			return ExitStatus.NOT_STARTED;
		}
		try (context) {
			return work.run(context);
		}
		catch (Exception ex) {
			this.errors.println("luutru " + line.word() + ": thất bại: " + FailureReason.of(ex));
			return ExitStatus.FAILED;
		}
	}

	private static SpringApplication application(Class<?> application, CommandLine line) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		if (!line.hasOption("debug")) {
			app.setDefaultProperties(quiet());
		}
		return app;
	}

	// Defaults, so that an option on the command line still wins.
	private static Map<String, Object> quiet() {
		Map<String, Object> quiet = new LinkedHashMap<>();
		quiet.put("logging.level.root", "WARN");
		// The failure is told in one line by run(); Spring Boot would report it again at
		// length ("APPLICATION FAILED TO START", the stack trace) and the context would
		// warn that it cancelled its refresh.
		quiet.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
		quiet.put("logging.level.org.springframework.boot.diagnostics", "OFF");
		quiet.put("logging.level.org.springframework.context", "ERROR");
		return quiet;
	}

}
