package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import vn.luutru.ingest.ocr.RecognizedPage;
import vn.luutru.ingest.ocr.TextRecognizer;

/**
 * OCR of page images with one recogniser per thread, as the recogniser's contract
 * requires; all of them are closed together when the step that used them ends.
 */
public class PageRecognition implements AutoCloseable {

	private final Supplier<TextRecognizer> recognizers;

	private final int dpi;

	private final List<TextRecognizer> created = new ArrayList<>();

	private final ThreadLocal<TextRecognizer> perThread = ThreadLocal.withInitial(this::create);

	/**
	 * Creates the OCR of one step execution.
	 * @param recognizers makes a new recogniser (called once per thread that OCRs)
	 * @param dpi the resolution PDF pages are rendered at for OCR
	 */
	public PageRecognition(Supplier<TextRecognizer> recognizers, int dpi) {
		this.recognizers = recognizers;
		this.dpi = dpi;
	}

	/** The resolution PDF pages are rendered at for OCR. */
	int dpi() {
		return this.dpi;
	}

	/** OCRs one page image. */
	PageText recognize(int number, BufferedImage image, int imageDpi) {
		RecognizedPage page = this.perThread.get().recognize(image, imageDpi);
		String text = page.text().strip();
		TextSource source = text.isEmpty() ? TextSource.NONE : TextSource.OCR;
		return new PageText(number, text, source, page.meanConfidence());
	}

	private TextRecognizer create() {
		TextRecognizer recognizer = this.recognizers.get();
		synchronized (this.created) {
			this.created.add(recognizer);
		}
		return recognizer;
	}

	@Override
	public void close() {
		synchronized (this.created) {
			for (TextRecognizer recognizer : this.created) {
				try {
					recognizer.close();
				}
				catch (Exception ex) {
					// Closing frees native memory; a failure here must not hide the
					// step's outcome.
				}
			}
			this.created.clear();
		}
	}

}
