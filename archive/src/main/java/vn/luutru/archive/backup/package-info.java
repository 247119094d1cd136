/**
 * Backups of the archive as BagIt bags (RFC 8493): a database dump, the originals and the
 * derivatives, each file checked against the catalogue as it is copied and listed with
 * its SHA-256 in the bag's manifest; and restoring one into an empty installation.
 */
@NullMarked
package vn.luutru.archive.backup;

import org.jspecify.annotations.NullMarked;
