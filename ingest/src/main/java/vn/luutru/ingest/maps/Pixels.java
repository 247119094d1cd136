package vn.luutru.ingest.maps;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * Copies decoded {@link BufferedImage} rows into the tiler's byte layout (grey or BGR,
 * transparency flattened onto white paper), with fast paths for the layouts ImageIO's
 * TIFF, JPEG and PNG readers produce and {@code getRGB} for the rest.
 */
final class Pixels {

	private Pixels() {
	}

	/** Whether the image is grey (including 1-bit and grey palettes), so one channel. */
	static boolean isGrey(ColorModel cm) {
		if (cm instanceof IndexColorModel icm) {
			for (int i = 0; i < icm.getMapSize(); i++) {
				if (icm.getRed(i) != icm.getGreen(i) || icm.getGreen(i) != icm.getBlue(i)) {
					return false;
				}
			}
			return true;
		}
		return cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
	}

	/**
	 * Copies {@code rows} rows of {@code image} starting at its top into {@code into}
	 * with {@code channels} bytes per pixel.
	 */
	static void copy(BufferedImage image, int rows, int channels, byte[] into) {
		int width = image.getWidth();
		Raster raster = image.getRaster();
		ColorModel cm = image.getColorModel();
		if (raster.getDataBuffer() instanceof DataBufferByte bytes && cm instanceof ComponentColorModel
				&& raster.getSampleModel() instanceof ComponentSampleModel sm && bytes.getNumBanks() == 1
				&& (cm.getColorSpace().isCS_sRGB() || cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY)
				&& (cm.getNumColorComponents() == channels)) {
			copyInterleaved(raster, sm, bytes.getData(), cm.hasAlpha() ? cm.getNumComponents() - 1 : -1, rows, width,
					channels, into);
			return;
		}
		if (cm instanceof IndexColorModel icm && raster.getNumBands() == 1) {
			copyIndexed(raster, icm, rows, width, channels, into);
			return;
		}
		if (raster.getDataBuffer() instanceof DataBufferInt ints
				&& raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm
				&& (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)) {
			int[] data = ints.getData();
			int offset = ints.getOffset() - raster.getSampleModelTranslateY() * sm.getScanlineStride()
					- raster.getSampleModelTranslateX();
			boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
			for (int y = 0; y < rows; y++) {
				argbRow(data, offset + y * sm.getScanlineStride(), width, alpha, channels, into, y * width * channels);
			}
			return;
		}
		int[] row = new int[width];
		for (int y = 0; y < rows; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			argbRow(row, 0, width, cm.hasAlpha(), channels, into, y * width * channels);
		}
	}

	private static void copyInterleaved(Raster raster, ComponentSampleModel sm, byte[] data, int alphaBand, int rows,
			int width, int channels, byte[] into) {
		int pixelStride = sm.getPixelStride();
		int lineStride = sm.getScanlineStride();
		int[] offsets = sm.getBandOffsets();
		int base = raster.getDataBuffer().getOffset() - raster.getSampleModelTranslateY() * lineStride
				- raster.getSampleModelTranslateX() * pixelStride;
		int out = 0;
		if (channels == 1) {
			int g = offsets[0];
			for (int y = 0; y < rows; y++) {
				int p = base + y * lineStride;
				for (int x = 0; x < width; x++, p += pixelStride) {
					int v = data[p + g] & 0xff;
					into[out++] = (byte) ((alphaBand < 0) ? v : onWhite(v, data[p + offsets[alphaBand]] & 0xff));
				}
			}
			return;
		}
		int r = offsets[0];
		int g = offsets[1];
		int b = offsets[2];
		if (alphaBand < 0 && pixelStride == 3 && r == 2 && g == 1 && b == 0) {
			for (int y = 0; y < rows; y++) {
				System.arraycopy(data, base + y * lineStride, into, y * width * 3, width * 3);
			}
			return;
		}
		for (int y = 0; y < rows; y++) {
			int p = base + y * lineStride;
			for (int x = 0; x < width; x++, p += pixelStride) {
				if (alphaBand < 0) {
					into[out++] = data[p + b];
					into[out++] = data[p + g];
					into[out++] = data[p + r];
				}
				else {
					int a = data[p + offsets[alphaBand]] & 0xff;
					into[out++] = (byte) onWhite(data[p + b] & 0xff, a);
					into[out++] = (byte) onWhite(data[p + g] & 0xff, a);
					into[out++] = (byte) onWhite(data[p + r] & 0xff, a);
				}
			}
		}
	}

	private static void copyIndexed(Raster raster, IndexColorModel icm, int rows, int width, int channels,
			byte[] into) {
		int size = icm.getMapSize();
		byte[] lut = new byte[size * channels];
		for (int i = 0; i < size; i++) {
			int argb = icm.getRGB(i);
			int a = argb >>> 24;
			if (channels == 1) {
				lut[i] = (byte) onWhite(argb & 0xff, a);
			}
			else {
				lut[i * 3] = (byte) onWhite(argb & 0xff, a);
				lut[i * 3 + 1] = (byte) onWhite((argb >> 8) & 0xff, a);
				lut[i * 3 + 2] = (byte) onWhite((argb >> 16) & 0xff, a);
			}
		}
		int[] indices = new int[width];
		int out = 0;
		for (int y = 0; y < rows; y++) {
			raster.getSamples(0, y, width, 1, 0, indices);
			for (int x = 0; x < width; x++) {
				int i = Math.min(indices[x], size - 1) * channels;
				for (int c = 0; c < channels; c++) {
					into[out++] = lut[i + c];
				}
			}
		}
	}

	private static void argbRow(int[] row, int offset, int width, boolean alpha, int channels, byte[] into, int out) {
		for (int x = 0; x < width; x++) {
			int argb = row[offset + x];
			int a = alpha ? argb >>> 24 : 255;
			int r = onWhite((argb >> 16) & 0xff, a);
			int g = onWhite((argb >> 8) & 0xff, a);
			int b = onWhite(argb & 0xff, a);
			if (channels == 1) {
				into[out++] = (byte) ((r * 77 + g * 150 + b * 29 + 128) >> 8);
			}
			else {
				into[out++] = (byte) b;
				into[out++] = (byte) g;
				into[out++] = (byte) r;
			}
		}
	}

	/** A value composited onto white paper with the given alpha. */
	static int onWhite(int value, int alpha) {
		return (value * alpha + 255 * (255 - alpha) + 127) / 255;
	}

	/** An image over {@code data} in the tiler's layout, for the JPEG writer. */
	static BufferedImage image(byte[] data, int width, int height, int channels) {
		if (channels == 1) {
			ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), false, false,
					Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
			WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(data, width * height), width,
					height, width, 1, new int[] { 0 }, null);
			return new BufferedImage(cm, raster, false, null);
		}
		ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
				Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
		WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(data, width * height * 3), width,
				height, width * 3, 3, new int[] { 2, 1, 0 }, null);
		return new BufferedImage(cm, raster, false, null);
	}

}
