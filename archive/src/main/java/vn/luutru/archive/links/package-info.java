/**
 * The documents' dossier links as the index needs them: the links of any documents, read
 * from PostgreSQL, and which documents' links changed since a moment, so that a reindex
 * loses no change made while it ran.
 */
@NullMarked
package vn.luutru.archive.links;

import org.jspecify.annotations.NullMarked;
