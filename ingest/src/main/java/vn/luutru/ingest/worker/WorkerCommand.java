package vn.luutru.ingest.worker;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

	/**
	 * What operands each command takes: how many, and what the first must look like (a
	 * job number for retry and resume).
	 */
	private record Operands(String usage, int least, int most, Pattern first) {

		static final Pattern ANY = Pattern.compile(".+", Pattern.DOTALL);

		static final Pattern JOB = Pattern.compile("\\d{1,18}");

		static Operands none() {
			return new Operands("", 0, 0, ANY);
		}

		static Operands one(String usage) {
			return new Operands(usage, 1, 1, ANY);
		}

		boolean accept(List<String> operands) {
			return operands.size() >= this.least && operands.size() <= this.most
					&& (operands.isEmpty() || this.first.matcher(operands.getFirst()).matches());
		}

	}

	private static final Map<String, Operands> COMMANDS = commands();

	static final List<String> NAMES = List.copyOf(COMMANDS.keySet());

	private static Map<String, Operands> commands() {
		Map<String, Operands> commands = new LinkedHashMap<>();
		commands.put("worker", Operands.none());
		commands.put("ingest", Operands.one("<folder>"));
		commands.put("retry", new Operands("<job> [file]", 1, 2, Operands.JOB));
		commands.put("resume", new Operands("<job>", 1, 1, Operands.JOB));
		commands.put("reindex", Operands.none());
		commands.put("reocr", Operands.one("<document-id>"));
		commands.put("fixity", Operands.none());
		commands.put("backup", Operands.one("<dir>"));
		commands.put("restore", Operands.one("<dir>"));
		return commands;
	}

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
		Operands takes = COMMANDS.get(name);
		if (!takes.accept(operands)) {
			throw new IllegalArgumentException(
					takes.usage().isEmpty() ? "Usage: luutru " + name + " (no operands; got " + operands + ")"
							: "Usage: luutru " + name + " " + takes.usage());
		}
		return new WorkerCommand(name, operands, options);
	}

}
