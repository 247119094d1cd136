/**
 * Fixity: the archive reads what it stores again and tells when a file is no longer what
 * it was given, as archival practice requires of a repository that keeps records for
 * decades.
 */
@NullMarked
package vn.luutru.archive.fixity;

import org.jspecify.annotations.NullMarked;
