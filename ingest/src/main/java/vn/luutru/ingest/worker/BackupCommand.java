package vn.luutru.ingest.worker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import vn.luutru.archive.backup.ArchiveBackup;
import vn.luutru.archive.backup.BackupReport;

/**
 * {@code luutru backup
 *
<dir>
 * }: writes a backup of the archive (database dump, originals, derivatives, a manifest of
 * checksums) into an empty folder. Exit status 0 when every catalogued file was copied as
 * the catalogue says it is, 1 when one was missing or changed (the rest is still written)
 * or the backup failed.
 */
final class BackupCommand {

	private final ArchiveBackup backup;

	private final PrintStream out;

	BackupCommand(ArchiveBackup backup, PrintStream out) {
		this.backup = backup;
		this.out = out;
	}

	int run(Path target) {
		this.out.println("Đang sao lưu kho vào " + target + " (cơ sở dữ liệu, tệp gốc, tệp dẫn xuất)…");
		BackupReport report;
		try {
			report = this.backup.write(target);
		}
		catch (IOException | RuntimeException ex) {
			this.out.println("luutru backup: thất bại: " + ex.getMessage());
			return 1;
		}
		this.out.println("Đã sao lưu " + report.documents() + " tài liệu: " + report.files() + " tệp, " + report.bytes()
				+ " byte, mỗi tệp đã đối chiếu SHA-256 với danh mục (manifest-sha256.txt).");
		for (String problem : report.problems()) {
			this.out.println("  " + problem);
		}
		if (report.complete()) {
			return 0;
		}
		this.out.println(report.problems().size() + " tệp có vấn đề: bản sao lưu chưa đầy đủ.");
		return 1;
	}

}
