package vn.luutru.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.util.Random;

/**
 * Draws a {@link SamplePage} as a grey page image that looks scanned.
 */
final class ScanRenderer {

	private static final int INK = 25;

	private static final Kernel SOFTEN = new Kernel(3, 3,
			new float[] { 1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f });

	private final Fonts fonts;

	ScanRenderer(Fonts fonts) {
		this.fonts = fonts;
	}

	/** An A4 page at the resolution, its paper, noise and dust drawn from the seed. */
	BufferedImage render(SamplePage page, int dpi, ScanLook look, long seed) {
		BufferedImage ink = new BufferedImage(pixels(Layout.PAGE_WIDTH, dpi), pixels(Layout.PAGE_HEIGHT, dpi),
				BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = ink.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, ink.getWidth(), ink.getHeight());
			smooth(graphics);
			graphics.rotate(Math.toRadians(look.skewDegrees()), ink.getWidth() / 2.0, ink.getHeight() / 2.0);
			graphics.scale(dpi / 72.0, dpi / 72.0);
			graphics.setColor(Color.BLACK);
			for (Layout.PlacedLine line : Layout.lay(page, this.fonts.measure())) {
				graphics.setFont(this.fonts.font(line.style()));
				graphics.drawString(line.text(), line.x(), line.baseline());
			}
		}
		finally {
			graphics.dispose();
		}
		BufferedImage soft = look.blur() ? new ConvolveOp(SOFTEN, ConvolveOp.EDGE_NO_OP, null).filter(ink, null) : ink;
		Random random = new Random(seed);
		onPaper(soft, look, random);
		dust(soft, look.specks(), random);
		return soft;
	}

	static int pixels(float points, int dpi) {
		return Math.round(points * dpi / 72);
	}

	static void smooth(Graphics2D graphics) {
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
	}

	// Ink coverage over a paper that darkens towards the edges (the scanner lid's
	// shadow), plus sensor noise.
	private static void onPaper(BufferedImage image, ScanLook look, Random random) {
		byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		int width = image.getWidth();
		int height = image.getHeight();
		double shadow = (look.paper() < 255) ? 10 : 0;
		for (int y = 0; y < height; y++) {
			double dy = (2.0 * y / height) - 1;
			for (int x = 0; x < width; x++) {
				double dx = (2.0 * x / width) - 1;
				double paper = look.paper() - shadow * (dx * dx + dy * dy) / 2;
				double coverage = (255 - (pixels[y * width + x] & 0xff)) / 255.0;
				double value = paper + (INK - paper) * coverage;
				if (look.noiseSigma() > 0) {
					value += random.nextGaussian() * look.noiseSigma();
				}
				pixels[y * width + x] = (byte) Math.clamp(Math.round(value), 0, 255);
			}
		}
	}

	private static void dust(BufferedImage image, int specks, Random random) {
		Graphics2D graphics = image.createGraphics();
		try {
			smooth(graphics);
			for (int i = 0; i < specks; i++) {
				int grey = 40 + random.nextInt(80);
				double size = 1.5 + random.nextDouble() * 3;
				graphics.setColor(new Color(grey, grey, grey));
				graphics.fill(new Ellipse2D.Double(random.nextDouble() * image.getWidth(),
						random.nextDouble() * image.getHeight(), size, size * (0.5 + random.nextDouble())));
			}
		}
		finally {
			graphics.dispose();
		}
	}

}
