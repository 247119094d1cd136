package vn.luutru.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;

import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.Tesseract;

/**
 * One native Tesseract engine that stays initialised between pages, with tess4j's
 * protected life cycle opened: {@link Tesseract#doOCR(BufferedImage)} creates and deletes
 * the native engine on every call, reloading the {@code vie} model each page, and would
 * need a second full pass ({@code getWords}) for the confidence. Here the model is loaded
 * once, and text, confidence, hOCR and layout are read from the same recognition.
 *
 * <p>
 * Not thread-safe, like the native engine it owns.
 */
final class TesseractEngine extends Tesseract {

	private final String languages;

	TesseractEngine(Path tessdata, String languages) {
		this.languages = languages;
		setDatapath(tessdata.toString());
		setLanguage(languages);
		setOcrEngineMode(TessOcrEngineMode.OEM_LSTM_ONLY);
		setPageSegMode(TessPageSegMode.PSM_AUTO);
		// Tesseract prints progress ("Detected 37 diacritics") to stdout, into the
		// command line's output.
		setVariable("debug_file", "/dev/null");
		init();
		// Init1 reports failure only through its ignored return value: an engine
		// without the requested languages loaded would silently read nothing.
		String loaded = getAPI().TessBaseAPIGetInitLanguagesAsString(getHandle());
		if (loaded == null || loaded.isBlank()) {
			dispose();
			throw new TesseractUnavailable(
					"Tesseract could not load the languages '" + languages + "' from " + tessdata);
		}
	}

	Reading recognize(BufferedImage page, int dpi) {
		setVariable("user_defined_dpi", Integer.toString(dpi));
		setVariables();
		setGreyImage(page);
		Pointer utf8 = getAPI().TessBaseAPIGetUTF8Text(getHandle());
		if (utf8 == null) {
			throw new OcrFailed("Tesseract (" + this.languages + ") could not recognise a " + page.getWidth() + "x"
					+ page.getHeight() + " page");
		}
		try {
			String text = Normalizer.normalize(utf8.getString(0, StandardCharsets.UTF_8.name()), Normalizer.Form.NFC);
			// -1 when nothing was recognised
			int confidence = Math.max(0, getAPI().TessBaseAPIMeanTextConf(getHandle()));
			String hocr = hocr();
			Layout layout = layout();
			return new Reading(new RecognizedPage(text, confidence, dpi, 0, hocr, layout.skew()), layout.textTurn());
		}
		finally {
			getAPI().TessDeleteText(utf8);
			// Frees the page copy and the layout between pages; the loaded models
			// stay.
			getAPI().TessBaseAPIClear(getHandle());
		}
	}

	/**
	 * Hands an 8-bit grey page to Tesseract, which copies it. tess4j's {@code setImage}
	 * would first copy the whole raster three times on the heap (about 9 MB each for an
	 * A4 page at 300 dpi, each a humongous allocation for the collector) and once more
	 * into a direct buffer; here the rows go straight into native memory that is freed as
	 * soon as Tesseract has its copy.
	 */
	private void setGreyImage(BufferedImage grey) {
		int width = grey.getWidth();
		int height = grey.getHeight();
		Raster raster = grey.getRaster();
		byte[] row = new byte[width];
		try (Arena arena = Arena.ofConfined()) {
			ByteBuffer pixels = arena.allocate((long) width * height).asByteBuffer();
			for (int y = 0; y < height; y++) {
				raster.getDataElements(raster.getMinX(), raster.getMinY() + y, width, 1, row);
				pixels.put(row);
			}
			getAPI().TessBaseAPISetImage(getHandle(), pixels.flip(), width, height, 1, width);
		}
	}

	/**
	 * The words and boxes of the page just recognised; Tesseract reuses that recognition.
	 */
	private String hocr() {
		Pointer hocr = getAPI().TessBaseAPIGetHOCRText(getHandle(), 0);
		if (hocr == null) {
			return "";
		}
		try {
			return Normalizer.normalize(hocr.getString(0, StandardCharsets.UTF_8.name()), Normalizer.Form.NFC);
		}
		finally {
			getAPI().TessDeleteText(hocr);
		}
	}

	/**
	 * What Tesseract's layout analysis found anyway: the skew of the first text block,
	 * and which way the lines run across the image.
	 */
	private Layout layout() {
		TessResultIterator iterator = getAPI().TessBaseAPIGetIterator(getHandle());
		if (iterator == null) {
			return new Layout(0, 0);
		}
		try {
			TessPageIterator words = getAPI().TessResultIteratorGetPageIterator(iterator);
			return new Layout(skew(words), direction(words).turn());
		}
		finally {
			getAPI().TessResultIteratorDelete(iterator);
		}
	}

	private float skew(TessPageIterator page) {
		FloatBuffer radians = FloatBuffer.allocate(1);
		getAPI().TessPageIteratorOrientation(page, IntBuffer.allocate(1), IntBuffer.allocate(1), IntBuffer.allocate(1),
				radians);
		// Radians to turn anticlockwise to level the text: the sheet lay turned
		// clockwise by that much.
		return (float) Math.toDegrees(radians.get(0));
	}

	private TextDirection direction(TessPageIterator words) {
		TextDirection direction = new TextDirection();
		IntBuffer left = IntBuffer.allocate(1);
		IntBuffer top = IntBuffer.allocate(1);
		IntBuffer right = IntBuffer.allocate(1);
		IntBuffer bottom = IntBuffer.allocate(1);
		int count = 0;
		double firstX = 0;
		double firstY = 0;
		double lastX = 0;
		double lastY = 0;
		do {
			if (getAPI().TessPageIteratorBoundingBox(words, TessPageIteratorLevel.RIL_WORD, left, top, right,
					bottom) != ITessAPI.TRUE) {
				continue;
			}
			if (getAPI().TessPageIteratorIsAtBeginningOf(words, TessPageIteratorLevel.RIL_TEXTLINE) == ITessAPI.TRUE) {
				direction.line(count, firstX, firstY, lastX, lastY);
				count = 0;
				firstX = (left.get(0) + right.get(0)) / 2.0;
				firstY = (top.get(0) + bottom.get(0)) / 2.0;
			}
			count++;
			lastX = (left.get(0) + right.get(0)) / 2.0;
			lastY = (top.get(0) + bottom.get(0)) / 2.0;
		}
		while (getAPI().TessPageIteratorNext(words, TessPageIteratorLevel.RIL_WORD) == ITessAPI.TRUE);
		direction.line(count, firstX, firstY, lastX, lastY);
		return direction;
	}

	void end() {
		dispose();
	}

	/**
	 * One recognition, with which way the text stood.
	 *
	 * @param page what was read
	 * @param textTurn the clockwise turn, in degrees, that makes the text found upright
	 */
	record Reading(RecognizedPage page, int textTurn) {
	}

	/**
	 * @param skew degrees, positive when the sheet lay turned clockwise
	 * @param textTurn the clockwise turn, in degrees, that makes most lines run left to
	 * right
	 */
	private record Layout(float skew, int textTurn) {
	}

}
