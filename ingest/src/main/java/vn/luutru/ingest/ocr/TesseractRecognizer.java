package vn.luutru.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TextRecognizer} over one {@link TesseractEngine} that stays initialised for
 * the recogniser's life: a page is read as it comes, levelled first when it lies askew,
 * and turned upright and read again when its first reading is not plainly Vietnamese.
 */
final class TesseractRecognizer implements TextRecognizer {

	private static final Logger logger = LoggerFactory.getLogger(TesseractRecognizer.class);

	private final TesseractEngine engine;

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
		this.engine = new TesseractEngine(tessdata, properties.languages());
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
		TesseractEngine.Reading first = read(grey, dpi, wholePage);
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
	private RecognizedPage upright(BufferedImage grey, int dpi, TesseractEngine.Reading first) {
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
	private TesseractEngine.Reading read(BufferedImage grey, int dpi, boolean level) {
		double skew = (level && this.deskewUpToDegrees > 0) ? Skew.degrees(grey, this.deskewUpToDegrees) : 0;
		if (skew == 0 || Math.abs(skew) < this.deskewFromDegrees) {
			return this.engine.recognize(grey, dpi);
		}
		Levelling levelling = Levelling.of(skew, grey.getWidth(), grey.getHeight());
		TesseractEngine.Reading reading = this.engine.recognize(levelling.apply(grey), dpi);
		RecognizedPage page = reading.page();
		return new TesseractEngine.Reading(new RecognizedPage(page.text(), page.meanConfidence(), page.dpi(),
				page.rotation(), levelling.hocrOnScan(page.hocr()), (float) skew), reading.textTurn());
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

}
