package vn.luutru.search.iiif;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * A IIIF request that names nothing the archive holds: no such document or page, a page
 * without tiles, or a tile path that is not one of the stored tiles.
 */
class IiifNotFound extends ProblemException {

	IiifNotFound(String message) {
		super(HttpStatus.NOT_FOUND, "iiif-not-found", "IIIF resource not found", message);
	}

}
