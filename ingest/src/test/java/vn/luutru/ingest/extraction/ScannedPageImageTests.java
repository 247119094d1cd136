package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScannedPageImageTests {

	@Test
	void aFullPageScanIsTakenAsItIsWithItsResolution() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = pageWithImage(document, 1240, 1754, PDRectangle.A4);

			assertThat(ScannedPageImage.of(page, 60_000_000L)).hasValueSatisfying((scan) -> {
				assertThat(scan.dpi()).isEqualTo(150);
				assertThat(scan.image().getWidth()).isEqualTo(1240);
			});
		}
	}

	@Test
	void aGreyScanIsDecodedStraightToGreyWithThePixelsPdfBoxWouldGive() throws IOException {
		BufferedImage scan = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < 200; y++) {
			for (int x = 0; x < 300; x++) {
				scan.getRaster().setSample(x, y, 0, (x * 7 + y * 3) % 256);
			}
		}
		try (PDDocument document = new PDDocument()) {
			for (PDImageXObject image : new PDImageXObject[] { JPEGFactory.createFromImage(document, scan, 0.9f),
					LosslessFactory.createFromImage(document, scan) }) {
				BufferedImage pixels = ScannedPageImage.pixels(image);
				BufferedImage converted = image.getImage();

				assertThat(pixels.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
				for (int[] at : new int[][] { { 0, 0 }, { 150, 100 }, { 299, 199 }, { 37, 181 } }) {
					assertThat(pixels.getRaster().getSample(at[0], at[1], 0))
						.isEqualTo(converted.getRGB(at[0], at[1]) & 0xff);
				}
			}
		}
	}

	@Test
	void aColourScanIsConvertedByPdfBox() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDImageXObject colour = LosslessFactory.createFromImage(document,
					new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB));

			assertThat(ScannedPageImage.pixels(colour).getType()).isNotEqualTo(BufferedImage.TYPE_BYTE_GRAY);
		}
	}

	@Test
	void aRotatedPageIsRendered() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = pageWithImage(document, 1240, 1754, PDRectangle.A4);
			page.setRotation(90);

			assertThat(ScannedPageImage.of(page, 60_000_000L)).isEmpty();
		}
	}

	@Test
	void aLowResolutionOrPartialImageIsRendered() throws IOException {
		try (PDDocument document = new PDDocument()) {
			assertThat(ScannedPageImage.of(pageWithImage(document, 600, 848, PDRectangle.A4), 60_000_000L)).isEmpty();
			assertThat(ScannedPageImage.of(pageWithImage(document, 1240, 600, PDRectangle.A4), 60_000_000L)).isEmpty();
		}
	}

	@Test
	void anImageOverThePixelBudgetIsRenderedAtALowerResolution() throws IOException {
		try (PDDocument document = new PDDocument()) {
			assertThat(ScannedPageImage.of(pageWithImage(document, 1240, 1754, PDRectangle.A4), 1_000_000L)).isEmpty();
		}
	}

	@Test
	void aPageWithoutImagesIsRendered() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);

			assertThat(ScannedPageImage.of(page, 60_000_000L)).isEmpty();
		}
	}

	private static PDPage pageWithImage(PDDocument document, int width, int height, PDRectangle size)
			throws IOException {
		PDPage page = new PDPage(size);
		document.addPage(page);
		PDImageXObject image = LosslessFactory.createFromImage(document,
				new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY));
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
		}
		return page;
	}

}
