package vn.luutru.search.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.ApplicationPidFileWriter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.luutru.search.dossiers.DossierImportCommand;
import vn.luutru.search.users.UserCommands;
import vn.luutru.archive.EmbeddedStores;
import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.postgres.PostgresProperties;

/**
 * Runs a {@code luutru} command in this JVM.
 */
public final class Launcher {

	private final Class<?> application;

	public Launcher(Class<?> application) {
		this.application = application;
	}

	/**
	 * Runs the command.
	 * @return an exit status for commands that end, or {@code null} while a server keeps
	 * running
	 */
	public Integer run(String[] args) {
		Command command;
		try {
			command = Command.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		return switch (command.name()) {
			// Jobs and reindexing belong to the worker application now.
			case "ingest", "reindex" -> {
				System.err.println("Run " + command.name() + " with the worker: java -jar luutru-worker.jar "
						+ command.name() + " (./luutru " + command.name() + ")");
				yield 2;
			}
			case "import-dossiers" -> importDossiers(command);
			case "add-user" -> withContext(command, (context) -> context.getBean(UserCommands.class)
				.addUser(command.operands().get(0), command.operands().get(1), System.out));
			case "reset-password" -> withContext(command, (context) -> context.getBean(UserCommands.class)
				.resetPassword(command.operands().get(0), System.out));
			case "stop" -> stop(command);
			case "demo" -> serve(command, Map.of("luutru.demo.enabled", "true"));
			default -> serve(command, Map.of());
		};
	}

	private Integer serve(Command command, Map<String, Object> defaults) {
		SpringApplication app = new SpringApplication(this.application);
		app.setDefaultProperties(defaults);
		app.addListeners(new ApplicationPidFileWriter(pidFile(command).toFile()));
		app.run(command.options());
		return null;
	}

	private int importDossiers(Command command) {
		SpringApplication app = new SpringApplication(this.application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(Map.of("logging.level.root", "WARN", "spring.main.banner-mode", "off"));
		try (ConfigurableApplicationContext context = app.run(command.options())) {
			return context.getBean(DossierImportCommand.class).run(Path.of(command.operands().getFirst()), System.out);
		}
	}

	private int withContext(Command command, java.util.function.ToIntFunction<ConfigurableApplicationContext> work) {
		SpringApplication app = new SpringApplication(this.application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(Map.of("logging.level.root", "WARN", "spring.main.banner-mode", "off"));
		try (ConfigurableApplicationContext context = app.run(command.options())) {
			return work.applyAsInt(context);
		}
	}

	private int stop(Command command) {
		Binder binder = binder(command);
		ServicesProperties services = services(binder);
		EmbeddedStores.pid(pidFile(command)).ifPresent((pid) -> {
			System.out.println("Stopping the Lưu trữ server (pid " + pid + ")");
			EmbeddedStores.terminate(pid);
		});
		PostgresProperties postgres = binder.bindOrCreate("luutru.postgres", PostgresProperties.class);
		List<String> stopped = EmbeddedStores.stop(services, postgres);
		stopped.forEach((service) -> System.out.println("Stopped embedded " + service));
		if (stopped.isEmpty()) {
			System.out.println("No embedded store was running under " + services.dataDir().toAbsolutePath());
		}
		return 0;
	}

	private static Path pidFile(Command command) {
		return services(binder(command)).dataDir().resolve("luutru.pid");
	}

	private static ServicesProperties services(Binder binder) {
		return binder.bindOrCreate("luutru", ServicesProperties.class);
	}

	/**
	 * Configuration from the command line and the environment, as Spring Boot would bind
	 * it.
	 */
	private static Binder binder(Command command) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(command.options()));
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment);
	}

}
