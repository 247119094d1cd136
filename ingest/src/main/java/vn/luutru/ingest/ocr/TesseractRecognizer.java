package vn.luutru.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;

import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * {@link TextRecognizer} over tess4j's direct Tesseract API: the engine and its language
 * models are loaded once per instance, not once per page as tess4j's {@code Tesseract}
 * convenience class does, and text and confidence come from one recognition pass. LSTM
 * engine, automatic page segmentation. Not thread-safe: see the interface.
 */
final class TesseractRecognizer implements TextRecognizer {

	private final TessAPI api = TessAPI.INSTANCE;

	private final TessBaseAPI handle;

	private boolean closed;

	TesseractRecognizer(Path tessdata, String languages) {
		this.handle = this.api.TessBaseAPICreate();
		int status = this.api.TessBaseAPIInit2(this.handle, tessdata.toString(), languages,
				TessOcrEngineMode.OEM_LSTM_ONLY);
		if (status != 0) {
			this.api.TessBaseAPIDelete(this.handle);
			throw new TesseractUnavailable("Tesseract could not load the languages '" + languages + "' from " + tessdata
					+ ": install the Debian packages tesseract-ocr and tesseract-ocr-vie");
		}
		this.api.TessBaseAPISetPageSegMode(this.handle, TessPageSegMode.PSM_AUTO);
	}

	@Override
	public RecognizedPage recognize(BufferedImage page, int dpi) {
		if (this.closed) {
			throw new IllegalStateException("This recognizer is closed");
		}
		BufferedImage grey = grey(page);
		byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
		ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
		try {
			this.api.TessBaseAPISetImage(this.handle, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
			this.api.TessBaseAPISetSourceResolution(this.handle, dpi);
			Pointer utf8 = this.api.TessBaseAPIGetUTF8Text(this.handle);
			if (utf8 == null) {
				throw new OcrFailed(
						"Tesseract returned no text for a " + grey.getWidth() + "×" + grey.getHeight() + " image",
						new IllegalStateException("null text"));
			}
			String text;
			try {
				text = utf8.getString(0, StandardCharsets.UTF_8.name());
			}
			finally {
				this.api.TessDeleteText(utf8);
			}
			int confidence = this.api.TessBaseAPIMeanTextConf(this.handle);
			return new RecognizedPage(Normalizer.normalize(text, Normalizer.Form.NFC), Math.max(0, confidence), dpi);
		}
		finally {
			this.api.TessBaseAPIClear(this.handle);
		}
	}

	/**
	 * Tesseract reads 8-bit grey rows; any other layout (RGB, bilevel, 16-bit) is drawn
	 * into one.
	 */
	static BufferedImage grey(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
				&& image.getRaster().getDataBuffer() instanceof DataBufferByte
				&& image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getParent() == null) {
			return image;
		}
		BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = grey.createGraphics();
		try {
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return grey;
	}

	@Override
	public void close() {
		if (!this.closed) {
			this.closed = true;
			this.api.TessBaseAPIEnd(this.handle);
			this.api.TessBaseAPIDelete(this.handle);
		}
	}

}
