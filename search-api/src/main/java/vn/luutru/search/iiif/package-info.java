/**
 * IIIF for every document: a Presentation 3 manifest, and the static Image API 3 tiles
 * (level 0) of the pages worth zooming into, so that the archive's own viewer and any
 * IIIF viewer (Mirador, Universal Viewer) can show them.
 */
@NullMarked
package vn.luutru.search.iiif;

import org.jspecify.annotations.NullMarked;
