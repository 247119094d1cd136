package vn.luutru.system;

import java.util.List;

/**
 * A command that ran to its end.
 *
 * @param exitCode its exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record Ran(int exitCode, String out, String err) {

	/** The lines of standard error that hold anything. */
	List<String> errLines() {
		return this.err.lines().filter((line) -> !line.isBlank()).toList();
	}

	@Override
	public String toString() {
		return "exit " + this.exitCode + System.lineSeparator() + "--- out" + System.lineSeparator() + this.out
				+ "--- err" + System.lineSeparator() + this.err;
	}

}
