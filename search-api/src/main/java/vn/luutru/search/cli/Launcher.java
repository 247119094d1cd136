package vn.luutru.search.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.ApplicationPidFileWriter;
import org.springframework.context.ConfigurableApplicationContext;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.commands.CommandLine;
import vn.luutru.archive.commands.CommandRunner;
import vn.luutru.archive.commands.ExitStatus;
import vn.luutru.archive.commands.Parsed;
import vn.luutru.archive.commands.PidFiles;
import vn.luutru.archive.commands.StopCommand;
import vn.luutru.search.dossiers.DossierImportCommand;
import vn.luutru.search.users.UserCommands;

/**
 * Runs a {@code luutru} command of the web application in this JVM: {@code serve} as the
 * web server, {@code stop} without Spring, and the others each in a quiet context without
 * a web server. Exit statuses are those of {@link ExitStatus}.
 */
public final class Launcher {

	private final Class<?> application;

	private final PrintStream out = System.out;

	public Launcher(Class<?> application) {
		this.application = application;
	}

	/**
	 * Runs the command the arguments name.
	 * @return the exit status of a command that has ended, or {@code null} while the
	 * server runs on
	 */
	public @Nullable Integer run(String[] args) {
		return switch (Command.TABLE.parse(args)) {
			case Parsed.Help help -> {
				this.out.print(Command.TABLE.help());
				yield ExitStatus.DONE.code();
			}
			case Parsed.Refused refused -> {
				System.err.println("luutru: " + refused.reason());
				yield ExitStatus.NOT_STARTED.code();
			}
			case Parsed.Run run -> run(run.line());
		};
	}

	private @Nullable Integer run(CommandLine line) {
		Command command = Command.of(line);
		return switch (command) {
			case SERVE -> serve(line);
			case STOP -> new StopCommand(this.out).run(line).code();
			case ADD_USER, RESET_PASSWORD, IMPORT_DOSSIERS ->
				new CommandRunner().run(this.application, line, (context) -> run(command, line, context)).code();
		};
	}

	private ExitStatus run(Command command, CommandLine line, ConfigurableApplicationContext context) {
		return ExitStatus.of(switch (command) {
			case ADD_USER -> context.getBean(UserCommands.class).addUser(line.operand(0), line.operand(1), this.out);
			case RESET_PASSWORD -> context.getBean(UserCommands.class).resetPassword(line.operand(0), this.out);
			case IMPORT_DOSSIERS -> context.getBean(DossierImportCommand.class).run(Path.of(line.operand(0)), this.out);
			case SERVE, STOP -> throw new IllegalArgumentException(command + " does not run in a command context");
		});
	}

	private @Nullable Integer serve(CommandLine line) {
		SpringApplication app = new SpringApplication(this.application);
		Path dataDir = line.bind("luutru", ServicesProperties.class).dataDir();
		app.addListeners(new ApplicationPidFileWriter(PidFiles.server(dataDir).toFile()));
		try {
			app.run(line.arguments());
			return null;
		}
		catch (RuntimeException ex) {
			// Spring Boot has logged why: the server's log is its output.
			return ExitStatus.NOT_STARTED.code();
		}
	}

}
