package vn.luutru.ingest.worker;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.fixity.Fixity;
import vn.luutru.archive.fixity.FixityReport;
import vn.luutru.archive.fixity.FixityReport.Kind;
import vn.luutru.archive.fixity.FixityReport.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class FixityCommandTests {

	static final Instant AT = Instant.parse("2026-12-06T19:00:00Z");

	final Fixity fixity = mock();

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@Test
	void anIntactArchiveSaysWhatWasReadAndExitsZero() {
		given(this.fixity.check("thu.kho")).willReturn(new FixityReport(3, AT, AT, "thu.kho", 4, 5120, List.of()));

		int status = run();

		assertThat(status).isZero();
		assertThat(output()).contains("Lần kiểm tra 3: đã đọc 4 tệp, 5120 byte.", "Không có vấn đề");
	}

	@Test
	void everyProblemIsNamedWithItsPathDocumentAndVietnameseLabelAndExitsOne() {
		given(this.fixity.check("thu.kho")).willReturn(new FixityReport(4, AT, AT, "thu.kho", 4, 5120,
				List.of(new Problem("doc1", "/srv/luutru/originals/ab/ab12.pdf", Kind.CHANGED, "a".repeat(64),
						"b".repeat(64)),
						new Problem("doc2", "/srv/luutru/derivatives/doc2/searchable.pdf", Kind.MISSING, "c".repeat(64),
								null))));

		int status = run();

		assertThat(status).isEqualTo(1);
		assertThat(output()).contains("/srv/luutru/originals/ab/ab12.pdf (tài liệu doc1): nội dung tệp đã bị thay đổi",
				"/srv/luutru/derivatives/doc2/searchable.pdf (tài liệu doc2): tệp bị mất", "2 tệp có vấn đề");
	}

	@Test
	void aCheckThatFailsSaysSoInOneLineAndExitsOne() {
		given(this.fixity.check("thu.kho"))
			.willThrow(new org.springframework.dao.DataAccessResourceFailureException("Connection refused"));

		assertThat(run()).isEqualTo(1);
		assertThat(output()).contains("luutru fixity: thất bại: Connection refused").doesNotContain("\tat ");
	}

	private int run() {
		return new FixityCommand(this.fixity, new PrintStream(this.out, true, StandardCharsets.UTF_8), "thu.kho").run();
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
