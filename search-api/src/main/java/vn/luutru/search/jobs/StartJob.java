package vn.luutru.search.jobs;

import org.jspecify.annotations.Nullable;

/**
 * A request to ingest a folder.
 *
 * @param folder the absolute path of a folder on the server
 */
record StartJob(@Nullable String folder) {
}
