/**
 * Keeping originals and writing the archive index through a bulk ingester.
 */
@NullMarked
package vn.luutru.ingest.indexing;

import org.jspecify.annotations.NullMarked;
