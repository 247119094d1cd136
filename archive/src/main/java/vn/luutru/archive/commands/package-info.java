/**
 * The plumbing both applications' command lines share: reading a command line against a
 * usage table, running one command in a quiet non-web Spring context, the exit statuses
 * ({@code 0} done, {@code 1} failed, {@code 2} could not start), the pid files of the
 * archive's processes and {@code stop}. Each application keeps its own list of commands.
 */
@NullMarked
package vn.luutru.archive.commands;

import org.jspecify.annotations.NullMarked;
