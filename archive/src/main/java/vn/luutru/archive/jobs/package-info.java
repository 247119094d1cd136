/**
 * Ingestion jobs as both applications see them: the requests the web server records and
 * workers claim, in PostgreSQL, and the progress of each, read from the request, Spring
 * Batch's job repository and the catalogue, whichever process runs the job.
 */
@NullMarked
package vn.luutru.archive.jobs;

import org.jspecify.annotations.NullMarked;
