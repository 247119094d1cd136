package vn.luutru.ingest.worker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import vn.luutru.archive.backup.ArchiveRestore;
import vn.luutru.ingest.indexing.ArchiveReindex;

/**
 * {@code luutru restore
 *
<dir>
 * }: brings an empty installation back from a backup (the database, the files, then the
 * search index rebuilt from them). Exit status 0 when done; 1 when the backup is damaged
 * or the restore failed; 2 when the installation is not empty (nothing is touched).
 */
final class RestoreCommand {

	private final ArchiveRestore restore;

	private final ArchiveReindex reindex;

	private final PrintStream out;

	private final PrintStream err;

	RestoreCommand(ArchiveRestore restore, ArchiveReindex reindex, PrintStream out, PrintStream err) {
		this.restore = restore;
		this.reindex = reindex;
		this.out = out;
		this.err = err;
	}

	int run(Path backup) {
		try {
			if (!this.restore.installationEmpty()) {
				this.err.println("luutru: kho này không trống (đã có tài liệu hoặc tệp): chỉ phục hồi vào một cài đặt"
						+ " mới, với thư mục dữ liệu trống (--luutru.data-dir). Không có gì bị thay đổi.");
				return 2;
			}
			this.out.println("Đang kiểm tra bản sao lưu " + backup + "…");
			List<String> problems = this.restore.check(backup);
			if (!problems.isEmpty()) {
				problems.forEach((problem) -> this.out.println("  " + problem));
				this.out.println(problems.size() + " tệp của bản sao lưu bị thiếu hoặc hỏng: không phục hồi.");
				return 1;
			}
			long files = this.restore.restore(backup);
			this.out.println("Đã phục hồi cơ sở dữ liệu và " + files + " tệp; đang dựng lại chỉ mục tìm kiếm…");
			this.reindex.run(this.out);
			this.out.println("Đã phục hồi xong.");
			return 0;
		}
		catch (IOException | RuntimeException ex) {
			this.out.println("luutru restore: thất bại: " + ex.getMessage());
			return 1;
		}
	}

}
