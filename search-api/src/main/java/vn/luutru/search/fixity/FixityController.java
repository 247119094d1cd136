package vn.luutru.search.fixity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.archive.fixity.Fixity;

/**
 * {@code GET /api/fixity}, for administrators: the latest fixity check, with every file
 * it found missing, changed or unreadable; 404 when none has run.
 */
@RestController
class FixityController {

	private final Fixity fixity;

	FixityController(Fixity fixity) {
		this.fixity = fixity;
	}

	@GetMapping("/api/fixity")
	FixityResult latest() {
		return this.fixity.latest().map(FixityResult::of).orElseThrow(NoFixityCheck::new);
	}

}
