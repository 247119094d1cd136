package vn.luutru.ingest.worker;

import java.io.PrintStream;

import vn.luutru.archive.fixity.Fixity;
import vn.luutru.archive.fixity.FixityReport;
import vn.luutru.archive.fixity.FixityReport.Problem;

/**
 * {@code luutru fixity}: reads every original and recorded derivative again, compares
 * their SHA-256 with the catalogue's, and prints what it read and every file missing,
 * changed or unreadable. Exit status 0 when the archive is intact, 1 when any file is not
 * (or the check failed); 2 when it could not start.
 */
final class FixityCommand {

	private final Fixity fixity;

	private final PrintStream out;

	private final String user;

	FixityCommand(Fixity fixity, PrintStream out, String user) {
		this.fixity = fixity;
		this.out = out;
		this.user = user;
	}

	int run() {
		this.out.println("Đang kiểm tra tính toàn vẹn của kho (đọc lại mọi tệp gốc và tệp dẫn xuất)…");
		FixityReport report;
		try {
			report = this.fixity.check(this.user);
		}
		catch (RuntimeException ex) {
			this.out.println("luutru fixity: thất bại: " + ex.getMessage());
			return 1;
		}
		this.out.println("Lần kiểm tra " + report.id() + ": đã đọc " + report.filesChecked() + " tệp, "
				+ report.bytesChecked() + " byte.");
		for (Problem problem : report.problems()) {
			this.out
				.println("  " + problem.path() + " (tài liệu " + problem.documentId() + "): " + problem.kind().label());
		}
		if (report.intact()) {
			this.out.println("Không có vấn đề: mọi tệp còn nguyên như khi lưu.");
			return 0;
		}
		this.out.println(report.problems().size() + " tệp có vấn đề; đã ghi vào nhật ký thao tác.");
		return 1;
	}

}
