/**
 * What the application needs beside its features: health of the stores and JSON
 * conventions.
 */
@NullMarked
package vn.luutru.search.system;

import org.jspecify.annotations.NullMarked;
