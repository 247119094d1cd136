package vn.luutru.archive.jobs;

import java.nio.file.Path;

/**
 * A folder already has a job queued or running, on itself, a folder inside it or one
 * containing it: two jobs on the same files would each ingest them.
 */
public class FolderBusy extends RuntimeException {

	private final long job;

	FolderBusy(Path folder, long job) {
		super("Thư mục " + folder + " đang có lượt nhập số " + job
				+ " chờ hoặc đang chạy; hãy đợi lượt đó xong rồi nhập lại.");
		this.job = job;
	}

	/** The job queued or running. */
	public long job() {
		return this.job;
	}

}
