package vn.luutru.archive.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The archive's own copies of ingested originals, stored by SHA-256
 * ({@code ab/abcdef….pdf}), so that a scan folder can be emptied once a batch is in and a
 * document is served even if its source moved.
 */
public final class Originals {

	private final Path root;

	public Originals(Path root) {
		this.root = root;
	}

	/**
	 * Copies a file into the store, unless the same bytes are already there, and forces
	 * it to the disk before returning.
	 * @return the stored copy
	 */
	public Path keep(Path source, String sha256) throws IOException {
		Path target = this.root.resolve(sha256.substring(0, 2)).resolve(sha256 + extension(source));
		if (Files.isRegularFile(target) && Fingerprints.sha256(target).equals(sha256)) {
			return target;
		}
		// Copied under a name of its own beside the target, then moved: a crash never
		// leaves a half-written original under its final name, and two jobs storing the
		// same bytes at once do not write into one temporary file.
		Path partial = Durable.partialFor(target);
		try {
			Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
			Durable.publish(partial, target);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		return target;
	}

	private static String extension(Path source) {
		String name = String.valueOf(source.getFileName());
		int dot = name.lastIndexOf('.');
		if (dot < 0 || name.length() - dot > 6) {
			return "";
		}
		return name.substring(dot).toLowerCase(Locale.ROOT);
	}

}
