package vn.luutru.ingest.ocr;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.sun.jna.NativeLibrary;
import net.sourceforge.tess4j.TessAPI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes {@link TextRecognizer}s after checking once that Tesseract and its language
 * models are installed.
 *
 * <p>
 * Without the check a missing library surfaces as a JNA {@link UnsatisfiedLinkError} on
 * the first page of the first batch, which poisons tess4j's {@code TessAPI} class for the
 * rest of the JVM's life. This factory fails early with {@link TesseractUnavailable},
 * which names the Debian packages to install. Call {@link #get()} once per worker thread:
 * recognisers are not thread-safe.
 */
public final class TextRecognizers implements Supplier<TextRecognizer> {

	private static final Logger logger = LoggerFactory.getLogger(TextRecognizers.class);

	private static final AtomicBoolean openMpChecked = new AtomicBoolean();

	private static final Map<OcrProperties, TextRecognizers> checked = new ConcurrentHashMap<>();

	// Asked of the library once: it is the same for every engine of the process.
	private static volatile @Nullable String ocrSystem;

	private final Path tessdataPath;

	private final OcrProperties properties;

	/**
	 * Checks that Tesseract's native libraries load and that every language's model is
	 * present.
	 * @param properties the OCR settings
	 * @return a factory of recognisers for those settings
	 * @throws TesseractUnavailable if a library or a language model is missing
	 */
	public static TextRecognizers of(OcrProperties properties) {
		warnIfOpenMpUnlimited();
		Path tessdata = Tessdata.locate(properties.tessdataPath(), properties.languages());
		loadNativeLibrary("tesseract", net.sourceforge.tess4j.util.LoadLibs.getTesseractLibName());
		loadNativeLibrary("Leptonica", net.sourceforge.lept4j.util.LoadLibs.getLeptonicaLibName());
		logger.info("OCR with Tesseract {}, languages {}, models from {}", TessAPI.INSTANCE.TessVersion(),
				properties.languages(), tessdata);
		return new TextRecognizers(tessdata, properties);
	}

	/**
	 * A new recogniser for the calling worker thread, checking the installation on the
	 * first call for these settings only.
	 * @param properties the OCR settings
	 * @return a recogniser with its own native engine; close it when the thread's work
	 * ends
	 * @throws TesseractUnavailable if a library or a language model is missing
	 */
	public static TextRecognizer create(OcrProperties properties) {
		return checked.computeIfAbsent(properties, TextRecognizers::of).get();
	}

	// Only through of(), which checks the installation first.
	private TextRecognizers(Path tessdataPath, OcrProperties properties) {
		this.tessdataPath = tessdataPath;
		this.properties = properties;
	}

	/**
	 * A new recogniser with its own native engine, for the calling worker thread only.
	 * @throws TesseractUnavailable if Tesseract cannot load the languages' models
	 */
	@Override
	public TextRecognizer get() {
		return new TesseractRecognizer(this.tessdataPath, this.properties);
	}

	/**
	 * What reads the pages, with its version, as hOCR's {@code ocr-system} states it:
	 * {@code tesseract 5.3.4}. Asked once, after a recogniser has loaded the library.
	 */
	public static String ocrSystem() {
		String known = ocrSystem;
		if (known == null) {
			known = "tesseract " + TessAPI.INSTANCE.TessVersion();
			ocrSystem = known;
		}
		return known;
	}

	private static void loadNativeLibrary(String what, String name) {
		try {
			NativeLibrary.getInstance(name);
		}
		catch (UnsatisfiedLinkError ex) {
			throw new TesseractUnavailable(
					"The " + what + " library (lib" + name + ".so) could not be loaded: " + ex.getMessage(), ex);
		}
	}

	private static void warnIfOpenMpUnlimited() {
		if (!"1".equals(System.getenv("OMP_THREAD_LIMIT")) && openMpChecked.compareAndSet(false, true)) {
			logger.warn("OMP_THREAD_LIMIT is not 1: Tesseract's OpenMP threads will compete with the page "
					+ "workers and OCR can be 5 times slower. Start the JVM with OMP_THREAD_LIMIT=1 (./luutru does)");
		}
	}

}
