package vn.luutru.ingest.searchable;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A tiled map's page: word boxes in the full image's pixels, the scan kept at a quarter
 * of its size. The page has the full sheet's size and the words land where the boxes say,
 * not four times nearer the corner.
 */
class MapOcrSearchablePdfTests {

	@TempDir
	Path folder;

	@Test
	void wordsOfADownsampledScanLandWhereTheFullImageBoxesSay() throws IOException {
		Path scan = this.folder.resolve("page-00001.jpg");
		ImageIO.write(new BufferedImage(2000, 1500, BufferedImage.TYPE_BYTE_GRAY), "jpeg", scan.toFile());
		String hocr = """
				<div class='ocr_page' id='page_1' title='image ""; bbox 0 0 8000 6000; ppageno 0; scan_res 300 300'>
				 <span class='ocr_line' title="bbox 6000 5000 6400 5100; baseline 0 -20">
				  <span class='ocrx_word' title='bbox 6000 5000 6400 5100; x_wconf 95'>BẢN</span>
				 </span>
				</div>""";
		Path pdf = this.folder.resolve("map.pdf");
		SearchablePdf.write(pdf, "Bản đồ", List.of(new SearchablePdf.Page(scan, 300, hocr, null)),
				SearchablePdfProperties.defaults().font());

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			// 8000 pixels at 300 dpi: 1920 points, whatever the kept scan's size.
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(1920f, within(0.5f));
			assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(1440f, within(0.5f));
			List<TextPosition> letters = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					letters.add(text);
				}
			};
			stripper.getText(document);
			assertThat(letters).isNotEmpty();
			// x 6000 px = 1440 pt; baseline 5080 px = 1219.2 pt from the top.
			assertThat(letters.getFirst().getXDirAdj()).isCloseTo(1440f, within(2f));
			assertThat(letters.getFirst().getYDirAdj()).isCloseTo(1219.2f, within(2f));
		}
	}

	@Test
	void anOrdinaryPageIsSizedByItsOwnImage() {
		assertThat(SearchablePdf.pixelFrame("<div class='ocr_page' title='bbox 0 0 2480 3508'>", 2480, 3508))
			.containsExactly(2480, 3508);
		assertThat(SearchablePdf.pixelFrame(null, 2480, 3508)).containsExactly(2480, 3508);
		// A page box of other proportions than the scan is not trusted.
		assertThat(SearchablePdf.pixelFrame("<div class='ocr_page' title='bbox 0 0 3508 2480'>", 2480, 3508))
			.containsExactly(2480, 3508);
		assertThat(SearchablePdf.pixelFrame("<div class='ocr_page' title='bbox 0 0 9920 14032'>", 2480, 3508))
			.containsExactly(9920, 14032);
	}

}
