package vn.luutru.archive.commands;

/**
 * What a command line asks for: a command to run, the usage text, or nothing the
 * application can do (bad usage, exit status 2).
 */
public sealed interface Parsed {

	/** A known command with acceptable operands. */
	record Run(CommandLine line) implements Parsed {
	}

	/** {@code help}, {@code --help} or {@code -h}. */
	record Help() implements Parsed {
	}

	/**
	 * A command line that is not one of the application's commands.
	 *
	 * @param reason what is wrong and how the command is typed, in one line
	 */
	record Refused(String reason) implements Parsed {
	}

}
