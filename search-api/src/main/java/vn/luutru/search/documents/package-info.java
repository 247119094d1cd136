/**
 * Searching the archive and reading one document: its details and its original file.
 */
@NullMarked
package vn.luutru.search.documents;

import org.jspecify.annotations.NullMarked;
