package vn.luutru.search.iiif;

/**
 * A IIIF request that names nothing the archive holds: no such document or page, a page
 * without tiles, or a tile path that is not one of the stored tiles.
 */
class IiifNotFound extends RuntimeException {

	IiifNotFound(String message) {
		super(message);
	}

}
