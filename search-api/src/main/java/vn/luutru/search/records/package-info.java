/**
 * Archival records: the description of documents and files by Circular 02/2019/TT-BNV
 * (derived from what ingestion read until an archivist edits it), archival files ("hồ sơ
 * lưu trữ") that group documents, and the appraisal of files whose retention period has
 * run out (Law on Archives 2024): keep, extend or destroy, destruction only through a
 * recorded decision confirmed by a second administrator.
 */
@NullMarked
package vn.luutru.search.records;

import org.jspecify.annotations.NullMarked;
