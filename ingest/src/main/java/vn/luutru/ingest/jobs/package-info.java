/**
 * The ingestion job, how it is started, and how its progress is read.
 */
@NullMarked
package vn.luutru.ingest.jobs;

import org.jspecify.annotations.NullMarked;
