/**
 * Large maps and plans: reading an A0 sheet's text region by region instead of whole and
 * downsampled, cutting a large image into IIIF level-0 tiles (the pyramid built in one
 * pass over bands of rows, or {@code vips dzsave} in a child process), and the scale and
 * georeference that let the viewer's scale bar measure the ground.
 */
@NullMarked
package vn.luutru.ingest.maps;

import org.jspecify.annotations.NullMarked;
