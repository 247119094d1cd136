/**
 * Officers' corrections of a page's OCR text, line by line beside the page image: saved
 * as a new version (audited), applied at once to the page's stored hOCR and text and to
 * its index entries, and queued for a worker to rebuild the searchable PDF's text layer.
 */
@NullMarked
package vn.luutru.search.corrections;

import org.jspecify.annotations.NullMarked;
