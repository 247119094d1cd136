package vn.luutru.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import com.sun.jna.ptr.PointerByReference;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;
import org.jspecify.annotations.Nullable;

/**
 * Finds whether a page lies sideways or upside down (a sheet fed the wrong way round)
 * with Tesseract's orientation and script detection, and turns it upright before OCR:
 * LSTM recognition of an upside-down page reads nothing useful. Not thread-safe; one per
 * recogniser.
 */
final class OrientationDetector implements AutoCloseable {

	// Below this, Tesseract's own tool reports the guess as unreliable; a wrong turn
	// would ruin a good page.
	private static final float MIN_CONFIDENCE = 2.0f;

	private final TessAPI api = TessAPI.INSTANCE;

	private final TessBaseAPI handle;

	private OrientationDetector(TessBaseAPI handle) {
		this.handle = handle;
	}

	/**
	 * A detector, or {@code null} when Tesseract's {@code osd} model is not installed.
	 */
	static @Nullable OrientationDetector open(Path tessdata) {
		if (!Files.isRegularFile(tessdata.resolve("osd.traineddata"))) {
			return null;
		}
		TessAPI api = TessAPI.INSTANCE;
		TessBaseAPI handle = api.TessBaseAPICreate();
		if (api.TessBaseAPIInit2(handle, tessdata.toString(), "osd", TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
			api.TessBaseAPIDelete(handle);
			return null;
		}
		api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_OSD_ONLY);
		api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
		return new OrientationDetector(handle);
	}

	/**
	 * The clockwise turn, in degrees (0, 90, 180 or 270), that makes the page upright; 0
	 * when unsure.
	 * @param page an 8-bit grey page
	 */
	int correction(BufferedImage page, int dpi) {
		// The middle of a page of text holds plenty of lines to judge by, at a quarter of
		// the pixels: measured on the benchmark's pages, a third of the cost of the whole
		// page at half resolution. A sparse page (a cover, a map's margin) gives no sure
		// answer there, and is judged whole.
		OptionalInt fromMiddle = detect(middle(page), dpi);
		if (fromMiddle.isPresent()) {
			return fromMiddle.getAsInt();
		}
		boolean halve = dpi >= 200;
		return detect(halve ? half(page) : page, halve ? dpi / 2 : dpi).orElse(0);
	}

	private OptionalInt detect(BufferedImage grey, int dpi) {
		byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
		ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
		try {
			this.api.TessBaseAPISetImage(this.handle, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
			this.api.TessBaseAPISetSourceResolution(this.handle, dpi);
			IntBuffer degrees = IntBuffer.allocate(1);
			FloatBuffer confidence = FloatBuffer.allocate(1);
			FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
			if (this.api.TessBaseAPIDetectOrientationScript(this.handle, degrees, confidence, new PointerByReference(),
					scriptConfidence) == 0 || confidence.get(0) < MIN_CONFIDENCE) {
				return OptionalInt.empty();
			}
			// Tesseract reports how far the page is turned clockwise; turning it back is
			// the rest of a full circle.
			return OptionalInt.of(Math.floorMod(-degrees.get(0), 360));
		}
		finally {
			this.api.TessBaseAPIClear(this.handle);
		}
	}

	/** The middle half of the page each way, as its own compact 8-bit image. */
	private static BufferedImage middle(BufferedImage grey) {
		int width = Math.max(1, grey.getWidth() / 2);
		int height = Math.max(1, grey.getHeight() / 2);
		BufferedImage middle = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		middle.getRaster().setRect(-grey.getWidth() / 4, -grey.getHeight() / 4, grey.getRaster());
		return middle;
	}

	private static BufferedImage half(BufferedImage grey) {
		BufferedImage half = new BufferedImage(Math.max(1, grey.getWidth() / 2), Math.max(1, grey.getHeight() / 2),
				BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = half.createGraphics();
		try {
			graphics.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
					java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(grey, 0, 0, half.getWidth(), half.getHeight(), null);
		}
		finally {
			graphics.dispose();
		}
		return half;
	}

	/** The page turned clockwise by a multiple of 90 degrees. */
	static BufferedImage turn(BufferedImage grey, int clockwiseDegrees) {
		return Turns.clockwise(grey, clockwiseDegrees);
	}

	@Override
	public void close() {
		this.api.TessBaseAPIEnd(this.handle);
		this.api.TessBaseAPIDelete(this.handle);
	}

}
