package vn.luutru.archive.commands;

import vn.luutru.archive.process.ServiceFailed;

/**
 * A failure told in one line for the terminal: the stack trace helps whoever reads the
 * code, not the operator who typed the command (who can add {@code --debug}).
 */
final class FailureReason {

	private static final int MAX_LENGTH = 300;

	private static final String MORE = " (--debug để xem chi tiết)";

	private FailureReason() {
	}

	/**
	 * The line that best says what went wrong: a store's own message when a store failed
	 * (it says what to do), otherwise the deepest cause with its type.
	 */
	static String of(Throwable failure) {
		Throwable deepest = failure;
		int depth = 0;
		// A bounded walk: a cause chain can loop.
		for (Throwable cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
			if (cause instanceof ServiceFailed && cause.getMessage() != null) {
				return firstLine(cause.getMessage());
			}
			deepest = cause;
		}
		String type = deepest.getClass().getSimpleName();
		return (deepest.getMessage() == null || deepest.getMessage().isBlank()) ? type
				: firstLine(type + ": " + deepest.getMessage());
	}

	// A first line that leads into the rest ("… failed to start:") says nothing alone;
	// the rest is a log, too long for one line: it says where the rest is instead.
	private static String firstLine(String message) {
		String line = message.strip().lines().findFirst().orElse("").strip();
		if (line.length() > MAX_LENGTH - MORE.length()) {
			return line.substring(0, MAX_LENGTH - MORE.length() - 1) + "…" + MORE;
		}
		return line.endsWith(":") ? line.substring(0, line.length() - 1) + MORE : line;
	}

}
