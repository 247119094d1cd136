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
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.SetAsideKind;
import vn.luutru.ingest.intake.FingerprintedFile;
import vn.luutru.ingest.limits.Deadline;
import vn.luutru.ingest.limits.InputLimits;
import vn.luutru.ingest.limits.PdfNesting;
import vn.luutru.ingest.limits.RenderBudget;
import vn.luutru.ingest.metadata.FileMetadata;

/**
 * Text of each PDF page: the text layer when it is real text, otherwise the page rendered
 * in grey and OCR'd. The document is read with a temp-file cache bounded by
 * {@code luutru.limits.max-decoded-bytes}, so a 300-page report does not sit in the heap
 * and a stream that inflates without end fails instead of filling the disk.
 *
 * <p>
 * Before anything is parsed the file's nesting is checked, before any page is read its
 * page count, and before a page is rendered the sizes of its images; each page is read
 * within its deadline ({@link PageReading}), the file within its own.
 */
final class PdfPages {

	private static final Logger log = LoggerFactory.getLogger(PdfPages.class);

	private final PageRecognition recognition;

	private final ExtractionProperties properties;

	private final InputLimits limits;

	private final SharedPages shared;

	PdfPages(PageRecognition recognition, ExtractionProperties properties, InputLimits limits) {
		this(recognition, properties, limits, SharedPages.NONE);
	}

	/**
	 * Reads PDFs, taking the text of a page other workers OCR'd from {@code shared}
	 * instead of OCR'ing it again.
	 */
	PdfPages(PageRecognition recognition, ExtractionProperties properties, InputLimits limits, SharedPages shared) {
		this.recognition = recognition;
		this.properties = properties;
		this.limits = limits;
		this.shared = shared;
	}

	Extraction extract(FingerprintedFile file, FileMetadata metadata, @Nullable PageScans scans) {
		try {
			if (PdfNesting.deeperThan(file.path(), this.limits.maxNesting())) {
				return new Extraction.Failed(file,
						"cấu trúc PDF lồng nhau quá sâu (hơn %d cấp, luutru.limits.max-nesting): tệp hỏng hoặc cố ý gây lỗi"
							.formatted(this.limits.maxNesting()),
						SetAsideKind.NESTING_TOO_DEEP);
			}
		}
		catch (IOException ex) {
			return new Extraction.Failed(file, "không đọc được tệp: " + ex.getMessage(), SetAsideKind.UNREADABLE);
		}
		Deadline deadline = Deadline.in(this.limits.fileTimeout());
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.path().toFile()), "", null,
				null, this.limits.streamCache()); PageReading reading = new PageReading(this.limits, deadline)) {
			int count = document.getNumberOfPages();
			if (count == 0) {
				return new Extraction.Failed(file, "tệp PDF không có trang đọc được (tệp hỏng hoặc bị cắt cụt)",
						SetAsideKind.UNREADABLE);
			}
			if (count > this.limits.maxPagesPerFile()) {
				return new Extraction.Failed(file,
						"tệp khai báo %d trang, vượt giới hạn %d trang (luutru.limits.max-pages-per-file)"
							.formatted(count, this.limits.maxPagesPerFile()),
						SetAsideKind.TOO_MANY_PAGES);
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			PDFRenderer renderer = new PDFRenderer(document);
			List<Future<PageText>> pages = new ArrayList<>(count);
			KeptPages kept = new KeptPages(this.shared, file);
			int taken = 0;
			for (int number = 1; number <= count; number++) {
				int page = number;
				PageReading.Read read = reading.read(page, () -> page(document, stripper, renderer, page));
				if (read instanceof PageReading.Read.OverDeadline over) {
					return new Extraction.Failed(file, over.reason(), SetAsideKind.DEADLINE);
				}
				if (read instanceof PageReading.Read.Image image) {
					Optional<PageText> stored = kept.find(page);
					if (stored.isPresent()) {
						taken++;
						this.recognition.countPage();
						pages.add(CompletableFuture.completedFuture(withScan(stored.get(), image, scans)));
					}
					else {
						pages.add(this.recognition.submit(page, image.image(), image.dpi(), scans));
					}
				}
				else {
					pages.add(CompletableFuture.completedFuture(((PageReading.Read.Text) read).page()));
				}
			}
			if (taken > 0) {
				log.info("This worker takes {} page(s) of {} from the pages OCR'd across workers", taken,
						file.file().fileName());
			}
			return reading.collect(file, metadata, pages, scans);
		}
		catch (InvalidPasswordException ex) {
			return new Extraction.Failed(file, "tệp PDF được mã hóa, cần mật khẩu để mở: xin bản không đặt mật khẩu",
					SetAsideKind.ENCRYPTED);
		}
		catch (IOException ex) {
			return new Extraction.Failed(file,
					"không đọc được tệp PDF (tệp hỏng hoặc chưa sao chép xong): " + ex.getMessage(),
					SetAsideKind.UNREADABLE);
		}
	}

	/**
	 * A page another worker OCR'd, with its scan kept from this worker's rendering: the
	 * same pixels, turned as that worker found them upright, that its word boxes refer
	 * to.
	 */
	static PageText withScan(PageText stored, PageReading.Read.Image image, @Nullable PageScans scans) {
		if (scans == null || stored.failure() != null) {
			// A page whose OCR failed has no scan, as when it fails here.
			return stored;
		}
		return new PageText(stored.number(), stored.text(), stored.source(), stored.confidence(), stored.hocr(),
				stored.image(), stored.failure(), scans.keep(stored.number(), image.image(), stored.rotation()), null,
				stored.failureKind());
	}

	/**
	 * The page's text layer when it is real, else the page's scan (decoded directly when
	 * the page is just one scanned image, rendered otherwise) to OCR.
	 */
	PageReading.Read page(PDDocument document, PDFTextStripper stripper, PDFRenderer renderer, int number)
			throws IOException {
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		String layer = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).strip();
		switch (TextLayers.judge(layer, this.properties.minTextLayerLetters())) {
			case TextLayers.Judged.Usable usable -> {
				if (!"unicode".equals(usable.encoding())) {
					log.debug("Page {}: text layer converted from {}", number, usable.encoding());
				}
				this.recognition.countPage();
				return new PageReading.Read.Text(PageText.fromTextLayer(number, usable.text()));
			}
			case TextLayers.Judged.Unusable unusable ->
				log.debug("Page {}: OCR, the text layer has {}", number, unusable.reason());
		}
		try {
			PDPage page = document.getPage(number - 1);
			Optional<String> oversized = PageImageSizes.oversized(page, this.limits.maxPdfImagePixels());
			if (oversized.isPresent()) {
				this.recognition.countPage();
				return new PageReading.Read.Text(
						PageText.failed(number, oversized.get(), SetAsideKind.IMAGE_TOO_LARGE));
			}
			Optional<ScannedPageImage.Scan> scan = ScannedPageImage.of(page, this.properties.maxOcrPixels());
			if (scan.isPresent()) {
				return new PageReading.Read.Image(scan.get().image(), scan.get().dpi());
			}
			float dpi = RenderBudget.dpi(page.getCropBox(), this.recognition.dpi(), this.properties.maxOcrPixels());
			BufferedImage image = renderer.renderImage(number - 1, dpi / 72f, ImageType.GRAY);
			return new PageReading.Read.Image(image, Math.max(1, Math.round(dpi)));
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException ex) {
			// One damaged page (a broken image stream, a bad content stream) loses that
			// page, not the report.
			this.recognition.countPage();
			return new PageReading.Read.Text(PageText.failed(number, "không dựng được hình trang: " + ex.getMessage()));
		}
	}

}
