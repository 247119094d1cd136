package vn.luutru.ingest.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A cadastral map sheet: a grid of irregular parcels with their numbers, roads, and the
 * title block an officer reads first ("BẢN ĐỒ ĐỊA CHÍNH — TỜ BẢN ĐỒ SỐ 12").
 */
final class SampleMap {

	private SampleMap() {
	}

	static BufferedImage render(ScanRenderer renderer, int width, int height) {
		BufferedImage map = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = map.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(new Color(246, 246, 246));
			g.fillRect(0, 0, width, height);
			parcels(g, renderer.font(false), width, height);
			titleBlock(g, renderer, width);
		}
		finally {
			g.dispose();
		}
		return map;
	}

	private static void parcels(Graphics2D g, Font font, int width, int height) {
		Random random = new Random(12);
		int top = 700;
		int cell = 420;
		int number = 100;
		g.setFont(font.deriveFont(44f));
		for (int y = top; y + cell <= height - 100; y += cell) {
			for (int x = 150; x + cell <= width - 150; x += cell) {
				Polygon parcel = new Polygon();
				parcel.addPoint(x + random.nextInt(40), y + random.nextInt(40));
				parcel.addPoint(x + cell - random.nextInt(40), y + random.nextInt(40));
				parcel.addPoint(x + cell - random.nextInt(40), y + cell - random.nextInt(40));
				parcel.addPoint(x + random.nextInt(40), y + cell - random.nextInt(40));
				g.setColor(new Color(226 + random.nextInt(20), 226 + random.nextInt(20), 226 + random.nextInt(20)));
				g.fillPolygon(parcel);
				g.setColor(Color.DARK_GRAY);
				g.setStroke(new BasicStroke(5));
				g.drawPolygon(parcel);
				g.setColor(Color.BLACK);
				String label = Integer.toString(number++);
				FontMetrics metrics = g.getFontMetrics();
				g.drawString(label, x + (cell - metrics.stringWidth(label)) / 2,
						y + cell / 2 + metrics.getAscent() / 2);
			}
		}
	}

	private static void titleBlock(Graphics2D g, ScanRenderer renderer, int width) {
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, 620);
		g.setColor(Color.BLACK);
		int[] sizes = { 150, 110, 64, 56 };
		int y = 40;
		for (int i = 0; i < SampleTexts.MAP.size(); i++) {
			g.setFont(renderer.font(i < 2).deriveFont((float) sizes[i]));
			FontMetrics metrics = g.getFontMetrics();
			y += metrics.getAscent() + 20;
			String line = SampleTexts.MAP.get(i);
			g.drawString(line, (width - metrics.stringWidth(line)) / 2, y);
		}
		g.setStroke(new BasicStroke(8));
		g.drawLine(100, 640, width - 100, 640);
	}

}
