/**
 * The Lưu trữ web application: search, documents, IIIF, dossiers, users and the audit
 * log, and the pages of {@code ui-static}. It records ingestion requests; workers run
 * them.
 */
@NullMarked
package vn.luutru.search;

import org.jspecify.annotations.NullMarked;
