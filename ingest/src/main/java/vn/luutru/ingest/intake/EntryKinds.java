package vn.luutru.ingest.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import vn.luutru.archive.catalog.SetAsideKind;

/**
 * What kind of entry a scan folder holds, and the reason staff see for one that is not a
 * regular file to read.
 */
final class EntryKinds {

	static final String UNREADABLE = "không có quyền đọc tệp này (kiểm tra quyền truy cập của thư mục quét)";

	static final String UNREADABLE_FOLDER = "không có quyền đọc thư mục con này: các tệp trong đó không được nhận";

	static final String EMPTY = "tệp rỗng (0 byte): bản quét hoặc việc sao chép chưa xong";

	// File type bits of a POSIX mode (sys/stat.h).
	private static final int TYPE_MASK = 0170000;

	private static final int FIFO = 0010000;

	private static final int CHARACTER_DEVICE = 0020000;

	private static final int BLOCK_DEVICE = 0060000;

	private static final int SOCKET = 0140000;

	private EntryKinds() {
	}

	/** The entry as found: a file to read, or refused with its reason. */
	static ScannedFile scanned(Path path, BasicFileAttributes attributes) {
		if (attributes.isSymbolicLink()) {
			return ScannedFile.refused(path, -1, SetAsideKind.NOT_A_REGULAR_FILE,
					"là liên kết tượng trưng (symlink), không được theo: hãy chép chính tệp vào thư mục quét");
		}
		if (!attributes.isRegularFile()) {
			return ScannedFile.refused(path, -1, SetAsideKind.NOT_A_REGULAR_FILE, special(path));
		}
		if (!Files.isReadable(path)) {
			return ScannedFile.refused(path, attributes.size(), SetAsideKind.UNREADABLE, UNREADABLE);
		}
		if (attributes.size() == 0) {
			return ScannedFile.refused(path, 0, SetAsideKind.EMPTY, EMPTY);
		}
		return new ScannedFile(path, attributes.size());
	}

	private static String special(Path path) {
		int type;
		try {
			type = ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & TYPE_MASK;
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			type = 0;
		}
		String kind = switch (type) {
			case FIFO -> "là ống dẫn có tên (FIFO)";
			case CHARACTER_DEVICE, BLOCK_DEVICE -> "là tệp thiết bị";
			case SOCKET -> "là socket";
			default -> "không phải tệp thường";
		};
		return kind + ", không phải bản quét: không mở";
	}

}
