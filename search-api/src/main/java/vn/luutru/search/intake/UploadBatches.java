package vn.luutru.search.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.luutru.archive.jobs.IngestRoots;

/**
 * The batches' folders under the upload root: one folder per batch, named by its random
 * id, holding only files whose upload has ended, under the names staff gave them.
 */
class UploadBatches {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Path root;

	private final UploadProperties properties;

	/**
	 * @throws IllegalStateException when the upload root is not under the ingest roots
	 */
	UploadBatches(UploadProperties properties, IngestRoots roots) {
		this.properties = properties;
		Path configured = (properties.root() != null) ? properties.root() : roots.roots().getFirst().resolve("uploads");
		try {
			Files.createDirectories(configured);
			this.root = roots.check(configured).path();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(
					"luutru.upload.root " + configured + " cannot hold uploads: " + ex.getMessage(), ex);
		}
	}

	UploadBatch create() {
		String id = UUID.randomUUID().toString();
		try {
			Files.createDirectory(this.root.resolve(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return find(id);
	}

	/**
	 * @throws BatchNotFound when there is no such batch
	 */
	UploadBatch find(String id) {
		Path folder = folder(id);
		try (Stream<Path> files = Files.list(folder)) {
			return new UploadBatch(id, folder.toString(),
					files.map((file) -> file.getFileName().toString())
						.filter((name) -> !name.startsWith("."))
						.sorted()
						.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @throws BatchNotFound when there is no such batch
	 */
	Path folder(String id) {
		Path folder = this.root.resolve(ID.matcher(id).matches() ? id : "-");
		if (!ID.matcher(id).matches() || !Files.isDirectory(folder)) {
			throw new BatchNotFound(id);
		}
		return folder;
	}

	/**
	 * Checks a file before its upload starts.
	 * @throws UploadRefused when its name or type may not be uploaded, or it is too large
	 * @throws BatchNotFound when there is no such batch
	 */
	void check(String batch, String name, long length) {
		folder(batch);
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (name.isBlank() || name.startsWith(".") || name.startsWith("~$") || name.contains("/") || name.contains("\\")
				|| name.length() > 200) {
			throw new UploadRefused("Tên tệp '" + name + "' không dùng được; hãy đổi tên tệp rồi tải lại.");
		}
		if (!this.properties.allowedTypes().contains(extension)) {
			throw new UploadRefused("Tệp " + name + " không phải loại bản quét được nhận ("
					+ String.join(", ", this.properties.allowedTypes()) + ").");
		}
		if (length > this.properties.maxFileSize().toBytes()) {
			throw new UploadRefused("Tệp " + name + " lớn hơn giới hạn " + this.properties.maxFileSize().toMegabytes()
					+ " MB cho một tệp tải lên.");
		}
	}

	/**
	 * Places a finished upload in its batch's folder, under a hidden name until it is
	 * whole, so that no listing sees part of it.
	 */
	void place(String batch, String name, InputStream bytes) throws IOException {
		Path folder = folder(batch);
		Path part = folder.resolve("." + name + ".part");
		Files.copy(bytes, part, StandardCopyOption.REPLACE_EXISTING);
		Files.move(part, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
