package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

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
		return Optional.of(new Scan(image.getImage(), dpi));
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
