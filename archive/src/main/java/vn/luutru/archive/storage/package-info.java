/**
 * The archive's files on disk: its own copy of every original, by fingerprint, and each
 * document's derivatives (hOCR, searchable PDF, tiles, page pictures).
 */
@NullMarked
package vn.luutru.archive.storage;

import org.jspecify.annotations.NullMarked;
