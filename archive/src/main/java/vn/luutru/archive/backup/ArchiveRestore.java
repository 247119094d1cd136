package vn.luutru.archive.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.postgres.DatabaseDumps;
import vn.luutru.archive.storage.Durable;
import vn.luutru.archive.storage.Fingerprints;

/**
 * Brings an empty installation back from a bag {@link ArchiveBackup} wrote: the bag is
 * checked against its manifest, the dump loaded, the files copied back (each checked
 * again as written) and the catalogue's paths pointed at this installation's folders. The
 * dump is migrated to this version's schema, which also grants the application's role its
 * rights again. The caller then rebuilds the search index from the source.
 */
public class ArchiveRestore {

	private final DatabaseDumps dumps;

	private final JdbcClient jdbc;

	private final ServicesProperties services;

	private final Flyway flyway;

	public ArchiveRestore(DatabaseDumps dumps, JdbcClient jdbc, ServicesProperties services, Flyway flyway) {
		this.dumps = dumps;
		this.jdbc = jdbc;
		this.services = services;
		this.flyway = flyway;
	}

	/** Whether a folder holds a finished backup. */
	public static boolean isBackup(Path folder) {
		return BagReader.isBag(folder);
	}

	/** Each file of the backup missing or not as its manifest says, in words. */
	public List<String> check(Path backup) throws IOException {
		return new BagReader(backup).check();
	}

	/**
	 * Whether this installation holds nothing: no catalogued document, no stored file.
	 */
	public boolean installationEmpty() throws IOException {
		long documents = this.jdbc.sql("SELECT count(*) FROM documents").query(Long.class).single();
		return documents == 0 && noFiles(this.services.originalsDir()) && noFiles(this.services.derivativesDir());
	}

	/**
	 * Loads the dump, migrates it and copies the files back.
	 * @return the files copied
	 * @throws IOException when a file cannot be copied or comes out different
	 */
	public long restore(Path backup) throws IOException {
		BagReader bag = new BagReader(backup);
		Map<String, String> info = bag.info();
		this.dumps.restore(bag.file(BagWriter.PAYLOAD + "/" + ArchiveBackup.DUMP));
		this.flyway.migrate();
		long files = 0;
		for (Map.Entry<String, String> entry : bag.manifest().entrySet()) {
			String relative = entry.getKey().substring(BagWriter.PAYLOAD.length() + 1);
			Path target = target(relative);
			if (target != null) {
				copy(bag.file(entry.getKey()), target, entry.getValue());
				files++;
			}
		}
		repointPaths(info);
		return files;
	}

	private @Nullable Path target(String relative) {
		if (relative.startsWith(ArchiveBackup.ORIGINALS)) {
			return root(this.services.originalsDir()).resolve(relative.substring(ArchiveBackup.ORIGINALS.length()));
		}
		if (relative.startsWith(ArchiveBackup.DERIVATIVES)) {
			return root(this.services.derivativesDir()).resolve(relative.substring(ArchiveBackup.DERIVATIVES.length()));
		}
		return null;
	}

	private static void copy(Path source, Path target, String sha256) throws IOException {
		Path partial = Durable.partialFor(target);
		try {
			Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
			if (!Fingerprints.sha256(partial).equals(sha256)) {
				throw new IOException(target + ": bản chép khác với bản sao lưu (SHA-256 không khớp)");
			}
			Durable.publish(partial, target);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	// The catalogue names files by absolute path; the backup came from another folder.
	private void repointPaths(Map<String, String> info) {
		String originals = root(this.services.originalsDir()).toString();
		this.jdbc.sql("""
				UPDATE documents SET stored_path = ? || '/' || substr(sha256, 1, 2) || '/'
				    || regexp_replace(stored_path, '^.*/', '')""").param(originals).update();
		String from = info.get(ArchiveBackup.DERIVATIVES_FIELD);
		String to = root(this.services.derivativesDir()).toString();
		if (from != null && !from.equals(to)) {
			this.jdbc.sql("UPDATE stored_files SET path = ? || substr(path, length(?) + 1) WHERE starts_with(path, ?)")
				.params(to, from, from + "/")
				.update();
		}
	}

	private static boolean noFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return true;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.noneMatch(Files::isRegularFile);
		}
	}

	private static Path root(Path path) {
		return path.toAbsolutePath().normalize();
	}

}
