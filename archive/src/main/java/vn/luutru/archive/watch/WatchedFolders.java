package vn.luutru.archive.watch;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.jobs.FolderRefused;
import vn.luutru.archive.jobs.IngestRoots;

/**
 * The registered folders and the files taken from them, in PostgreSQL: whichever process
 * watches reads the same list.
 */
public class WatchedFolders {

	private static final String COLUMNS = "w.id, w.folder, w.added_by, w.added_at, "
			+ "(SELECT count(*) FROM watched_files f WHERE f.folder_id = w.id) AS taken";

	private final JdbcClient jdbc;

	private final IngestRoots roots;

	WatchedFolders(JdbcClient jdbc, IngestRoots roots) {
		this.jdbc = jdbc;
		this.roots = roots;
	}

	/**
	 * Registers a folder, held to the same rules as a folder a job is started on.
	 * @throws FolderRefused when it may not be ingested, with the reason
	 * @throws FolderAlreadyWatched when it is registered already
	 */
	public WatchedFolder add(String typed, String addedBy) {
		Path folder = this.roots.check(typed).path();
		try {
			long id = this.jdbc.sql("INSERT INTO watched_folders (folder, added_by) VALUES (?, ?) RETURNING id")
				.params(folder.toString(), addedBy)
				.query(Long.class)
				.single();
			return find(id).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			throw new FolderAlreadyWatched(folder);
		}
	}

	/** Stops watching a folder; whether it was watched. */
	public boolean remove(long id) {
		return this.jdbc.sql("DELETE FROM watched_folders WHERE id = ?").param(id).update() > 0;
	}

	public java.util.Optional<WatchedFolder> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM watched_folders w WHERE w.id = ?")
			.param(id)
			.query(this::map)
			.optional();
	}

	/** Every registered folder, oldest first. */
	public List<WatchedFolder> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM watched_folders w ORDER BY w.id").query(this::map).list();
	}

	/** The files taken from a folder, as path, size and modification time. */
	Set<Arrival> taken(long folderId) {
		return this.jdbc.sql("SELECT path, size, modified_at FROM watched_files WHERE folder_id = ?")
			.param(folderId)
			.query((row, n) -> new Arrival(Path.of(row.getString(1)), row.getLong(2), row.getTimestamp(3).toInstant()))
			.stream()
			.collect(Collectors.toSet());
	}

	/** Records that these files went to a request. */
	void took(long folderId, List<Arrival> files, long requestId) {
		for (Arrival file : files) {
			this.jdbc.sql(
					"INSERT INTO watched_files (folder_id, path, size, modified_at, request_id) VALUES (?, ?, ?, ?, ?)")
				.params(folderId, file.path().toString(), file.size(), Timestamp.from(file.modified()), requestId)
				.update();
		}
	}

	private WatchedFolder map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new WatchedFolder(row.getLong("id"), Path.of(row.getString("folder")), row.getString("added_by"),
				row.getTimestamp("added_at").toInstant(), row.getLong("taken"));
	}

	/**
	 * A file as a listing saw it; its modification time at the database's precision.
	 */
	record Arrival(Path path, long size, Instant modified) {

		Arrival {
			modified = Instant.ofEpochSecond(modified.getEpochSecond(), modified.getNano() / 1000 * 1000);
		}

	}

}
