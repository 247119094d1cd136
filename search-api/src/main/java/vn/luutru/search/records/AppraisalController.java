package vn.luutru.search.records;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/records/appraisal}: the files due for appraisal, the decisions recorded on
 * them and the confirmation of a destruction.
 */
@RestController
class AppraisalController {

	private final AppraisalService appraisal;

	AppraisalController(AppraisalService appraisal) {
		this.appraisal = appraisal;
	}

	@GetMapping("/api/records/appraisal")
	List<FileView> due() {
		return this.appraisal.due();
	}

	@PostMapping("/api/records/appraisal/{code}/decisions")
	FileView decide(@PathVariable String code, @RequestBody AppraisalDecision.Request request) {
		return this.appraisal.decide(code, request);
	}

	@PostMapping("/api/records/appraisal/{code}/decisions/{id}/confirmation")
	FileView confirm(@PathVariable String code, @PathVariable long id) {
		return this.appraisal.confirmDestruction(code, id);
	}

}
