package vn.luutru.ingest.extraction;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * The scan inside a scanner's PDF page, decoded as it is instead of rendering the page.
 *
 * <p>
 * A page that is nothing but one full-page image, upright, already holds the pixels OCR
 * needs at the scanner's resolution; rendering it would decode that image and then
 * resample it onto a new 300 dpi raster, costing several times the decode and adding
 * interpolation blur. Any other page (several images, vector drawings, a rotated page, an
 * image not covering the page) is rendered as usual.
 */
final class ScannedPageImage {

	private static final double ASPECT_TOLERANCE = 0.02;

	private static final int MIN_DPI = 150;

	private static final ColorModel GREY = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY),
			new int[] { 8 }, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);

	private ScannedPageImage() {
	}

	/**
	 * The page's scan and its resolution, if the page is a single upright full-page image
	 * of at least {@value #MIN_DPI} dpi whose pixel count is within the budget.
	 */
	static Optional<Scan> of(PDPage page, long maxPixels) throws IOException {
		if (page.getRotation() % 360 != 0) {
			return Optional.empty();
		}
		List<PDImageXObject> images = images(page.getResources());
		if (images.size() != 1) {
			return Optional.empty();
		}
		PDImageXObject image = images.getFirst();
		PDRectangle box = page.getMediaBox();
		double pageAspect = box.getWidth() / box.getHeight();
		double imageAspect = (double) image.getWidth() / image.getHeight();
		int dpi = (int) Math.round(image.getWidth() / (box.getWidth() / 72.0));
		if (Math.abs(imageAspect / pageAspect - 1) > ASPECT_TOLERANCE || dpi < MIN_DPI
				|| (long) image.getWidth() * image.getHeight() > maxPixels) {
			return Optional.empty();
		}
		return Optional.of(new Scan(pixels(image), dpi));
	}

	/**
	 * The scan's pixels. An 8-bit grey scan (most archive scans) is taken as decoded:
	 * PDFBox's {@code getImage()} would copy it pixel by pixel into RGB (about 70 ms an
	 * A4 page at 300 dpi, on the thread that feeds the OCR workers), and OCR turns it
	 * back into grey. Anything else (colour, bilevel, a decode array or a mask) goes
	 * through PDFBox's conversion.
	 */
	static BufferedImage pixels(PDImageXObject image) throws IOException {
		if (!(image.getColorSpace() instanceof PDDeviceGray) || image.getBitsPerComponent() != 8 || image.isStencil()
				|| image.getDecode() != null || image.getColorKeyMask() != null || image.getMask() != null
				|| image.getSoftMask() != null) {
			return image.getImage();
		}
		if (List.of(COSName.DCT_DECODE).equals(image.getStream().getFilters())) {
			BufferedImage jpeg = jpeg(image);
			if (jpeg != null && jpeg.getType() == BufferedImage.TYPE_BYTE_GRAY && jpeg.getWidth() == image.getWidth()
					&& jpeg.getHeight() == image.getHeight()) {
				return jpeg;
			}
			return image.getImage();
		}
		int width = image.getWidth();
		int height = image.getHeight();
		// The decoded stream of such an image is its rows of samples, one byte a pixel
		// (the filters decode them natively; PDFBox's getRawRaster would re-read them
		// bit by bit).
		byte[] samples = new byte[Math.multiplyExact(width, height)];
		try (InputStream decoded = image.getStream().createInputStream()) {
			if (decoded.readNBytes(samples, 0, samples.length) != samples.length || decoded.read() != -1) {
				return image.getImage();
			}
		}
		WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(samples, samples.length), width,
				height, width, 1, new int[] { 0 }, null);
		return new BufferedImage(GREY, raster, false, null);
	}

	/**
	 * A grey JPEG scan decoded straight from its bytes. PDFBox's DCT filter first reads
	 * the whole JPEG's metadata with the JDK's Java marker parser, which walks every byte
	 * of the compressed data (about as long as decoding it, and the hottest Java code of
	 * an OCR batch); the decoder itself needs only the header.
	 */
	private static @Nullable BufferedImage jpeg(PDImageXObject image) throws IOException {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
		if (!readers.hasNext()) {
			return null;
		}
		ImageReader reader = readers.next();
		try (InputStream encoded = image.getCOSObject().createRawInputStream();
				ImageInputStream input = new MemoryCacheImageInputStream(encoded)) {
			reader.setInput(input, true, true);
			return reader.read(0);
		}
		finally {
			reader.dispose();
		}
	}

	private static List<PDImageXObject> images(PDResources resources) throws IOException {
		List<PDImageXObject> images = new ArrayList<>();
		if (resources == null) {
			return images;
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (!(object instanceof PDImageXObject image)) {
				// A form or another kind of object may draw anything: render the page.
				return List.of();
			}
			images.add(image);
		}
		return images;
	}

	/**
	 * A decoded scan.
	 *
	 * @param image the pixels
	 * @param dpi their resolution on the page
	 */
	record Scan(BufferedImage image, int dpi) {
	}

}
