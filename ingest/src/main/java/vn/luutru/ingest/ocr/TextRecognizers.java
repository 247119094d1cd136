package vn.luutru.ingest.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes {@link TextRecognizer}s, after checking that Tesseract and every requested
 * language are installed so that a missing package is a clear message rather than a
 * native-library error mid-batch.
 */
public final class TextRecognizers {

	private static final Logger log = LoggerFactory.getLogger(TextRecognizers.class);

	static final String PACKAGES = "tesseract-ocr tesseract-ocr-vie libtesseract-dev libleptonica-dev";

	private static final List<Path> USUAL_TESSDATA = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
			Path.of("/usr/share/tesseract-ocr/4.00/tessdata"), Path.of("/usr/share/tessdata"),
			Path.of("/usr/local/share/tessdata"));

	private static final AtomicBoolean ompWarned = new AtomicBoolean();

	private TextRecognizers() {
	}

	/**
	 * A new recogniser for the calling thread.
	 * @throws TesseractUnavailable when Tesseract or a language is missing, naming the
	 * Debian packages
	 */
	public static TextRecognizer create(OcrProperties properties) {
		Path tessdata = tessdata(properties);
		for (String language : properties.languages().split("\\+")) {
			if (!Files.isRegularFile(tessdata.resolve(language + ".traineddata"))) {
				throw new TesseractUnavailable("Tesseract language '" + language + "' is not installed in " + tessdata
						+ ": install the Debian packages " + PACKAGES + " (or tesseract-ocr-" + language + ")");
			}
		}
		if (!"1".equals(System.getenv("OMP_THREAD_LIMIT")) && ompWarned.compareAndSet(false, true)) {
			log.warn("OMP_THREAD_LIMIT is not 1: Tesseract's OpenMP threads will compete with the page workers "
					+ "and OCR will be several times slower (./luutru sets it)");
		}
		try {
			return new TesseractRecognizer(tessdata, properties.languages());
		}
		catch (UnsatisfiedLinkError | NoClassDefFoundError ex) {
			throw new TesseractUnavailable("The Tesseract library cannot be loaded (" + ex.getMessage()
					+ "): install the Debian packages " + PACKAGES, ex);
		}
	}

	static Path tessdata(OcrProperties properties) {
		if (properties.tessdataPath() != null) {
			return properties.tessdataPath();
		}
		List<Path> candidates = new ArrayList<>();
		String prefix = System.getenv("TESSDATA_PREFIX");
		if (prefix != null && !prefix.isBlank()) {
			candidates.add(Path.of(prefix));
		}
		candidates.addAll(USUAL_TESSDATA);
		Path found = firstWithTraineddata(candidates);
		if (found == null) {
			throw new TesseractUnavailable("No Tesseract language data found (looked in " + candidates
					+ "): install the Debian packages " + PACKAGES + " or set luutru.ocr.tessdata-path");
		}
		return found;
	}

	private static @Nullable Path firstWithTraineddata(List<Path> candidates) {
		for (Path candidate : candidates) {
			if (Files.isRegularFile(candidate.resolve("eng.traineddata"))
					|| Files.isRegularFile(candidate.resolve("vie.traineddata"))) {
				return candidate;
			}
		}
		return null;
	}

}
