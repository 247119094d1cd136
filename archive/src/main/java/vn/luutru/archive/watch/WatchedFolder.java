package vn.luutru.archive.watch;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A folder whose scans are ingested as they arrive.
 *
 * @param id its id in {@code /api/watched-folders}
 * @param folder the folder, its links resolved
 * @param addedBy the administrator who registered it
 * @param addedAt when
 * @param filesTaken how many files the watcher has handed to jobs so far
 */
public record WatchedFolder(long id, Path folder, String addedBy, Instant addedAt, long filesTaken) {
}
