/**
 * What the application needs beside its features: health of the stores, JSON conventions,
 * and failures answered as RFC 9457 problem details.
 */
@NullMarked
package vn.luutru.search.system;

import org.jspecify.annotations.NullMarked;
