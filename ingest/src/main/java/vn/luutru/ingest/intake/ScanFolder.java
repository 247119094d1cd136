package vn.luutru.ingest.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.luutru.archive.catalog.SetAsideKind;

/**
 * The files of a scan folder, in a stable order, without hidden files (scanner software
 * and file managers leave {@code .DS_Store}, {@code Thumbs.db}-like dot files and partial
 * uploads behind).
 *
 * <p>
 * Nothing found is dropped silently: a FIFO, a device, a socket, a symbolic link (never
 * followed: it could lead out of the folder, or to a FIFO that blocks whoever opens it),
 * an unreadable file or subfolder and an empty file are listed as refused, with the
 * reason staff see, and never opened.
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
	 * These entries of the folder, as {@link #files()} finds them, in its order; one no
	 * longer there is listed as refused, saying so.
	 */
	public List<ScannedFile> only(List<Path> wanted) {
		java.util.Set<Path> left = new java.util.LinkedHashSet<>(wanted);
		List<ScannedFile> found = new ArrayList<>();
		for (ScannedFile file : files()) {
			if (left.remove(file.path())) {
				found.add(file);
			}
		}
		for (Path gone : left) {
			found.add(ScannedFile.refused(gone, 0, SetAsideKind.UNREADABLE,
					"Tệp không còn trong thư mục (đã bị xoá, đổi tên hoặc chuyển đi)."));
		}
		return found;
	}

	/**
	 * Visible entries below the folder, sorted by path: regular files to read, and
	 * everything else refused with its reason. Symbolic links are not followed.
	 */
	public List<ScannedFile> files() {
		List<ScannedFile> found = new ArrayList<>();
		try {
			Files.walkFileTree(this.folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					if (!dir.equals(ScanFolder.this.folder) && isHidden(dir)) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
						found.add(ScannedFile.refused(dir, -1, SetAsideKind.UNREADABLE, EntryKinds.UNREADABLE_FOLDER));
						return FileVisitResult.SKIP_SUBTREE;
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (!isHidden(file)) {
						found.add(EntryKinds.scanned(file, attributes));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException failure) {
					if (!isHidden(file)) {
						found.add(ScannedFile.refused(file, -1, SetAsideKind.UNREADABLE, EntryKinds.UNREADABLE));
					}
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + this.folder, ex);
		}
		found.sort(Comparator.comparing(ScannedFile::path));
		return List.copyOf(found);
	}

	private boolean isHidden(Path path) {
		for (Path part : this.folder.relativize(path)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

}
