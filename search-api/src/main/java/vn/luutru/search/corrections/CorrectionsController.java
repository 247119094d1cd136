package vn.luutru.search.corrections;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.archive.corrections.CorrectionVersion;

/**
 * A page's OCR lines, their corrections and the history of those corrections.
 */
@RestController
@RequestMapping("/api/documents/{id}/pages/{page}")
class CorrectionsController {

	private final PageCorrecting correcting;

	CorrectionsController(PageCorrecting correcting) {
		this.correcting = correcting;
	}

	/** The page's lines with their boxes, as the correction form shows them. */
	@GetMapping("/lines")
	PageLines lines(@PathVariable String id, @PathVariable int page) {
		return this.correcting.lines(id, page);
	}

	/** Saves the corrected lines as the page's next version. */
	@PutMapping("/corrections")
	@ResponseStatus(HttpStatus.CREATED)
	CorrectionVersion correct(@PathVariable String id, @PathVariable int page, @RequestBody CorrectionRequest request,
			Principal user) {
		return this.correcting.correct(id, page, request, user.getName());
	}

	/** Every version of the page's corrections, oldest first. */
	@GetMapping("/corrections")
	List<CorrectionVersion> history(@PathVariable String id, @PathVariable int page) {
		return this.correcting.history(id, page);
	}

	/** Puts back what a version changed, as a new version. */
	@PostMapping("/corrections/{version}/revert")
	@ResponseStatus(HttpStatus.CREATED)
	CorrectionVersion revert(@PathVariable String id, @PathVariable int page, @PathVariable int version,
			Principal user) {
		return this.correcting.revert(id, page, version, user.getName());
	}

}
