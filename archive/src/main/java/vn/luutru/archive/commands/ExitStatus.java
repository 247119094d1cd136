package vn.luutru.archive.commands;

/**
 * How a command ended, as its process's exit status: the same three for every command of
 * both applications, so that scripts can tell a failed job from an installation that
 * could not run it.
 */
public enum ExitStatus {

	/** {@code 0}: the command did its work. */
	DONE(0, "done"),

	/** {@code 1}: the command ran and failed: the job failed, the user exists, … */
	FAILED(1, "failed (the job failed, the user exists, …)"),

	/**
	 * {@code 2}: the command could not start: bad usage, unknown command, stores
	 * unreachable, configuration invalid.
	 */
	NOT_STARTED(2, "could not start (bad usage, unknown command, stores unreachable, configuration invalid)");

	private final int code;

	private final String meaning;

	ExitStatus(int code, String meaning) {
		this.code = code;
		this.meaning = meaning;
	}

	/** The process exit status. */
	public int code() {
		return this.code;
	}

	/** What the status means, for the usage text. */
	public String meaning() {
		return this.meaning;
	}

	/**
	 * The status a command's own result code stands for; anything but 0, 1 and 2 counts
	 * as failed.
	 */
	public static ExitStatus of(int code) {
		for (ExitStatus status : values()) {
			if (status.code == code) {
				return status;
			}
		}
		return FAILED;
	}

}
