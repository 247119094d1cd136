package vn.luutru.archive.commands;

import vn.luutru.archive.process.ServiceFailed;

/**
 * A failure told in one line for the terminal: the stack trace helps whoever reads the
 * code, not the operator who typed the command (who can add {@code --debug}).
 */
final class FailureReason {

	private static final int MAX_LENGTH = 300;

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

	private static String firstLine(String message) {
		String line = message.strip().lines().findFirst().orElse("").strip();
		return (line.length() <= MAX_LENGTH) ? line : line.substring(0, MAX_LENGTH - 1) + "…";
	}

}
