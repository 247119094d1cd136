/**
 * Media type and file metadata, read with Tika and PDFBox.
 */
@NullMarked
package vn.luutru.ingest.metadata;

import org.jspecify.annotations.NullMarked;
