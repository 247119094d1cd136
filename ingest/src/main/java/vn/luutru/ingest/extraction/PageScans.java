package vn.luutru.ingest.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import vn.luutru.ingest.ocr.Turns;
import vn.luutru.archive.storage.JdkImageWriters;

/**
 * The upright page images OCR read, kept per document in a scratch folder while the
 * document is processed, so that the searchable PDF is built from the very pixels the
 * word boxes refer to without decoding or rendering any page twice. 1-bit pages are kept
 * as PNG (lossless and small), others as JPEG.
 *
 * <p>
 * Written by the OCR workers, one file per page, so no two threads touch one file.
 *
 * @param folder the scratch folder
 * @param jpegQuality the quality grey and colour pages are kept at, 0–1
 */
public record PageScans(Path folder, float jpegQuality) {

	/** A new scratch folder for one document's pages. */
	public static PageScans create(float jpegQuality) {
		try {
			return new PageScans(Files.createTempDirectory("luutru-pages-"), jpegQuality);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a scratch folder for page images", ex);
		}
	}

	/** Keeps a page's image, turned upright, and answers where. */
	public Path keep(int number, BufferedImage image, int clockwiseTurn) {
		BufferedImage upright = Turns.clockwise(image, clockwiseTurn);
		boolean bilevel = upright.getColorModel().getPixelSize() == 1;
		Path target = this.folder.resolve("page-%05d.%s".formatted(number, bilevel ? "png" : "jpg"));
		try {
			if (bilevel) {
				ImageIO.write(upright, "png", target.toFile());
			}
			else {
				writeJpeg(grey(upright), target);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the image of page " + number, ex);
		}
	}

	/** Deletes the scratch folder and everything in it. */
	public static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeJpeg(BufferedImage image, Path target) throws IOException {
		ImageWriter writer = JdkImageWriters.of("jpeg");
		try (ImageOutputStream output = ImageIO.createImageOutputStream(target.toFile())) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(this.jpegQuality);
			writer.setOutput(output);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

	// JPEG holds 8-bit grey or RGB; scans in other layouts (16-bit, indexed) are kept
	// grey, as OCR read them.
	private static BufferedImage grey(BufferedImage image) {
		int type = image.getType();
		if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_3BYTE_BGR
				|| type == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		grey.getGraphics().drawImage(image, 0, 0, null);
		return grey;
	}

}
