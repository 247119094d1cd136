/**
 * One-stop administrative dossiers: imported from the one-stop system's exports, linked
 * to archive documents by officers, and suggested for a document from the identifiers
 * read out of its pages.
 */
@NullMarked
package vn.luutru.search.dossiers;

import org.jspecify.annotations.NullMarked;
