package vn.luutru.archive.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.luutru.archive.storage.Durable;
import vn.luutru.archive.storage.Fingerprints;

/**
 * Writes a BagIt bag (RFC 8493) a file at a time: each payload file is copied under
 * {@code data/}, forced to the disk, hashed again as written and added to
 * {@code manifest-sha256.txt}; {@link #finish} writes the tag files last, so a bag
 * without {@code bagit.txt} is one that did not finish.
 */
final class BagWriter implements AutoCloseable {

	static final String PAYLOAD = "data";

	private final Path root;

	private final Path manifestPartial;

	private final BufferedWriter manifest;

	private long files;

	private long bytes;

	BagWriter(Path root) throws IOException {
		this.root = root;
		Files.createDirectories(root.resolve(PAYLOAD));
		this.manifestPartial = Durable.partialFor(root.resolve(BagReader.MANIFEST));
		this.manifest = Files.newBufferedWriter(this.manifestPartial, StandardCharsets.UTF_8);
	}

	/** Where a payload file goes, e.g. {@code data/database.dump}. */
	Path payload(String relative) {
		return this.root.resolve(PAYLOAD).resolve(relative);
	}

	/**
	 * Copies a file into the payload and lists it.
	 * @return the SHA-256 of the copy as it lies in the bag
	 */
	String copy(Path source, String relative) throws IOException {
		Path target = payload(relative);
		Path partial = Durable.partialFor(target);
		try {
			Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
			Durable.publish(partial, target);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		return add(relative);
	}

	/** Lists a file already written into the payload; returns its SHA-256. */
	String add(String relative) throws IOException {
		Path file = payload(relative);
		String sha256 = Fingerprints.sha256(file);
		this.manifest.write(sha256 + "  " + PAYLOAD + "/" + relative + "\n");
		this.files++;
		this.bytes += Files.size(file);
		return sha256;
	}

	/** Whether a payload file was copied already. */
	boolean has(String relative) {
		return Files.exists(payload(relative));
	}

	/**
	 * Writes the manifest, {@code bag-info.txt} with these fields, and {@code bagit.txt}.
	 */
	void finish(Map<String, String> info) throws IOException {
		this.manifest.close();
		Durable.publish(this.manifestPartial, this.root.resolve(BagReader.MANIFEST));
		Map<String, String> fields = new LinkedHashMap<>(info);
		fields.put("Payload-Oxum", this.bytes + "." + this.files);
		StringBuilder text = new StringBuilder();
		fields.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
		write(BagReader.INFO, text.toString());
		write(BagReader.DECLARATION, "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
	}

	/** Payload files listed so far. */
	long files() {
		return this.files;
	}

	/** Their bytes. */
	long bytes() {
		return this.bytes;
	}

	private void write(String name, String content) throws IOException {
		Path target = this.root.resolve(name);
		Path partial = Durable.partialFor(target);
		Files.writeString(partial, content, StandardCharsets.UTF_8);
		Durable.publish(partial, target);
	}

	@Override
	public void close() throws IOException {
		this.manifest.close();
		Files.deleteIfExists(this.manifestPartial);
	}

}
