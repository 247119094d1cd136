package vn.luutru.archive.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.postgres.DatabaseDumps;
import vn.luutru.archive.storage.StoredFiles;
import vn.luutru.archive.storage.StoredFiles.StoredFile;

/**
 * Writes a backup of the archive as a bag: first the database dump (one snapshot), then
 * every catalogued original and recorded derivative, each hashed again as copied and
 * compared with the catalogue, then the other derivatives (map tiles), page pictures and
 * thumbnails left out (caches made again on demand). Files catalogued after the dump are
 * copied too and are harmless: the restored catalogue does not name them. The search
 * index is not backed up: a restore rebuilds it from the catalogue and the derivatives.
 */
public class ArchiveBackup {

	/** Bag fields naming where the installation kept its files, for paths on restore. */
	static final String ORIGINALS_FIELD = "Luutru-Originals-Dir";

	static final String DERIVATIVES_FIELD = "Luutru-Derivatives-Dir";

	static final String DUMP = "database.dump";

	static final String ORIGINALS = "originals/";

	static final String DERIVATIVES = "derivatives/";

	private static final List<String> CACHES = List.of("thumbnails", "pictures");

	private static final int PAGE = 500;

	private final DatabaseDumps dumps;

	private final Documents documents;

	private final StoredFiles storedFiles;

	private final ServicesProperties services;

	public ArchiveBackup(DatabaseDumps dumps, Documents documents, StoredFiles storedFiles,
			ServicesProperties services) {
		this.dumps = dumps;
		this.documents = documents;
		this.storedFiles = storedFiles;
		this.services = services;
	}

	/**
	 * Writes the backup into a folder that must be empty or absent.
	 * @throws IOException when the bag cannot be written
	 */
	public BackupReport write(Path target) throws IOException {
		List<String> problems = new ArrayList<>();
		long documents = 0;
		try (BagWriter bag = new BagWriter(target)) {
			this.dumps.dump(bag.payload(DUMP));
			bag.add(DUMP);
			documents = originals(bag, problems);
			derivatives(bag, problems);
			bag.finish(Map.of("Source-Organization", "Lưu trữ", "Bagging-Date", OffsetDateTime.now().toString(),
					ORIGINALS_FIELD, root(this.services.originalsDir()).toString(), DERIVATIVES_FIELD,
					root(this.services.derivativesDir()).toString()));
			return new BackupReport(documents, bag.files(), bag.bytes(), problems);
		}
	}

	private long originals(BagWriter bag, List<String> problems) throws IOException {
		long count = 0;
		String after = "";
		for (List<CatalogedDocument> page = this.documents.after(after, PAGE); !page.isEmpty(); page = this.documents
			.after(after, PAGE)) {
			for (CatalogedDocument document : page) {
				String relative = ORIGINALS + document.sha256().substring(0, 2) + "/"
						+ document.storedPath().getFileName();
				copy(bag, document.storedPath(), relative, document.sha256(), problems);
				count++;
			}
			after = page.getLast().id().value();
		}
		return count;
	}

	private void derivatives(BagWriter bag, List<String> problems) throws IOException {
		Path root = root(this.services.derivativesDir());
		String after = "";
		for (List<StoredFile> page = this.storedFiles.after(after, PAGE); !page.isEmpty(); page = this.storedFiles
			.after(after, PAGE)) {
			for (StoredFile file : page) {
				Path path = root(file.path());
				if (path.startsWith(root)) {
					copy(bag, path, DERIVATIVES + relative(root, path), file.sha256(), problems);
				}
			}
			after = page.getLast().path().toString();
		}
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				String relative = DERIVATIVES + relative(root, file);
				boolean cache = CACHES.stream()
					.anyMatch((name) -> root.relativize(file).toString().contains("/" + name + "/"));
				if (!cache && !file.toString().endsWith(".partial") && !bag.has(relative)) {
					bag.copy(file, relative);
				}
			}
		}
	}

	private static void copy(BagWriter bag, Path source, String relative, String expected, List<String> problems)
			throws IOException {
		if (!Files.isRegularFile(source)) {
			problems.add(source + ": thiếu tệp");
			return;
		}
		if (!bag.copy(source, relative).equals(expected)) {
			problems.add(source + ": nội dung tệp khác với khi lưu (SHA-256 không khớp)");
		}
	}

	private static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	private static Path root(Path path) {
		return path.toAbsolutePath().normalize();
	}

}
