package vn.luutru.ingest.ocr;

import java.awt.image.BufferedImage;

/**
 * Reads the text of a page image.
 *
 * <p>
 * <strong>Threading:</strong> an instance is <em>not</em> thread-safe. Use one instance
 * per worker thread and never share it: a Tesseract handle keeps per-page state, and
 * concurrent calls on one handle corrupt results or crash the JVM (tess4j issues #53 and
 * #143). Parallelise across pages with one recogniser per thread instead.
 *
 * <p>
 * Tesseract's own OpenMP threads fight such page workers on small machines (a page took
 * 10.96 s with OpenMP's default threads and 2.09 s with {@code OMP_THREAD_LIMIT=1} on 2
 * cores), so the process must run with {@code OMP_THREAD_LIMIT=1}; the launcher and the
 * test configuration set it.
 *
 * <p>
 * Instances hold native memory: {@link #close()} them.
 */
public interface TextRecognizer extends AutoCloseable {

	/**
	 * Recognises the text of a page.
	 * @param page the page image (grey or colour; bilevel works too)
	 * @param dpi the image's resolution, which Tesseract uses to judge text size
	 * @return the text and its confidence
	 * @throws OcrFailed when Tesseract fails on this image
	 */
	RecognizedPage recognize(BufferedImage page, int dpi);

	@Override
	void close();

}
