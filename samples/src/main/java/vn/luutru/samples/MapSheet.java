package vn.luutru.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Draws a cadastral map sheet ("bản đồ địa chính"): blocks of numbered parcels between
 * roads, a river, a title block and a coordinate note, large enough to need tiling but
 * quick to draw.
 */
final class MapSheet {

	static final int WIDTH = 6000;

	static final int HEIGHT = 4500;

	static final int DPI = 300;

	/** The sheet's printed text, in reading order. */
	static final List<String> TITLE_BLOCK = List.of("BẢN ĐỒ ĐỊA CHÍNH — TỜ BẢN ĐỒ SỐ 12",
			"Phường An Khánh, quận Ninh Kiều, thành phố Cần Thơ", "Tỷ lệ 1:1000",
			"Hệ tọa độ VN-2000, kinh tuyến trục 105°00', múi chiếu 3°",
			"Sở Tài nguyên và Môi trường thành phố Cần Thơ");

	private static final int FRAME_LEFT = 200;

	private static final int FRAME_TOP = 440;

	private static final int FRAME_RIGHT = WIDTH - 200;

	private static final int RIVER_TOP = 3880;

	private static final int FRAME_BOTTOM = 4300;

	private static final int BLOCKS_ACROSS = 4;

	private static final int BLOCKS_DOWN = 3;

	private static final int PARCELS = 4;

	private static final int ROAD = 70;

	// One pixel at 300 dpi on a 1:1000 sheet is 8.47 cm on the ground.
	private static final double METRES_PER_PIXEL = 25.4 / DPI;

	private static final String[] LAND_USES = { "ODT", "ODT", "ODT", "CLN", "TMD", "ODT", "CLN", "DGD" };

	private final Fonts fonts;

	MapSheet(Fonts fonts) {
		this.fonts = fonts;
	}

