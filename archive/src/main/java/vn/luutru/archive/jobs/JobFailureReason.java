package vn.luutru.archive.jobs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Why a job failed, in one short line for scanning staff. Spring Batch records a failed
 * job's exception as its exit description, stack trace and all (forty lines and more);
 * the trace stays in the worker's log, where Spring Batch also wrote it, and staff read
 * the innermost cause's message.
 */
final class JobFailureReason {

	private static final int MAX_MESSAGE = 200;

	private static final String DETAILS = "; chi tiết ở nhật ký của máy xử lý.";

	/** {@code java.lang.ArithmeticException: integer overflow}, or a bare class name. */
	private static final Pattern EXCEPTION = Pattern
		.compile("^(?:Caused by: )?((?:[\\p{L}_$][\\p{L}\\p{N}_$]*\\.)*[\\p{L}_$][\\p{L}\\p{N}_$]*)(?:: (.*))?$");

	/** A line that starts with an exception's qualified class name. */
	private static final Pattern THROWN = Pattern.compile("([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)\\b");

	/** Letters only Vietnamese uses among the scripts a message may be in. */
	private static final Pattern VIETNAMESE = Pattern
		.compile("[ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọ" + "ồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]");

	private JobFailureReason() {
	}

	/** The reason to show for an exit description, or null when it says nothing. */
	static @Nullable String of(@Nullable String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		List<String> lines = description.strip().lines().toList();
		boolean trace = lines.stream().anyMatch((line) -> line.startsWith("\tat ") || line.startsWith("Caused by: "));
		if (!trace && lines.size() == 1 && lines.getFirst().length() <= 2 * MAX_MESSAGE
				&& !THROWN.matcher(lines.getFirst()).lookingAt()) {
			// Already a reason: the ones this application writes itself.
			return lines.getFirst();
		}
		// The innermost cause says what happened; the outer ones, where it was noticed.
		String cause = lines.getFirst();
		for (String line : lines) {
			if (line.startsWith("Caused by: ")) {
				cause = line;
			}
		}
		Matcher matcher = EXCEPTION.matcher(cause.strip());
		String type = matcher.matches() ? simpleName(matcher.group(1)) : "";
		String message = matcher.matches() ? matcher.group(2) : cause.strip();
		message = shorten((message != null) ? message.strip() : "");
		if (!message.isEmpty() && VIETNAMESE.matcher(message).find()) {
			return "Lượt nhập dừng: " + message + DETAILS;
		}
		String what = type.isEmpty() ? message : message.isEmpty() ? type : type + ": " + message;
		return "Lượt nhập dừng vì một lỗi không lường trước (" + what + ")" + DETAILS;
	}

	private static String simpleName(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}

	private static String shorten(String message) {
		return (message.length() > MAX_MESSAGE) ? message.substring(0, MAX_MESSAGE - 1) + "…" : message;
	}

}
