package vn.luutru.search.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Page pictures and thumbnails are rendered in the web server's request threads: a page
 * claiming an absurd size is rendered smaller to fit the pixel budget, not refused and
 * not rendered whole.
 */
class PagePictureBudgetTests {

	private final PagePictureProperties budgets = PagePictureProperties.defaults();

	@Test
	void anA3PageIsRenderedAtTheWidthAskedFor() throws IOException {
		try (PDDocument document = document(PDRectangle.A3)) {
			BufferedImage picture = PageImages.picture(document, 1, 1400, 2f, this.budgets.maxPixels());

			assertThat(picture.getWidth()).isBetween(1399, 1401);
		}
	}

	@Test
	void aPageClaimingTwoHundredInchesIsRenderedWithinTheBudget() throws IOException {
		// 700 points wide (the width fits the screen at scale 2) and 14,400 points (200
		// inches) long: 40 million pixels at the width asked for.
		try (PDDocument document = document(new PDRectangle(700, 14_400))) {
			long started = System.nanoTime();
			BufferedImage picture = PageImages.picture(document, 1, 1400, 2f, this.budgets.maxPixels());
			BufferedImage thumbnail = PageImages.picture(document, 1, 240, 1f, this.budgets.thumbnailMaxPixels());
			System.out.printf("Budgeted renders of a 700 × 14400 pt page: %d ms%n",
					(System.nanoTime() - started) / 1_000_000);

			assertThat((long) picture.getWidth() * picture.getHeight()).isLessThanOrEqualTo(this.budgets.maxPixels())
				.isGreaterThan(this.budgets.maxPixels() * 9 / 10);
			assertThat((long) thumbnail.getWidth() * thumbnail.getHeight())
				.isLessThanOrEqualTo(this.budgets.thumbnailMaxPixels());
			// Lowered, not distorted: the picture keeps the page's proportions.
			assertThat((double) picture.getHeight() / picture.getWidth()).isBetween(20.0, 21.2);
		}
	}

	@Test
	void theScaleFitsTheWidthUnlessTheBudgetAsksForLess() {
		assertThat(PictureScale.of(842, 595, 1400, 2f, 4_000_000)).isCloseTo(1400f / 842, within(0.001f));
		assertThat(PictureScale.of(100_000, 100_000, 1400, 2f, 4_000_000)).isLessThan(0.021f);
	}

	private static PDDocument document(PDRectangle box) {
		PDDocument document = new PDDocument();
		document.addPage(new PDPage(box));
		return document;
	}

}
