/**
 * The limits hostile input is held to: page counts, image sizes, nesting, decoded bytes
 * and time, checked before anything large is allocated.
 */
@NullMarked
package vn.luutru.ingest.limits;

import org.jspecify.annotations.NullMarked;
