/**
 * Archival packages: a dossier's or a search's documents as a BagIt bag in a zip,
 * streamed, with a description carrying Circular 02/2019/TT-BNV's document fields.
 */
@NullMarked
package vn.luutru.search.export;

import org.jspecify.annotations.NullMarked;
