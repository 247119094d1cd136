/**
 * The web application's {@code luutru} commands: {@code serve} (the default),
 * {@code add-user}, {@code reset-password}, {@code import-dossiers} and {@code stop}; the
 * plumbing they share with the worker's commands is in the archive core.
 */
@NullMarked
package vn.luutru.search.cli;

import org.jspecify.annotations.NullMarked;
