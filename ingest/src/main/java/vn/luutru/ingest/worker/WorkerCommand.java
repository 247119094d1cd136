package vn.luutru.ingest.worker;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A parsed command line of the worker application: the command word, its operands, and
 * the Spring Boot arguments ({@code --key=value}) wherever they stand.
 *
 * @param name {@code worker} (the default), {@code ingest}, {@code reindex},
 * {@code reocr}, {@code fixity}, {@code backup} or {@code restore}
 * @param operands words after the command that are not {@code --options}
 * @param options the {@code --key=value} arguments, handed to Spring Boot
 */
record WorkerCommand(String name, List<String> operands, String[] options) {

	static final List<String> NAMES = List.of("worker", "ingest", "retry", "resume", "reindex", "reocr", "fixity",
			"backup", "restore");

	/** The commands that take one operand, and what it is. */
	private static final java.util.Map<String, String> OPERAND = java.util.Map.of("ingest", "<folder>", "reocr",
			"<document-id>", "backup", "<dir>", "restore", "<dir>");

	/**
	 * Parses the arguments of {@code luutru-worker.jar}.
	 * @throws IllegalArgumentException for an unknown command or wrong operands, with the
	 * usage
	 */
	static WorkerCommand parse(String[] args) {
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		String[] options = Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toArray(String[]::new);
		String name = words.isEmpty() ? "worker" : words.getFirst().toLowerCase(Locale.ROOT);
		if (!NAMES.contains(name)) {
			throw new IllegalArgumentException("Unknown command '" + name + "'; expected one of " + NAMES);
		}
		List<String> operands = words.isEmpty() ? List.of() : words.subList(1, words.size());
		if (name.equals("retry")) {
			if (operands.isEmpty() || operands.size() > 2 || !operands.getFirst().matches("\\d{1,18}")) {
				throw new IllegalArgumentException("Usage: luutru retry <job> [file]");
			}
			return new WorkerCommand(name, operands, options);
		}
		if (name.equals("resume") && (operands.size() != 1 || !operands.getFirst().matches("\\d{1,18}"))) {
			throw new IllegalArgumentException("Usage: luutru resume <job>");
		}
		if (name.equals("resume")) {
			return new WorkerCommand(name, operands, options);
		}
		if (OPERAND.containsKey(name) && operands.size() != 1) {
			throw new IllegalArgumentException("Usage: luutru " + name + " " + OPERAND.get(name));
		}
		if (!OPERAND.containsKey(name) && !operands.isEmpty()) {
			throw new IllegalArgumentException("Usage: luutru " + name + " (no operands; got " + operands + ")");
		}
		return new WorkerCommand(name, operands, options);
	}

}
