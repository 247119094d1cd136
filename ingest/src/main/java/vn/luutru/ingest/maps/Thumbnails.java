package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Area-averaged reduction of a small pyramid level to a thumbnail. The level is chosen to
 * be less than twice the thumbnail, so each output pixel averages at most a 2×2 patch
 * with fractional edges and no aliasing is left for bilinear scaling to show.
 */
final class Thumbnails {

	private Thumbnails() {
	}

	/** Size fitting {@code longest} on the longer side, never larger than the source. */
	static int[] fit(int width, int height, int longest) {
		if (Math.max(width, height) <= longest) {
			return new int[] { width, height };
		}
		double scale = (double) longest / Math.max(width, height);
		return new int[] { Math.max(1, (int) Math.round(width * scale)),
				Math.max(1, (int) Math.round(height * scale)) };
	}

	/** {@code source} (an image from {@link Pixels#image}) averaged down to the size. */
	static BufferedImage reduce(BufferedImage source, int width, int height, int channels) {
		int sw = source.getWidth();
		int sh = source.getHeight();
		if (sw == width && sh == height) {
			return source;
		}
		byte[] src = ((DataBufferByte) source.getRaster().getDataBuffer()).getData();
		byte[] dst = new byte[width * height * channels];
		double fx = (double) sw / width;
		double fy = (double) sh / height;
		double[] sum = new double[channels];
		for (int y = 0; y < height; y++) {
			double y0 = y * fy;
			double y1 = y0 + fy;
			for (int x = 0; x < width; x++) {
				double x0 = x * fx;
				double x1 = x0 + fx;
				java.util.Arrays.fill(sum, 0);
				double area = 0;
				for (int sy = (int) y0; sy < Math.min(sh, Math.ceil(y1)); sy++) {
					double wy = Math.min(sy + 1, y1) - Math.max(sy, y0);
					for (int sx = (int) x0; sx < Math.min(sw, Math.ceil(x1)); sx++) {
						double w = wy * (Math.min(sx + 1, x1) - Math.max(sx, x0));
						int p = (sy * sw + sx) * channels;
						for (int c = 0; c < channels; c++) {
							sum[c] += w * (src[p + c] & 0xff);
						}
						area += w;
					}
				}
				int q = (y * width + x) * channels;
				for (int c = 0; c < channels; c++) {
					dst[q + c] = (byte) Math.min(255, Math.round(sum[c] / area));
				}
			}
		}
		return Pixels.image(dst, width, height, channels);
	}

}
