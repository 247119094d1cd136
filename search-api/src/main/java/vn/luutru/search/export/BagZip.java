package vn.luutru.search.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a BagIt bag (RFC 8493) as a zip, streamed: each payload file is hashed as it is
 * copied into the zip, so nothing is held in memory but one copy buffer and the
 * manifest's lines; the tag files come last, once every checksum is known. Everything
 * lies under one folder, the bag's name. Not thread-safe.
 */
final class BagZip implements AutoCloseable {

	private final ZipOutputStream zip;

	private final String root;

	private final StringBuilder manifest = new StringBuilder();

	private final Map<String, String> checksums = new LinkedHashMap<>();

	private long files;

	private long bytes;

	BagZip(OutputStream out, String name) {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		this.root = name + "/";
	}

	/** Copies a file into the payload as {@code data/<relative>}. */
	void add(String relative, Path file) throws IOException {
		try (OutputStream entry = entry(relative)) {
			Files.copy(file, entry);
		}
	}

	/** Writes bytes into the payload as {@code data/<relative>}. */
	void add(String relative, byte[] content) throws IOException {
		try (OutputStream entry = entry(relative)) {
			entry.write(content);
		}
	}

	/**
	 * The SHA-256 of each payload file written so far, by its path inside {@code data/},
	 * in the order written: what the package's METS names them with.
	 */
	Map<String, String> checksums() {
		return java.util.Collections.unmodifiableMap(this.checksums);
	}

	/**
	 * Writes the manifest, {@code bag-info.txt} with these fields, and {@code bagit.txt}.
	 */
	void finish(Map<String, String> info) throws IOException {
		tag("manifest-sha256.txt", this.manifest.toString());
		Map<String, String> fields = new LinkedHashMap<>(info);
		fields.put("Payload-Oxum", this.bytes + "." + this.files);
		StringBuilder text = new StringBuilder();
		fields.forEach((field,
				value) -> text.append(field).append(": ").append(value.replaceAll("[\\r\\n]+", " ")).append('\n'));
		tag("bag-info.txt", text.toString());
		tag("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
		this.zip.finish();
	}

	private OutputStream entry(String relative) throws IOException {
		String path = "data/" + relative;
		this.zip.putNextEntry(new ZipEntry(this.root + path));
		MessageDigest sha256 = sha256();
		OutputStream kept = new FilterOutputStream(this.zip) {

			private long written;

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				this.out.write(b, off, len);
				this.written += len;
			}

			@Override
			public void write(int b) throws IOException {
				this.out.write(b);
				this.written++;
			}

			// Closing an entry ends it in the zip, not the zip itself.
			@Override
			public void close() throws IOException {
				BagZip.this.zip.closeEntry();
				String checksum = HexFormat.of().formatHex(sha256.digest());
				BagZip.this.manifest.append(checksum).append("  ").append(path).append('\n');
				BagZip.this.checksums.put(relative, checksum);
				BagZip.this.files++;
				BagZip.this.bytes += this.written;
			}

		};
		return new DigestOutputStream(kept, sha256);
	}

	private void tag(String name, String content) throws IOException {
		this.zip.putNextEntry(new ZipEntry(this.root + name));
		this.zip.write(content.getBytes(StandardCharsets.UTF_8));
		this.zip.closeEntry();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

}
