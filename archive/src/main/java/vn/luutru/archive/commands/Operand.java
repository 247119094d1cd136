package vn.luutru.archive.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One operand of a command, with the check made before any context starts: a mistyped
 * role or a missing file is bad usage (exit status 2) and is told at once, not after the
 * stores have started.
 *
 * @param name the operand's name in the usage text, in capitals ({@code NAME},
 * {@code FILE})
 * @param check what makes a value acceptable
 */
public record Operand(String name, Check check) {

	/** Decides whether a value will do. */
	@FunctionalInterface
	public interface Check {

		/**
		 * Checks a value.
		 * @return what is wrong with it, or empty when it will do
		 */
		Optional<String> problem(String value);

	}

	/** An operand that takes any word. */
	public static Operand any(String name) {
		return new Operand(name, (value) -> Optional.empty());
	}

	/** An operand that takes one of a few words, compared as given. */
	public static Operand oneOf(String name, List<String> values) {
		String choices = String.join(", ", values.subList(0, values.size() - 1)) + " hoặc " + values.getLast();
		return new Operand(name, (value) -> values.contains(value) ? Optional.empty()
				: Optional.of("không hợp lệ: phải là " + (values.size() == 1 ? values.getFirst() : choices)));
	}

	/** An operand that names a file this process can read. */
	public static Operand readableFile(String name) {
		return new Operand(name, (value) -> Files.isRegularFile(Path.of(value)) && Files.isReadable(Path.of(value))
				? Optional.empty() : Optional.of("không phải tệp đọc được"));
	}

	/** An operand that names a folder this process can read. */
	public static Operand readableFolder(String name) {
		return new Operand(name, (value) -> Files.isDirectory(Path.of(value)) && Files.isReadable(Path.of(value))
				? Optional.empty() : Optional.of("không phải thư mục đọc được"));
	}

}
