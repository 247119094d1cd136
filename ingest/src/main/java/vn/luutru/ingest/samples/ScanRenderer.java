package vn.luutru.ingest.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws lines of Vietnamese text onto an A4 page image and ages it like a scan: grey
 * paper, a slight skew, sensor noise and optical blur.
 */
final class ScanRenderer {

	private static final Logger log = LoggerFactory.getLogger(ScanRenderer.class);

	private static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

	/**
	 * How a page is aged.
	 *
	 * @param skewDegrees rotation of the sheet on the scanner
	 * @param noise standard deviation of the grey noise, in levels
	 * @param blur whether the optics blur it slightly
	 * @param paper grey level of the paper (255 is white)
	 * @param bilevel whether the scanner thresholds to black and white
	 * @param seed the noise seed, so the same call makes the same bytes
	 */
	record Condition(double skewDegrees, double noise, boolean blur, int paper, boolean bilevel, long seed) {

		static Condition clean(long seed) {
			return new Condition(0, 0, false, 255, false, seed);
		}

	}

	private final Font serif;

	private final Font serifBold;

	ScanRenderer() {
		this.serif = font("DejaVuSerif.ttf", Font.SERIF, Font.PLAIN);
		this.serifBold = font("DejaVuSerif-Bold.ttf", Font.SERIF, Font.BOLD);
	}

	Font font(boolean bold) {
		return bold ? this.serifBold : this.serif;
	}

	/**
	 * Renders a page: lines starting with {@code #} are centred bold headings, the rest
	 * are wrapped body text; returns the page and the lines as they were laid out (after
	 * wrapping).
	 */
	Rendered page(List<String> lines, int dpi, Condition condition) {
		int width = (int) Math.round(8.27 * dpi);
		int height = (int) Math.round(11.69 * dpi);
		BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = page.createGraphics();
		List<String> printed = new ArrayList<>();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setColor(Color.BLACK);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			int margin = dpi;
			float points = 13f;
			int y = margin;
			for (String line : lines) {
				boolean heading = line.startsWith("#");
				String text = heading ? line.substring(1).strip() : line;
				g.setFont(font(heading).deriveFont(points * dpi / 72f));
				FontMetrics metrics = g.getFontMetrics();
				for (String part : heading ? List.of(text) : wrap(text, metrics, width - 2 * margin)) {
					int x = heading ? (width - metrics.stringWidth(part)) / 2 : margin;
					y += metrics.getHeight() * 13 / 10;
					g.drawString(part, x, y);
					printed.add(part);
				}
				y += metrics.getHeight() / 3;
			}
		}
		finally {
			g.dispose();
		}
		return new Rendered(age(page, condition), printed);
	}

	record Rendered(BufferedImage image, List<String> lines) {
	}

	/** Ages a clean page as the condition says. */
	static BufferedImage age(BufferedImage page, Condition condition) {
		BufferedImage result = page;
		if (condition.skewDegrees() != 0) {
			result = rotate(result, condition.skewDegrees());
		}
		if (condition.blur()) {
			float[] kernel = { 1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f };
			result = new ConvolveOp(new Kernel(3, 3, kernel), ConvolveOp.EDGE_NO_OP, null).filter(result, null);
		}
		Random random = new Random(condition.seed());
		byte[] pixels = ((java.awt.image.DataBufferByte) result.getRaster().getDataBuffer()).getData();
		double scale = condition.paper() / 255.0;
		for (int i = 0; i < pixels.length; i++) {
			double value = (pixels[i] & 0xff) * scale + random.nextGaussian() * condition.noise();
			if (condition.bilevel()) {
				value = (value < 150) ? 0 : 255;
			}
			pixels[i] = (byte) Math.max(0, Math.min(255, (int) Math.round(value)));
		}
		return result;
	}

	private static BufferedImage rotate(BufferedImage page, double degrees) {
		BufferedImage target = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = target.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, target.getWidth(), target.getHeight());
			AffineTransform rotation = AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0,
					page.getHeight() / 2.0);
			g.drawImage(page, new AffineTransformOp(rotation, AffineTransformOp.TYPE_BILINEAR), 0, 0);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static List<String> wrap(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static Font font(String file, String fallback, int style) {
		Path path = FONT_DIR.resolve(file);
		try (var in = Files.newInputStream(path)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			// Without DejaVu (Debian fonts-dejavu-core) the logical font may lack
			// Vietnamese glyphs.
			log.warn("Cannot load {} ({}); using the logical font {}", path, ex.getMessage(), fallback);
			return new Font(fallback, style, 12);
		}
	}

}
