/**
 * Fixity for administrators: the latest check the workers ran, and the files it found
 * missing, changed or unreadable. Checks read the whole archive and run in workers
 * ({@code luutru fixity}, {@code luutru.fixity.schedule}), never on a web request.
 */
@NullMarked
package vn.luutru.search.fixity;

import org.jspecify.annotations.NullMarked;
