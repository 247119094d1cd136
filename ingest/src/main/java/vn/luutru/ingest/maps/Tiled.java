package vn.luutru.ingest.maps;

/**
 * What became of one tiling request, as data rather than exceptions, so a batch step can
 * record a refused or broken map and go on with the next file.
 */
public sealed interface Tiled {

	/** The pyramid, {@code info.json} and thumbnail were written. */
	static Tiled ok(TileInfo info) {
		return new Ok(info);
	}

	/**
	 * The image was not decoded on purpose: its header declares more than the limits
	 * allow, or a form this tiler does not stream.
	 */
	static Tiled refused(String reason) {
		return new Refused(reason);
	}

	/** Decoding or writing broke: a corrupt file, a full disk. */
	static Tiled failed(String reason) {
		return new Failed(reason);
	}

	/** A successful tiling. */
	record Ok(TileInfo info) implements Tiled {
	}

	/** A refusal; the reason is Vietnamese for staff, with the technical detail after. */
	record Refused(String reason) implements Tiled {
	}

	/** A failure; the reason is Vietnamese for staff, with the technical detail after. */
	record Failed(String reason) implements Tiled {
	}

}
