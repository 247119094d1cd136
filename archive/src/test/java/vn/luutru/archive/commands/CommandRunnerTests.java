package vn.luutru.archive.commands;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.luutru.archive.process.ServiceFailed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One command in a quiet non-web context: its own status when it ran, 1 when it threw, 2
 * with one line when the context could not start.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandRunnerTests {

	private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

	private final CommandRunner runner = new CommandRunner(new PrintStream(this.errors, true, StandardCharsets.UTF_8));

	@Test
	void theCommandRunsInANonWebContextAndItsStatusIsTheResult(CapturedOutput output) {
		ExitStatus status = this.runner.run(Greeting.class, line("greet"), (context) -> {
			assertThat(context.getBean(String.class)).isEqualTo("xin chào");
			return ExitStatus.FAILED;
		});
		assertThat(status).isEqualTo(ExitStatus.FAILED);
		assertThat(output.getOut()).doesNotContain("Spring", "Started");
		assertThat(errors()).isEmpty();
	}

	@Test
	void theContextIsNotAWebApplication() {
		this.runner.run(Greeting.class, line("greet"), (context) -> {
			assertThat(context.getClass().getName()).doesNotContain("Web");
			return ExitStatus.DONE;
		});
	}

	@Test
	void aContextThatCannotStartIsNotStartedWithOneLineAndNoStackTrace(CapturedOutput output) {
		ExitStatus status = this.runner.run(BrokenStore.class, line("greet"), (context) -> ExitStatus.DONE);
		assertThat(status).isEqualTo(ExitStatus.NOT_STARTED);
		assertThat(errors()).isEqualTo(
				"luutru greet: không khởi động được: PostgreSQL did not start on port 5433" + System.lineSeparator());
		assertThat(output.getAll()).doesNotContain("\tat ", "APPLICATION FAILED TO START", "Exception");
	}

	@Test
	void aCommandThatThrowsHasFailedWithOneLine(CapturedOutput output) {
		ExitStatus status = this.runner.run(Greeting.class, line("greet"), (context) -> {
			throw new IllegalStateException("the index is read-only\nsecond line");
		});
		assertThat(status).isEqualTo(ExitStatus.FAILED);
		assertThat(errors()).isEqualTo(
				"luutru greet: thất bại: IllegalStateException: the index is read-only" + System.lineSeparator());
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	@Test
	void debugShowsWhatTheQuietDefaultsHide(CapturedOutput output) {
		ExitStatus status = this.runner.run(BrokenStore.class, new CommandLine("greet", List.of(), List.of("--debug")),
				(context) -> ExitStatus.DONE);
		assertThat(status).isEqualTo(ExitStatus.NOT_STARTED);
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START");
	}

	private static CommandLine line(String word) {
		return new CommandLine(word, List.of(), List.of());
	}

	private String errors() {
		return this.errors.toString(StandardCharsets.UTF_8);
	}

	@Configuration(proxyBeanMethods = false)
	static class Greeting {

		@Bean
		String greeting() {
			return "xin chào";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class BrokenStore {

		@Bean
		String store() {
			throw new ServiceFailed("PostgreSQL did not start on port 5433\nlast log lines…");
		}

	}

}
