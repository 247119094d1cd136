package vn.luutru.ingest.maps;

import java.awt.image.BufferedImage;

/**
 * An already-rendered page (a PDF map page) cut into bands; it is in memory already, so
 * this only converts rows to the tiler's layout.
 */
final class PageBandSource implements BandSource {

	private final BufferedImage page;

	private final ImageHeader header;

	private int y;

	PageBandSource(BufferedImage page) {
		this.page = page;
		this.header = new ImageHeader(page.getWidth(), page.getHeight(), Pixels.isGrey(page.getColorModel()) ? 1 : 3,
				null, null);
	}

	@Override
	public ImageHeader header() {
		return this.header;
	}

	@Override
	public void read(int rows, byte[] into) {
		Pixels.copy(this.page.getSubimage(0, this.y, this.page.getWidth(), rows), rows, this.header.channels(), into);
		this.y += rows;
	}

}
