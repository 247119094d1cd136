/**
 * Starting ingestion jobs over HTTP and following their progress.
 */
@NullMarked
package vn.luutru.search.jobs;

import org.jspecify.annotations.NullMarked;
