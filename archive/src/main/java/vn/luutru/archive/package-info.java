/**
 * The archive's core, which the ingestion workers and the search API share and neither
 * owns: the catalogue, the files on disk, the hOCR format, the identifiers read from
 * pages, the Elasticsearch index contract, the PostgreSQL schema, and the embedded
 * launchers that start both stores when no external ones are configured.
 */
@NullMarked
package vn.luutru.archive;

import org.jspecify.annotations.NullMarked;
