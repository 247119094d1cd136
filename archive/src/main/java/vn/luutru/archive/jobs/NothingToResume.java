package vn.luutru.archive.jobs;

/**
 * A job asked to go on did not fail part-way: it is queued, running, finished or was
 * refused, and there is nothing of it to continue.
 */
public class NothingToResume extends RuntimeException {

	public NothingToResume(long job) {
		super("Lượt nhập số " + job + " không dừng giữa chừng vì lỗi nên không có gì để chạy tiếp (lượt này đang "
				+ "chờ, đang chạy, đã xong hoặc đã bị từ chối; lượt bị dừng do máy xử lý tắt sẽ được máy khác tự nhận).");
	}

}
