package vn.luutru.search.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.search.audit.AuditedAction;
import vn.luutru.search.users.Access;

/**
 * Appraisal of files whose retention period has run out. Keeping makes a file permanent;
 * extending adds years; destroying is two recorded acts by two administrators: the
 * decision approves the destruction, a confirmation by someone else marks the file
 * destroyed. Nothing here deletes an original: docs/records.md says why and what the
 * operator does after a confirmation.
 */
@Service
class AppraisalService {

	private final ArchivalFiles files;

	private final Appraisals appraisals;

	private final FileService fileViews;

	private final ApplicationEventPublisher events;

	AppraisalService(ArchivalFiles files, Appraisals appraisals, FileService fileViews,
			ApplicationEventPublisher events) {
		this.files = files;
		this.appraisals = appraisals;
		this.fileViews = fileViews;
		this.events = events;
	}

	/** The files due for appraisal today, longest overdue first. */
	List<FileView> due() {
		return this.files.dueOn(LocalDate.now(DescriptionService.ZONE))
			.stream()
			.map((file) -> this.fileViews.view(file.code()))
			.toList();
	}

	@Transactional
	FileView decide(String code, AppraisalDecision.Request request) {
		ArchivalFile file = this.files.find(code).orElseThrow(() -> RecordNotFound.file(code));
		if ("destroyed".equals(file.status())) {
			throw RecordConflict.destroyed(code);
		}
		LocalDate reviewFrom = file.reviewFrom();
		if (reviewFrom == null || reviewFrom.isAfter(LocalDate.now(DescriptionService.ZONE))) {
			throw RecordConflict.notDue(code);
		}
		String decision = (request.decision() != null) ? request.decision() : "";
		String reason = (request.reason() != null) ? request.reason().strip() : "";
		List<String> problems = new java.util.ArrayList<>();
		if (!List.of("keep", "extend", "destroy").contains(decision)) {
			problems.add("Quyết định phải là keep (giữ lại vĩnh viễn), extend (gia hạn) hoặc destroy (hủy).");
		}
		Integer years = "extend".equals(decision) ? request.extendYears() : null;
		if ("extend".equals(decision) && (years == null || years < 1 || years > RetentionPeriod.MAX_YEARS)) {
			problems.add("Số năm gia hạn phải từ 1 đến " + RetentionPeriod.MAX_YEARS + ".");
		}
		if (reason.isEmpty()) {
			problems.add("Cần ghi lý do (ý kiến của Hội đồng xác định giá trị tài liệu).");
		}
		if (!problems.isEmpty()) {
			throw new InvalidRecord(problems);
		}
		AppraisalDecision recorded = this.appraisals.record(code, decision, years, reason, Access.username());
		switch (decision) {
			case "keep" -> this.files.setRetention(code, RetentionPeriod.PERMANENT);
			case "extend" -> this.files.setRetention(code, file.retention().extendedBy((years != null) ? years : 0));
			default -> this.files.setStatus(code, "destruction-approved");
		}
		if (!"destroy".equals(decision)) {
			this.files.setStatus(code, "open");
		}
		this.events.publishEvent(new AuditedAction("record.appraisal." + decision, "archival-file", code,
				Map.of("retention", file.retention().value(), "status", file.status()), recorded));
		return this.fileViews.view(code);
	}

	@Transactional
	FileView confirmDestruction(String code, long decisionId) {
		ArchivalFile file = this.files.find(code).orElseThrow(() -> RecordNotFound.file(code));
		AppraisalDecision decision = this.appraisals.find(code, decisionId)
			.orElseThrow(() -> RecordNotFound.decision(code, decisionId));
		String by = Access.username();
		if (!"destroy".equals(decision.decision())) {
			throw RecordConflict.notConfirmable(code, decisionId, "đây không phải quyết định hủy.");
		}
		if (!"destruction-approved".equals(file.status())) {
			throw RecordConflict.notConfirmable(code, decisionId, "hồ sơ không ở trạng thái chờ hủy.");
		}
		if (this.appraisals.of(code).getFirst().id() != decisionId) {
			throw RecordConflict.notConfirmable(code, decisionId, "đã có quyết định mới hơn về hồ sơ này.");
		}
		if (by.equals(decision.decidedBy())) {
			throw RecordConflict.notConfirmable(code, decisionId,
					"người ra quyết định không tự xác nhận được; cần một quản trị viên khác.");
		}
		if (!this.appraisals.confirm(decisionId, by)) {
			throw RecordConflict.notConfirmable(code, decisionId, "quyết định đã được xác nhận.");
		}
		this.files.setStatus(code, "destroyed");
		this.events.publishEvent(new AuditedAction("record.destruction.confirm", "archival-file", code,
				Map.of("status", file.status()), Map.of("status", "destroyed", "decision", decisionId)));
		return this.fileViews.view(code);
	}

}
