package vn.luutru.archive.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.luutru.archive.storage.Fingerprints;

/**
 * Reads a bag {@link BagWriter} wrote: its fields and its manifest, and checks every
 * payload file against the manifest.
 */
final class BagReader {

	static final String DECLARATION = "bagit.txt";

	static final String MANIFEST = "manifest-sha256.txt";

	static final String INFO = "bag-info.txt";

	private final Path root;

	BagReader(Path root) {
		this.root = root;
	}

	/** Whether the folder holds a finished bag. */
	static boolean isBag(Path root) {
		return Files.isRegularFile(root.resolve(DECLARATION)) && Files.isRegularFile(root.resolve(MANIFEST));
	}

	/** The fields of {@code bag-info.txt}. */
	Map<String, String> info() throws IOException {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String line : Files.readAllLines(this.root.resolve(INFO), StandardCharsets.UTF_8)) {
			int colon = line.indexOf(": ");
			if (colon > 0) {
				fields.put(line.substring(0, colon), line.substring(colon + 2));
			}
		}
		return fields;
	}

	/** The manifest: each payload path ({@code data/…}) and its SHA-256. */
	Map<String, String> manifest() throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		for (String line : Files.readAllLines(this.root.resolve(MANIFEST), StandardCharsets.UTF_8)) {
			int gap = line.indexOf("  ");
			if (gap > 0) {
				entries.put(line.substring(gap + 2), line.substring(0, gap));
			}
		}
		return entries;
	}

	/** A payload path's file. */
	Path file(String path) {
		return this.root.resolve(path);
	}

	/** Every payload file missing or not as the manifest says, in words. */
	List<String> check() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, String> entry : manifest().entrySet()) {
			Path file = file(entry.getKey());
			if (!Files.isRegularFile(file)) {
				problems.add(entry.getKey() + ": thiếu tệp");
			}
			else if (!Fingerprints.sha256(file).equals(entry.getValue())) {
				problems.add(entry.getKey() + ": nội dung tệp khác với danh mục (manifest)");
			}
		}
		return problems;
	}

}
