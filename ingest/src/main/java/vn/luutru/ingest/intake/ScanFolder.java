package vn.luutru.ingest.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a scan folder, in a stable order, without hidden files (scanner software
 * and file managers leave {@code .DS_Store}, {@code Thumbs.db}-like dot files and partial
 * uploads behind).
 */
public final class ScanFolder {

	private final Path folder;

	private ScanFolder(Path folder) {
		this.folder = folder;
	}

	/**
	 * The scan folder at this path.
	 * @throws IllegalArgumentException when it is not a readable directory
	 */
	public static ScanFolder of(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(absolute)) {
			throw new IllegalArgumentException("Not a folder: " + absolute);
		}
		if (!Files.isReadable(absolute)) {
			throw new IllegalArgumentException("Folder not readable: " + absolute);
		}
		return new ScanFolder(absolute);
	}

	/** The folder. */
	public Path path() {
		return this.folder;
	}

	/**
	 * Regular, visible files below the folder, sorted by path; symbolic links are not
	 * followed.
	 */
	public List<ScannedFile> files() {
		try (Stream<Path> paths = Files.walk(this.folder)) {
			return paths.filter((path) -> !isHidden(this.folder.relativize(path)))
				.map(ScanFolder::scanned)
				.filter((file) -> file != null)
				.sorted(Comparator.comparing(ScannedFile::path))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + this.folder, ex);
		}
	}

	private static boolean isHidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static ScannedFile scanned(Path path) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
					java.nio.file.LinkOption.NOFOLLOW_LINKS);
			return attributes.isRegularFile() ? new ScannedFile(path, attributes.size()) : null;
		}
		catch (IOException ex) {
			return new ScannedFile(path, -1);
		}
	}

}
