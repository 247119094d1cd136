package vn.luutru.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A grey cadastral sheet large enough to be read in tiles (9000 × 7000 pixels at 300 dpi
 * by default), with its title block in the bottom right corner and a street name drawn
 * across the boundary of two OCR regions, written as a tiled TIFF; it says where it drew
 * what, so that tests can check word boxes on the full sheet.
 */
public final class LargeMap {

	/** The resolution the sheet is drawn at. */
	public static final int DPI = 300;

	/** The title block's lines, top to bottom. */
	public static final List<String> TITLE_BLOCK = List.of("BẢN ĐỒ ĐỊA CHÍNH", "TỜ BẢN ĐỒ SỐ 12", "PHƯỜNG AN KHÁNH");

	/** The street name drawn across a region boundary. */
	public static final String STREET = "Đường Nguyễn Văn Cừ";

	private final Fonts fonts = Fonts.sans();

	/**
	 * Where things were drawn.
	 *
	 * @param width the sheet's width in pixels
	 * @param height its height
	 * @param sheetNumber the box of "12" in "TỜ BẢN ĐỒ SỐ 12"
	 * @param street the box of the street name
	 */
	public record Drawn(int width, int height, Rectangle sheetNumber, Rectangle street) {
	}

	/**
	 * Draws the sheet and writes it as a 1-frame grey TIFF in 512-pixel tiles, LZW.
	 * @param streetCentreX where the street name's middle goes (a region boundary)
	 * @param streetBaseline the street name's baseline
	 */
	public static Drawn writeTiff(Path file, int width, int height, int streetCentreX, int streetBaseline)
			throws IOException {
		LargeMap map = new LargeMap();
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Drawn drawn;
		Graphics2D graphics = image.createGraphics();
		try {
			ScanRenderer.smooth(graphics);
			drawn = map.draw(graphics, width, height, streetCentreX, streetBaseline);
		}
		finally {
			graphics.dispose();
		}
		ImageFiles.writeTiff(1, (page) -> image, DPI, "LZW", 512, file);
		return drawn;
	}

	private Drawn draw(Graphics2D graphics, int width, int height, int streetCentreX, int streetBaseline) {
		graphics.setColor(new Color(228, 228, 228));
		graphics.fillRect(0, 0, width, height);
		parcels(graphics, width, height, streetBaseline, new Random(12));
		Rectangle street = label(graphics, Font.PLAIN, 64, STREET, streetCentreX, streetBaseline, true);
		Rectangle sheetNumber = titleBlock(graphics, width, height);
		return new Drawn(width, height, sheetNumber, street);
	}

	// Parcels numbered from 101, so that no parcel number reads "12"; none on the street,
	// whose name is written along it as on real sheets, not across parcel lines.
	private void parcels(Graphics2D graphics, int width, int height, int streetBaseline, Random random) {
		int cell = 700;
		int number = 101;
		for (int top = 150; top + cell < height - 150; top += cell) {
			for (int left = 150; left + cell < width - 150; left += cell) {
				int w = cell - 40 - random.nextInt(120);
				int h = cell - 40 - random.nextInt(120);
				if (top < streetBaseline + 60 && top + h > streetBaseline - 120) {
					number++;
					continue;
				}
				graphics.setColor(new Color(60, 60, 60));
				graphics.setStroke(new BasicStroke(5));
				graphics.drawRect(left, top, w, h);
				if (random.nextInt(3) > 0) {
					label(graphics, Font.PLAIN, 40, Integer.toString(number), left + w / 2, top + h / 2 - 10, false);
					label(graphics, Font.PLAIN, 30, "ODT", left + w / 2, top + h / 2 + 40, false);
				}
				number++;
			}
		}
	}

	private Rectangle titleBlock(Graphics2D graphics, int width, int height) {
		int right = width - 200;
		int bottom = height - 200;
		int left = right - 2400;
		int top = bottom - 900;
		graphics.setColor(new Color(245, 245, 245));
		graphics.fillRect(left, top, right - left, bottom - top);
		graphics.setColor(Color.BLACK);
		graphics.setStroke(new BasicStroke(8));
		graphics.drawRect(left, top, right - left, bottom - top);
		int centre = (left + right) / 2;
		label(graphics, Font.BOLD, 72, TITLE_BLOCK.get(0), centre, top + 220, true);
		Rectangle whole = label(graphics, Font.BOLD, 72, TITLE_BLOCK.get(1), centre, top + 450, true);
		label(graphics, Font.PLAIN, 64, TITLE_BLOCK.get(2), centre, top + 680, true);
		Font font = this.fonts.font(Style.Face.BOLD, 72);
		double before = font.getStringBounds("TỜ BẢN ĐỒ SỐ ", Fonts.CONTEXT).getWidth();
		double twelve = font.getStringBounds("12", Fonts.CONTEXT).getWidth();
		return new Rectangle((int) (whole.x + before), whole.y, (int) Math.ceil(twelve), whole.height);
	}

	/** Draws a centred label; answers its box (from the font's ascent to descent). */
	private Rectangle label(Graphics2D graphics, int style, float size, String text, int centreX, int baseline,
			boolean black) {
		Font font = this.fonts.font((style == Font.BOLD) ? Style.Face.BOLD : Style.Face.REGULAR, size);
		Rectangle2D bounds = font.getStringBounds(text, Fonts.CONTEXT);
		float x = (float) (centreX - bounds.getWidth() / 2);
		graphics.setFont(font);
		graphics.setColor(black ? Color.BLACK : new Color(40, 40, 40));
		graphics.drawString(text, x, baseline);
		return new Rectangle((int) x, (int) (baseline + bounds.getY()), (int) Math.ceil(bounds.getWidth()),
				(int) Math.ceil(bounds.getHeight()));
	}

}
