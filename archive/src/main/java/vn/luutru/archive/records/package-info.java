/**
 * The archival description as the index carries it: which archival file ("hồ sơ lưu trữ")
 * a document belongs to and its archivist-saved description, read from PostgreSQL (which
 * holds them), and the terms derived from what ingestion read when none was saved, so
 * that every process that writes a document's index entries writes the same terms.
 */
@NullMarked
package vn.luutru.archive.records;

import org.jspecify.annotations.NullMarked;
