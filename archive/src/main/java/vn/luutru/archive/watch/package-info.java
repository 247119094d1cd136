/**
 * Watched folders: folders an administrator registered under the ingest roots, whose
 * scans are ingested once they are complete, without anyone starting a job. The watcher
 * only lists files and records requests; workers read the scans.
 */
@NullMarked
package vn.luutru.archive.watch;

import org.jspecify.annotations.NullMarked;
