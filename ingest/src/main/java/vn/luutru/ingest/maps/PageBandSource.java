package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;

/**
 * An already-rendered page (a PDF map page) cut into bands; it is in memory already, so
 * this only converts rows to the tiler's layout.
 */
final class PageBandSource implements BandSource {

	private final BufferedImage page;

	private final int channels;

	private int y;

	PageBandSource(BufferedImage page) {
		this.page = page;
		this.channels = Pixels.isGrey(page.getColorModel()) ? 1 : 3;
	}

	@Override
	public int width() {
		return this.page.getWidth();
	}

	@Override
	public int height() {
		return this.page.getHeight();
	}

	@Override
	public int channels() {
		return this.channels;
	}

	@Override
	public void read(int rows, byte[] into) {
		Pixels.copy(this.page.getSubimage(0, this.y, this.page.getWidth(), rows), rows, this.channels, into);
		this.y += rows;
	}

}
