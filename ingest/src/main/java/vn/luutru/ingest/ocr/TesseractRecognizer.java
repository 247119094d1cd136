package vn.luutru.ingest.ocr;

import java.awt.Graphics2D;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TextRecognizer} over one tess4j engine that stays initialised for the
 * recogniser's life.
 *
 * <p>
 * {@link Tesseract#doOCR(BufferedImage)} creates and deletes the native engine on every
 * call, reloading the {@code vie} model each page, and would need a second full pass
 * ({@code getWords}) for the confidence. This class keeps the engine open between pages
 * and reads text and mean confidence from the same recognition.
 */
final class TesseractRecognizer implements TextRecognizer {

	private static final Logger logger = LoggerFactory.getLogger(TesseractRecognizer.class);

	private final Engine engine;

	private final Path tessdata;

	private final boolean detectOrientation;

	// Opened at the first page that needs it: most batches never do.
	private @Nullable OrientationDetector orientation;

	private boolean orientationUnavailable;

	private final double uprightShare;

	private final int uprightMinWords;

	private final double deskewFromDegrees;

	private final double deskewUpToDegrees;

	private boolean closed;

	TesseractRecognizer(Path tessdata, OcrProperties properties) {
		this.engine = new Engine(tessdata, properties.languages());
		this.tessdata = tessdata;
		this.detectOrientation = properties.detectOrientation();
		this.uprightShare = properties.uprightShare();
		this.uprightMinWords = properties.uprightMinWords();
		this.deskewFromDegrees = properties.deskewFromDegrees();
		this.deskewUpToDegrees = properties.deskewUpToDegrees();
	}

	@Override
	public RecognizedPage recognize(BufferedImage page, int dpi) {
		return recognize(page, dpi, true);
	}

	@Override
	public RecognizedPage recognizeUpright(BufferedImage region, int dpi) {
		return recognize(region, dpi, false);
	}

	/**
	 * @param wholePage a page, checked for turns and skew, rather than a region of a
	 * sheet known to lie upright and square
	 */
	private RecognizedPage recognize(BufferedImage page, int dpi, boolean wholePage) {
		if (dpi <= 0) {
			throw new IllegalArgumentException("dpi must be positive, was " + dpi);
		}
		if (this.closed) {
			throw new IllegalStateException("This recogniser is closed");
		}
		long started = System.nanoTime();
		BufferedImage grey = grey(page);
		Reading first = read(grey, dpi, wholePage);
		RecognizedPage recognized = (wholePage && this.detectOrientation) ? upright(grey, dpi, first) : first.page();
		logger.debug("Recognised a {}x{} page at {} dpi in {} ms, confidence {}, turned by {}", page.getWidth(),
				page.getHeight(), dpi, (System.nanoTime() - started) / 1_000_000, recognized.meanConfidence(),
				recognized.rotation());
		return recognized;
	}

	/**
	 * The reading of the page upright. Pages are nearly always fed upright, so the page
	 * is read as it comes first, and only a reading that is not plainly Vietnamese costs
	 * Tesseract's orientation check (about 0.1 s a page) and, if the page turns out to be
	 * turned, a second reading.
	 */
	private RecognizedPage upright(BufferedImage grey, int dpi, Reading first) {
		Syllables judged = Syllables.in(first.page().text());
		int turn;
		if (judged.words() >= this.uprightMinWords && judged.share() >= this.uprightShare) {
			// Tesseract's layout finds lines of a sideways page and reads them turned:
			// the text is right, but its boxes and the kept image would lie sideways.
			turn = first.textTurn();
		}
		else {
			OrientationDetector orientation = orientation();
			turn = (orientation != null) ? orientation.correction(grey, dpi) : 0;
			logger.debug("Orientation check of a page read with {} of {} words as syllables: turn by {}",
					judged.syllables(), judged.words(), turn);
		}
		if (turn == 0) {
			return first.page();
		}
		RecognizedPage turned = read(OrientationDetector.turn(grey, turn), dpi, true).page().turnedBy(turn);
		// A wrong guess at a turn would ruin a page that was read well as it came.
		return (Syllables.in(turned.text()).readable() >= judged.readable()) ? turned : first.page();
	}

	/**
	 * One reading of the page, levelled first when it lies askew by more than Tesseract
	 * copes with; the boxes are given on the page as it came. (Tesseract's own skew of a
	 * levelled page is left out: the page's skew is the one it was levelled by.)
	 */
	private Reading read(BufferedImage grey, int dpi, boolean level) {
		double skew = (level && this.deskewUpToDegrees > 0) ? Skew.degrees(grey, this.deskewUpToDegrees) : 0;
		if (skew == 0 || Math.abs(skew) < this.deskewFromDegrees) {
			return this.engine.recognize(grey, dpi);
		}
		Levelling levelling = Levelling.of(skew, grey.getWidth(), grey.getHeight());
		Reading reading = this.engine.recognize(levelling.apply(grey), dpi);
		RecognizedPage page = reading.page();
		return new Reading(new RecognizedPage(page.text(), page.meanConfidence(), page.dpi(), page.rotation(),
				levelling.hocrOnScan(page.hocr()), (float) skew), reading.textTurn());
	}

	/**
	 * The orientation check, or {@code null} when Tesseract's {@code osd} model is not
	 * installed.
	 */
	private @Nullable OrientationDetector orientation() {
		if (this.orientation == null && !this.orientationUnavailable) {
			this.orientation = OrientationDetector.open(this.tessdata);
			this.orientationUnavailable = this.orientation == null;
		}
		return this.orientation;
	}

	@Override
	public void close() {
		if (!this.closed) {
			this.closed = true;
			this.engine.end();
			if (this.orientation != null) {
				this.orientation.close();
			}
		}
	}

	// Tesseract reads 1, 8, 24 and 32 bits per pixel; other layouts (16-bit grey,
	// indexed, int RGB)
	// would be misread, and it converts to grey internally anyway.
	private static BufferedImage grey(BufferedImage page) {
		if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
			return page;
		}
		BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = grey.createGraphics();
		try {
			graphics.drawImage(page, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return grey;
	}

	/**
	 * One recognition, with which way the text stood.
	 *
	 * @param page what was read
	 * @param textTurn the clockwise turn, in degrees, that makes the text found upright
	 */
	private record Reading(RecognizedPage page, int textTurn) {
	}

	/**
	 * @param skew degrees, positive when the sheet lay turned clockwise
	 * @param textTurn the clockwise turn, in degrees, that makes most lines run left to
	 * right
	 */
	private record Layout(float skew, int textTurn) {
	}

	/** Opens tess4j's protected life cycle so one native engine serves many pages. */
	private static final class Engine extends Tesseract {

		private final String languages;

		Engine(Path tessdata, String languages) {
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
			// without the
			// requested languages loaded would silently read nothing.
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
				String text = Normalizer.normalize(utf8.getString(0, StandardCharsets.UTF_8.name()),
						Normalizer.Form.NFC);
				// -1 when nothing was recognised
				int confidence = Math.max(0, getAPI().TessBaseAPIMeanTextConf(getHandle()));
				String hocr = hocr();
				Layout layout = layout();
				return new Reading(new RecognizedPage(text, confidence, dpi, 0, hocr, layout.skew()),
						layout.textTurn());
			}
			finally {
				getAPI().TessDeleteText(utf8);
				// Frees the page copy and the layout between pages; the loaded models
				// stay.
				getAPI().TessBaseAPIClear(getHandle());
			}
		}

		/**
		 * Hands an 8-bit grey page to Tesseract, which copies it. tess4j's
		 * {@code setImage} would first copy the whole raster three times on the heap
		 * (about 9 MB each for an A4 page at 300 dpi, each a humongous allocation for the
		 * collector) and once more into a direct buffer; here the rows go straight into
		 * native memory that is freed as soon as Tesseract has its copy.
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
		 * The words and boxes of the page just recognised; Tesseract reuses that
		 * recognition.
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
		 * What Tesseract's layout analysis found anyway: the skew of the first text
		 * block, and which way the lines run across the image.
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
			getAPI().TessPageIteratorOrientation(page, IntBuffer.allocate(1), IntBuffer.allocate(1),
					IntBuffer.allocate(1), radians);
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
				if (getAPI().TessPageIteratorIsAtBeginningOf(words,
						TessPageIteratorLevel.RIL_TEXTLINE) == ITessAPI.TRUE) {
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

	}

}
