package vn.luutru.archive.jobs;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobFailureReasonTests {

	@Test
	void aStackTraceBecomesOneShortReasonInVietnamese() {
		String trace = trace(
				new IllegalStateException("Cannot open the folder", new ArithmeticException("integer overflow")));

		String reason = JobFailureReason.of(trace);

		assertThat(trace.lines().count()).isGreaterThan(20);
		assertThat(reason).doesNotContain("\tat ", "\n", "java.lang.")
			.startsWith("Lượt nhập dừng vì một lỗi không lường trước")
			.contains("ArithmeticException: integer overflow")
			.endsWith("chi tiết ở nhật ký của máy xử lý.");
		assertThat(reason.length()).isLessThan(300);
	}

	@Test
	void aReasonAlreadyInVietnameseIsKeptAsItIs() {
		String why = "Máy xử lý ngừng hoạt động giữa chừng (không còn báo tiến độ).";

		assertThat(JobFailureReason.of(why)).isEqualTo(why);
	}

	@Test
	void aVietnameseMessageInsideATraceIsShownWithoutTheTrace() {
		String trace = trace(new IllegalStateException("Elasticsearch không trả lời trong 10 phút"));

		assertThat(JobFailureReason.of(trace))
			.isEqualTo("Lượt nhập dừng: Elasticsearch không trả lời trong 10 phút; chi tiết ở nhật ký của máy xử lý.");
	}

	@Test
	void nothingToSayIsNothing() {
		assertThat(JobFailureReason.of(null)).isNull();
		assertThat(JobFailureReason.of("  ")).isNull();
	}

	private static String trace(Throwable failure) {
		StringWriter writer = new StringWriter();
		failure.printStackTrace(new PrintWriter(writer));
		return writer.toString();
	}

}
