package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.metadata.FileMetadata;

/**
 * Text of each PDF page: the text layer when it is real text, otherwise the page rendered
 * in grey and OCR'd. The document is read with a temp-file cache, so a 300-page report
 * does not sit in the heap.
 */
final class PdfPages {

	private static final Logger log = LoggerFactory.getLogger(PdfPages.class);

	private final PageRecognition recognition;

	private final ExtractionProperties properties;

	PdfPages(PageRecognition recognition, ExtractionProperties properties) {
		this.recognition = recognition;
		this.properties = properties;
	}

	Extraction extract(FingerprintedFile file, FileMetadata metadata, @Nullable PageScans scans) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.path().toFile()), "", null,
				null, IOUtils.createTempFileOnlyStreamCache())) {
			int count = document.getNumberOfPages();
			if (count == 0) {
				return new Extraction.Failed(file, "tệp PDF không có trang đọc được (tệp hỏng hoặc bị cắt cụt)");
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			PDFRenderer renderer = new PDFRenderer(document);
			List<Future<PageText>> pages = new ArrayList<>(count);
			for (int number = 1; number <= count; number++) {
				pages.add(page(document, stripper, renderer, number, scans));
			}
			return new Extraction.Extracted(file, metadata, pages.stream().map(PageRecognition::await).toList(),
					(scans != null) ? scans.folder() : null);
		}
		catch (InvalidPasswordException ex) {
			return new Extraction.Failed(file, "tệp PDF được mã hóa, cần mật khẩu để mở: xin bản không đặt mật khẩu");
		}
		catch (IOException ex) {
			return new Extraction.Failed(file,
					"không đọc được tệp PDF (tệp hỏng hoặc chưa sao chép xong): " + ex.getMessage());
		}
	}

	/**
	 * The page's text layer when it is real, else the page's scan (decoded directly when
	 * the page is just one scanned image, rendered otherwise) queued for OCR.
	 */
	private Future<PageText> page(PDDocument document, PDFTextStripper stripper, PDFRenderer renderer, int number,
			@Nullable PageScans scans) throws IOException {
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		String layer = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).strip();
		switch (TextLayers.judge(layer, this.properties.minTextLayerLetters())) {
			case TextLayers.Judged.Usable usable -> {
				if (!"unicode".equals(usable.encoding())) {
					log.debug("Page {}: text layer converted from {}", number, usable.encoding());
				}
				this.recognition.countPage();
				return CompletableFuture.completedFuture(PageText.fromTextLayer(number, usable.text()));
			}
			case TextLayers.Judged.Unusable unusable ->
				log.debug("Page {}: OCR, the text layer has {}", number, unusable.reason());
		}
		try {
			PDPage page = document.getPage(number - 1);
			Optional<ScannedPageImage.Scan> scan = ScannedPageImage.of(page, this.properties.maxOcrPixels());
			if (scan.isPresent()) {
				return this.recognition.submit(number, scan.get().image(), scan.get().dpi(), scans);
			}
			int dpi = dpiFor(page.getMediaBox());
			BufferedImage image = renderer.renderImageWithDPI(number - 1, dpi, ImageType.GRAY);
			return this.recognition.submit(number, image, dpi, scans);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException ex) {
			// One damaged page (a broken image stream, a bad content stream) loses that
			// page, not the report.
			this.recognition.countPage();
			return CompletableFuture.completedFuture(PageText.failed(number, "không dựng được hình trang: " + ex));
		}
	}

	/**
	 * The OCR resolution, lowered for pages so large (A0 maps) that it would exceed the
	 * pixel budget.
	 */
	private int dpiFor(PDRectangle box) {
		int dpi = this.recognition.dpi();
		double pixels = (box.getWidth() / 72.0 * dpi) * (box.getHeight() / 72.0 * dpi);
		if (pixels <= this.properties.maxOcrPixels()) {
			return dpi;
		}
		return (int) Math.max(72, Math.floor(dpi * Math.sqrt(this.properties.maxOcrPixels() / pixels)));
	}

}