	BufferedImage draw(long seed) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = image.createGraphics();
		try {
			ScanRenderer.smooth(graphics);
			graphics.setColor(new Color(250, 248, 240));
			graphics.fillRect(0, 0, WIDTH, HEIGHT);
			river(graphics);
			parcels(graphics, new Random(seed));
			frameAndTitle(graphics);
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	private void parcels(Graphics2D graphics, Random random) {
		double blockWidth = (double) (FRAME_RIGHT - FRAME_LEFT - (BLOCKS_ACROSS + 1) * ROAD) / BLOCKS_ACROSS;
		double blockHeight = (double) (RIVER_TOP - FRAME_TOP - (BLOCKS_DOWN + 1) * ROAD) / BLOCKS_DOWN;
		Point2D[][][] blocks = new Point2D[BLOCKS_DOWN * BLOCKS_ACROSS][][];
		for (int block = 0; block < blocks.length; block++) {
			double left = FRAME_LEFT + ROAD + (block % BLOCKS_ACROSS) * (blockWidth + ROAD);
			double top = FRAME_TOP + ROAD + (block / BLOCKS_ACROSS) * (blockHeight + ROAD);
			blocks[block] = corners(left, top, blockWidth, blockHeight, random);
		}
		// Numbers run across the whole sheet row by row, as on real sheets, not block by
		// block.
		int number = 1;
		for (int blockRow = 0; blockRow < BLOCKS_DOWN; blockRow++) {
			for (int row = 0; row < PARCELS; row++) {
				for (int blockColumn = 0; blockColumn < BLOCKS_ACROSS; blockColumn++) {
					for (int column = 0; column < PARCELS; column++) {
						String use = (number == 125) ? "TMD" : LAND_USES[random.nextInt(LAND_USES.length)];
						parcel(graphics, blocks[blockRow * BLOCKS_ACROSS + blockColumn], row, column, number++, use);
					}
				}
			}
		}
		label(graphics, Style.Face.BOLD_ITALIC, 54, new Color(90, 90, 90), "Đường Nguyễn Văn Cừ",
				(FRAME_LEFT + FRAME_RIGHT) / 2.0, FRAME_TOP + ROAD + blockHeight + ROAD / 2.0 + 18);
	}

	// Inner corners move by up to a quarter of a parcel so that parcels look surveyed,
	// not ruled; the
	// block's outline stays straight along the roads.
	private static Point2D[][] corners(double left, double top, double width, double height, Random random) {
		Point2D[][] corners = new Point2D[PARCELS + 1][PARCELS + 1];
		for (int i = 0; i <= PARCELS; i++) {
			for (int j = 0; j <= PARCELS; j++) {
				boolean inner = i > 0 && i < PARCELS && j > 0 && j < PARCELS;
				double jitterX = inner ? (random.nextDouble() - 0.5) * width / PARCELS * 0.5 : 0;
				double jitterY = inner ? (random.nextDouble() - 0.5) * height / PARCELS * 0.5 : 0;
				corners[i][j] = new Point2D.Double(left + j * width / PARCELS + jitterX,
						top + i * height / PARCELS + jitterY);
			}
		}
		return corners;
	}

	private void parcel(Graphics2D graphics, Point2D[][] corners, int row, int column, int number, String use) {
		Point2D[] quad = { corners[row][column], corners[row][column + 1], corners[row + 1][column + 1],
				corners[row + 1][column] };
		Path2D.Double outline = new Path2D.Double();
		outline.moveTo(quad[0].getX(), quad[0].getY());
		for (int i = 1; i < quad.length; i++) {
			outline.lineTo(quad[i].getX(), quad[i].getY());
		}
		outline.closePath();
		graphics.setColor(fill(use));
		graphics.fill(outline);
		graphics.setColor(new Color(30, 30, 30));
		graphics.setStroke(new BasicStroke(4));
		graphics.draw(outline);
		double x = (quad[0].getX() + quad[1].getX() + quad[2].getX() + quad[3].getX()) / 4;
		double y = (quad[0].getY() + quad[1].getY() + quad[2].getY() + quad[3].getY()) / 4;
		String area = (number == 125) ? "1.494,0" : area(quad);
		label(graphics, Style.Face.BOLD, 44, new Color(200, 0, 0), Integer.toString(number), x, y - 8);
		graphics.setStroke(new BasicStroke(2));
		graphics.drawLine((int) x - 70, (int) y + 6, (int) x + 70, (int) y + 6);
		label(graphics, Style.Face.REGULAR, 34, new Color(30, 30, 30), area, x, y + 46);
		label(graphics, Style.Face.REGULAR, 34, new Color(30, 30, 30), use, x, y + 90);
	}

	private static Color fill(String use) {
		return switch (use) {
			case "ODT" -> new Color(255, 222, 222);
			case "CLN" -> new Color(214, 240, 200);
			case "TMD" -> new Color(255, 226, 190);
			default -> new Color(225, 225, 245);
		};
	}

	// Shoelace formula, in square metres on the ground, written with Vietnamese
	// separators (1.494,0).
	private static String area(Point2D[] quad) {
		double twice = 0;
		for (int i = 0; i < quad.length; i++) {
			Point2D a = quad[i];
			Point2D b = quad[(i + 1) % quad.length];
			twice += a.getX() * b.getY() - b.getX() * a.getY();
		}
		double squareMetres = Math.abs(twice) / 2 * METRES_PER_PIXEL * METRES_PER_PIXEL;
		DecimalFormatSymbols vietnamese = new DecimalFormatSymbols(Locale.ROOT);
		vietnamese.setGroupingSeparator('.');
		vietnamese.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.0", vietnamese).format(squareMetres);
	}

	private void river(Graphics2D graphics) {
		Path2D.Double band = new Path2D.Double();
		band.moveTo(FRAME_LEFT, RIVER_TOP + 60);
		band.curveTo(2000, RIVER_TOP - 40, 4000, RIVER_TOP + 180, FRAME_RIGHT, RIVER_TOP + 50);
		band.lineTo(FRAME_RIGHT, FRAME_BOTTOM);
		band.lineTo(FRAME_LEFT, FRAME_BOTTOM);
		band.closePath();
		graphics.setColor(new Color(190, 220, 245));
		graphics.fill(band);
		label(graphics, Style.Face.ITALIC, 64, new Color(20, 70, 150), "Sông Cần Thơ", WIDTH / 2.0, FRAME_BOTTOM - 120);
	}

	private void frameAndTitle(Graphics2D graphics) {
		graphics.setColor(Color.BLACK);
		graphics.setStroke(new BasicStroke(8));
		graphics.drawRect(FRAME_LEFT, FRAME_TOP, FRAME_RIGHT - FRAME_LEFT, FRAME_BOTTOM - FRAME_TOP);
		label(graphics, Style.Face.BOLD, 96, Color.BLACK, TITLE_BLOCK.get(0), WIDTH / 2.0, 190);
		label(graphics, Style.Face.REGULAR, 60, Color.BLACK, TITLE_BLOCK.get(1), WIDTH / 2.0, 290);
		label(graphics, Style.Face.ITALIC, 52, Color.BLACK, TITLE_BLOCK.get(2), WIDTH / 2.0, 380);
		graphics.setFont(this.fonts.font(Style.Face.REGULAR, 44));
		graphics.drawString(TITLE_BLOCK.get(3), FRAME_LEFT, FRAME_BOTTOM + 90);
		Font issuer = this.fonts.font(Style.Face.BOLD, 44);
		graphics.setFont(issuer);
		float width = (float) issuer.getStringBounds(TITLE_BLOCK.get(4), Fonts.CONTEXT).getWidth();
		graphics.drawString(TITLE_BLOCK.get(4), FRAME_RIGHT - width, FRAME_BOTTOM + 90);
	}

	private void label(Graphics2D graphics, Style.Face face, float size, Color color, String text, double centreX,
			double baseline) {
		Font font = this.fonts.font(face, size);
		float width = (float) font.getStringBounds(text, Fonts.CONTEXT).getWidth();
		graphics.setFont(font);
		graphics.setColor(color);
		graphics.drawString(text, (float) (centreX - width / 2), (float) baseline);
	}

}
