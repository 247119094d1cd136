package vn.luutru.archive.jobs;

import java.nio.file.Path;

/**
 * A folder allowed for ingestion.
 *
 * @param path the folder, its symbolic links resolved: what jobs read and what one job
 * per folder is checked on
 * @param root the ingest root it lies in, its links resolved too
 */
public record IngestFolder(Path path, Path root) {
}
