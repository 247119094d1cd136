/**
 * The catalogue of ingested originals and of files set aside, in PostgreSQL.
 */
@NullMarked
package vn.luutru.archive.catalog;

import org.jspecify.annotations.NullMarked;
