package vn.luutru.search.cli;

import java.util.Arrays;
import java.util.List;

import vn.luutru.archive.commands.CommandLine;
import vn.luutru.archive.commands.CommandTable;
import vn.luutru.archive.commands.Operand;
import vn.luutru.archive.commands.Usage;
import vn.luutru.search.users.Role;

/**
 * The commands of {@code luutru.jar}, the web application. Ingestion ({@code ingest},
 * {@code reindex}, {@code worker}) belongs to the worker application.
 */
enum Command {

	/** The default: the API and the web pages, until stopped. */
	SERVE("serve", List.of(),
			"the API and the web pages on the existing data; --luutru.demo.enabled=true also sets up the demo"),

	/** A new user with a random password, printed once. */
	ADD_USER("add-user", List.of(Operand.any("NAME"), Operand.oneOf("ROLE", roles())),
			"add a user (" + String.join(", ", roles()) + ") and print its password once"),

	/** A new random password for a user, printed once. */
	RESET_PASSWORD("reset-password", List.of(Operand.any("NAME")), "give a user a new password and print it once"),

	/** One-stop dossiers from a system export. */
	IMPORT_DOSSIERS("import-dossiers", List.of(Operand.readableFile("FILE")),
			"import a one-stop system export (.csv or .json) into the dossiers"),

	/** Everything running on the data directory. */
	STOP("stop", List.of(), "stop the workers, the server and the embedded stores of the data directory");

	/** The usage table of these commands. */
	static final CommandTable TABLE = new CommandTable("luutru", SERVE.usage.word(),
			Arrays.stream(values()).map((command) -> command.usage).toList());

	private final Usage usage;

	Command(String word, List<Operand> operands, String summary) {
		this.usage = new Usage(word, operands, summary);
	}

	/** The command a line read against {@link #TABLE} names. */
	static Command of(CommandLine line) {
		return Arrays.stream(values())
			.filter((command) -> command.usage.word().equals(line.word()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a command of the table: " + line.word()));
	}

	private static List<String> roles() {
		return Arrays.stream(Role.values()).map(Role::value).toList();
	}

}
