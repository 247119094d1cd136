/**
 * Asking for ingestion jobs over HTTP and following their progress; worker processes run
 * them.
 */
@NullMarked
package vn.luutru.search.jobs;

import org.jspecify.annotations.NullMarked;
