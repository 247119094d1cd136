package vn.luutru.search.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A parsed command line: the command word, its operands, and the Spring Boot arguments
 * after them.
 *
 * @param name {@code serve} (the default), {@code demo}, {@code ingest},
 * {@code import-dossiers}, {@code reindex}, {@code add-user}, {@code reset-password} or
 * {@code stop}
 * @param operands words after the command that are not {@code --options}
 * @param options the {@code --key=value} arguments, handed to Spring Boot
 */
record Command(String name, List<String> operands, String[] options) {

	static final List<String> NAMES = List.of("serve", "demo", "ingest", "import-dossiers", "reindex", "add-user",
			"reset-password", "stop");

	/**
	 * Parses the arguments of {@code luutru.jar}.
	 * @throws IllegalArgumentException for an unknown command or a missing operand
	 */
	static Command parse(String[] args) {
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		String[] options = Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toArray(String[]::new);
		String name = words.isEmpty() ? "serve" : words.getFirst().toLowerCase(Locale.ROOT);
		if (!NAMES.contains(name)) {
			throw new IllegalArgumentException("Unknown command '" + name + "'; expected one of " + NAMES);
		}
		List<String> operands = words.isEmpty() ? List.of() : words.subList(1, words.size());
		if (name.equals("import-dossiers") && operands.size() != 1) {
			throw new IllegalArgumentException("Usage: luutru import-dossiers <export.csv|export.json>");
		}
		if (name.equals("add-user") && operands.size() != 2) {
			throw new IllegalArgumentException(
					"Usage: luutru add-user <username> <scanning-staff|officer|viewer|administrator>");
		}
		if (name.equals("reset-password") && operands.size() != 1) {
			throw new IllegalArgumentException("Usage: luutru reset-password <username>");
		}
		if (name.equals("ingest") && operands.size() != 1) {
			throw new IllegalArgumentException("Usage: luutru ingest <folder>");
		}
		return new Command(name, operands, options);
	}

}
