package vn.luutru.ingest.extraction;

/**
 * The reasons staff see for a file whose reading ended in an {@link Error} that was
 * contained to it.
 */
public final class ContainedErrors {

	/** The file exhausted the worker's memory. */
	public static final String OUT_OF_MEMORY = "tệp cần nhiều bộ nhớ hơn worker có (có thể là ảnh nén bất thường,"
			+ " \"bom giải nén\"): để riêng, các tệp khác vẫn tiếp tục";

	/** The file's structure nests deeper than the parser's stack. */
	public static final String STACK_OVERFLOW = "cấu trúc tệp lồng nhau quá sâu để đọc an toàn: tệp hỏng hoặc cố ý gây lỗi";

	private ContainedErrors() {
	}

}
