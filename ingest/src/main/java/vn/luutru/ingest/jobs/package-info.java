/**
 * The ingestion job, and how the process running it starts it and reports how far it has
 * gone.
 */
@NullMarked
package vn.luutru.ingest.jobs;

import org.jspecify.annotations.NullMarked;
