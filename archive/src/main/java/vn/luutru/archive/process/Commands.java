package vn.luutru.archive.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Runs short administrative commands (initdb, pg_ctl, the plugin installer) and reports
 * their output when they fail.
 */
public final class Commands {

	private static final long TIMEOUT_MINUTES = 5;

	private Commands() {
	}

	/**
	 * Runs a command to completion.
	 * @param command the command line
	 * @param environment extra environment variables, or {@code null}
	 * @return the combined output
	 * @throws ServiceFailed with the output's tail when the command fails or times out
	 */
	public static String run(List<String> command, @Nullable Map<String, String> environment) {
		return run(command, environment, null);
	}

	/** Like {@link #run(List, Map)}, in a working directory. */
	public static String run(List<String> command, @Nullable Map<String, String> environment,
			@Nullable Path directory) {
		Result result = execute(command, environment, directory);
		if (result.exitCode() != 0) {
			throw new ServiceFailed("Command failed (exit " + result.exitCode() + "): " + String.join(" ", command)
					+ System.lineSeparator() + tail(result.output()));
		}
		return result.output();
	}

	/** Runs a command and returns its exit code, ignoring its output. */
	public static int exitCode(List<String> command) {
		return execute(command, null, null).exitCode();
	}

	private static Result execute(List<String> command, @Nullable Map<String, String> environment,
			@Nullable Path directory) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (environment != null) {
			builder.environment().putAll(environment);
		}
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return new Result(-1, "timed out after " + TIMEOUT_MINUTES + " minutes");
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return new Result(-1, "cannot run " + command.getFirst() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Result(-1, "interrupted");
		}
	}

	private static String tail(String output) {
		String[] lines = output.strip().split("\\R");
		int from = Math.max(0, lines.length - 20);
		return String.join(System.lineSeparator(), List.of(lines).subList(from, lines.length));
	}

	private record Result(int exitCode, String output) {
	}

}
