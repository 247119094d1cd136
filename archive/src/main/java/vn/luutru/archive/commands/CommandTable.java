package vn.luutru.archive.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An application's commands: reads a command line into a command word, its operands and
 * the {@code --key=value} options for Spring Boot, and writes the usage text.
 *
 * @param program the name the launcher is run by ({@code luutru})
 * @param defaultWord the command run when the line names none
 * @param usages every command, in the order the usage text lists them
 */
public record CommandTable(String program, String defaultWord, List<Usage> usages) {

	private static final List<String> HELP = List.of("help", "--help", "-h");

	public CommandTable {
		usages = List.copyOf(usages);
	}

	/**
	 * Reads a command line: words are the command and its operands, {@code --} arguments
	 * are options wherever they stand.
	 */
	public Parsed parse(String... args) {
		if (Arrays.stream(args).anyMatch(HELP::contains)) {
			return new Parsed.Help();
		}
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		List<String> options = Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toList();
		String word = words.isEmpty() ? this.defaultWord : words.getFirst().toLowerCase(Locale.ROOT);
		List<String> operands = words.isEmpty() ? List.of() : words.subList(1, words.size());
		Optional<Usage> usage = this.usages.stream().filter((candidate) -> candidate.word().equals(word)).findFirst();
		if (usage.isEmpty()) {
			return new Parsed.Refused("Không có lệnh '" + word + "'. Các lệnh: " + String.join(", ", words()) + " ("
					+ this.program + " help)");
		}
		return problem(usage.get(), operands)
			.<Parsed>map(
					(problem) -> new Parsed.Refused(problem + ". Cách dùng: " + usage.get().synopsis(this.program)))
			.orElseGet(() -> new Parsed.Run(new CommandLine(word, operands, options)));
	}

	private static Optional<String> problem(Usage usage, List<String> operands) {
		List<Operand> expected = usage.operands();
		if (operands.size() < expected.size()) {
			return Optional.of("Thiếu " + expected.get(operands.size()).name());
		}
		if (operands.size() > expected.size()) {
			return Optional.of("Thừa '" + operands.get(expected.size()) + "'");
		}
		for (int i = 0; i < expected.size(); i++) {
			Operand operand = expected.get(i);
			String value = operands.get(i);
			Optional<String> problem = operand.check().problem(value);
			if (problem.isPresent()) {
				return Optional.of(operand.name() + " '" + value + "' " + problem.get());
			}
		}
		return Optional.empty();
	}

	/**
	 * The usage text: every command with its operands, the options and the exit statuses.
	 */
	public String help() {
		List<String> lines = new ArrayList<>();
		lines.add("Usage: " + this.program + " COMMAND [OPERAND…] [--key=value…]");
		lines.add("");
		int width = this.usages.stream().mapToInt((usage) -> usage.synopsis(this.program).length()).max().orElse(0);
		for (Usage usage : this.usages) {
			String summary = (usage.word().equals(this.defaultWord) ? "(default) " : "") + usage.summary();
			lines.add("  " + pad(usage.synopsis(this.program), width) + "  " + summary);
		}
		lines.add("");
		lines.add("--key=value options are Spring Boot properties, e.g. --luutru.data-dir=/srv/luutru (README.md).");
		lines.add("");
		lines.add("Exit status:");
		for (ExitStatus status : ExitStatus.values()) {
			lines.add("  " + status.code() + "  " + status.meaning());
		}
		return String.join(System.lineSeparator(), lines) + System.lineSeparator();
	}

	private List<String> words() {
		return this.usages.stream().map(Usage::word).toList();
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(width - text.length());
	}

}
