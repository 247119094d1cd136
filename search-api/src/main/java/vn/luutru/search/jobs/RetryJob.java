package vn.luutru.search.jobs;

import org.jspecify.annotations.Nullable;

/**
 * What to retry of a job: one file as its progress shows it, or everything it set aside
 * when null.
 *
 * @param file the set-aside file, relative to its ingest root
 */
record RetryJob(@Nullable String file) {
}
