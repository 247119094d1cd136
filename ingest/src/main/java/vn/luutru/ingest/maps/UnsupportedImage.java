package vn.luutru.ingest.maps;

import java.io.IOException;

/**
 * An image the Java tiler chooses not to decode (an interlaced PNG, a bit depth it does
 * not stream): refused with a reason scanning staff can act on, not failed.
 */
final class UnsupportedImage extends IOException {

	private final String vietnamese;

	UnsupportedImage(String vietnamese, String technical) {
		super(technical);
		this.vietnamese = vietnamese;
	}

	/** The reason in words for scanning staff. */
	String vietnamese() {
		return this.vietnamese;
	}

}
