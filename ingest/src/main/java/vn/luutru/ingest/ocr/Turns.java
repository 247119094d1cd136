package vn.luutru.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Turning page images by quarter turns, as orientation correction does before OCR; used
 * again wherever the upright page is needed after OCR (the searchable PDF).
 */
public final class Turns {

	private Turns() {
	}

	/**
	 * The image turned clockwise by a multiple of 90 degrees, in the image's own type
	 * (8-bit grey for anything else than 1-bit or grey), or the image itself for 0.
	 */
	public static BufferedImage clockwise(BufferedImage image, int degrees) {
		int turn = Math.floorMod(degrees, 360);
		if (turn == 0) {
			return image;
		}
		boolean sideways = turn % 180 != 0;
		int width = sideways ? image.getHeight() : image.getWidth();
		int height = sideways ? image.getWidth() : image.getHeight();
		int type = (image.getType() == BufferedImage.TYPE_BYTE_BINARY) ? BufferedImage.TYPE_BYTE_BINARY
				: BufferedImage.TYPE_BYTE_GRAY;
		BufferedImage turned = new BufferedImage(width, height, type);
		Graphics2D graphics = turned.createGraphics();
		try {
			graphics.translate(width / 2.0, height / 2.0);
			graphics.rotate(Math.toRadians(turn));
			graphics.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return turned;
	}

}
