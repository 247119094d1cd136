package vn.luutru.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The images a PDF page draws, checked against the pixel limit before the page is decoded
 * or rendered. An image's size is taken as the larger of what the PDF declares and what
 * its encoded data states (a JPEG's or JPEG 2000's own header, read without decoding a
 * pixel): decoders trust their data, not the PDF, so a JPEG declared 2550 × 3300 that is
 * really 60000 × 60000 would otherwise be decoded whole. Forms are followed to a few
 * levels, each once.
 */
final class PageImageSizes {

	private static final int MAX_FORM_DEPTH = 8;

	private PageImageSizes() {
	}

	/** Why the page cannot be drawn within the limit, if it cannot. */
	static Optional<String> oversized(PDPage page, long maxPixels) throws IOException {
		List<int[]> sizes = new ArrayList<>();
		collect(page.getResources(), sizes, new java.util.HashSet<>(), 0);
		for (int[] size : sizes) {
			if ((long) size[0] * size[1] > maxPixels) {
				return Optional
					.of("trang có ảnh %d × %d điểm ảnh, vượt giới hạn %d điểm ảnh (luutru.limits.max-pdf-image-pixels)"
						.formatted(size[0], size[1], maxPixels));
			}
		}
		return Optional.empty();
	}

	private static void collect(PDResources resources, List<int[]> sizes, Set<COSBase> seen, int depth)
			throws IOException {
		if (resources == null || depth > MAX_FORM_DEPTH) {
			return;
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object == null || !seen.add(object.getCOSObject())) {
				continue;
			}
			if (object instanceof PDImageXObject image) {
				int[] encoded = encodedSize(image);
				sizes
					.add(new int[] { Math.max(image.getWidth(), encoded[0]), Math.max(image.getHeight(), encoded[1]) });
			}
			else if (object instanceof PDFormXObject form) {
				collect(form.getResources(), sizes, seen, depth + 1);
			}
		}
	}

	/** The size an image's encoded data states, or zero when there is no such header. */
	static int[] encodedSize(PDImageXObject image) throws IOException {
		List<COSName> filters = image.getStream().getFilters();
		String format = filters.contains(COSName.DCT_DECODE) ? "jpeg"
				: filters.contains(COSName.JPX_DECODE) ? "jpeg2000" : null;
		if (format == null || filters.size() != 1) {
			return new int[] { 0, 0 };
		}
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			return new int[] { 0, 0 };
		}
		ImageReader reader = readers.next();
		try (InputStream encoded = image.getCOSObject().createRawInputStream();
				ImageInputStream input = new MemoryCacheImageInputStream(encoded)) {
			reader.setInput(input, true, true);
			return new int[] { reader.getWidth(0), reader.getHeight(0) };
		}
		catch (IOException | RuntimeException ex) {
			// A header the reader cannot parse: decoding it fails the page later.
			return new int[] { 0, 0 };
		}
		finally {
			reader.dispose();
		}
	}

}
