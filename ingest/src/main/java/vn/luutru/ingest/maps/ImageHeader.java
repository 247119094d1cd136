package vn.luutru.ingest.maps;

import org.jspecify.annotations.Nullable;

/**
 * What an image file states about its pixels, read before any is decoded.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param channels 1 (grey) or 3 (colour) in the tiler's layout
 * @param dpi dots per inch stated by the file, {@code null} when absent
 * @param geo the GeoTIFF georeference, {@code null} for anything else
 */
record ImageHeader(int width, int height, int channels, @Nullable Double dpi, @Nullable GeoReference geo) {
}
