package vn.luutru.search.documents;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.archive.identifiers.Gazetteer;
import vn.luutru.archive.identifiers.IdentifiersProperties;

/**
 * {@code GET /api/areas}: the administrative units of the gazetteer with their
 * (approximate) bounds, which the search page draws as an overview of the province to
 * pick an area of maps on, without any online map.
 */
@RestController
class AreasController {

	private final List<Gazetteer.Area> areas;

	AreasController(IdentifiersProperties identifiers) {
		this.areas = Gazetteer.of(identifiers).areas();
	}

	@GetMapping("/api/areas")
	List<Gazetteer.Area> areas() {
		return this.areas;
	}

}
