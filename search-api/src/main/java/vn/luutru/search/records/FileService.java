package vn.luutru.search.records;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.archive.identifiers.DocumentKind;
import vn.luutru.search.audit.AuditedAction;

/**
 * Opens archival files and files documents in them: a document is in at most one file,
 * and a file's dates widen to take in each document's date.
 */
@Service
class FileService {

	private static final int MAX_PAGE_SIZE = 100;

	private final ArchivalFiles files;

	private final Appraisals appraisals;

	private final DescriptionService descriptions;

	private final RecordsProperties properties;

	private final ApplicationEventPublisher events;

	FileService(ArchivalFiles files, Appraisals appraisals, DescriptionService descriptions,
			RecordsProperties properties, ApplicationEventPublisher events) {
		this.files = files;
		this.appraisals = appraisals;
		this.descriptions = descriptions;
		this.properties = properties;
		this.events = events;
	}

	@Transactional
	FileView open(ArchivalFile.Draft draft) {
		List<String> problems = draft.problems();
		if (!problems.isEmpty()) {
			throw new InvalidRecord(problems);
		}
		String type = (draft.documentType() != null && !draft.documentType().isBlank())
				? DocumentKind.codeOf(draft.documentType()) : null;
		RetentionPeriod retention = (draft.retention() != null) ? RetentionPeriod.of(draft.retention())
				: (type != null) ? this.properties.retentionOf(type) : RetentionPeriod.PERMANENT;
		FileCode code = FileCode.of(draft.fondsCode(), draft.catalogueNumber(), draft.fileNumber());
		ArchivalFile file = new ArchivalFile(code.value(), draft.fondsCode(), draft.catalogueNumber(),
				draft.boxNumber(), draft.fileNumber(), draft.title().strip(), type, retention,
				AccessRegime.of((draft.accessRegime() != null) ? draft.accessRegime() : this.properties.accessRegime()),
				(draft.language() != null) ? draft.language() : this.properties.language(), draft.startDate(),
				draft.endDate(), draft.sheetCount(), draft.physicalState(),
				Reliability.of((draft.reliability() != null) ? draft.reliability() : "so-hoa"), draft.notes(), "open");
		if (!this.files.add(file)) {
			throw RecordConflict.fileExists(code.value());
		}
		this.events.publishEvent(new AuditedAction("record.file.open", "archival-file", code.value(), null, file));
		return view(code.value());
	}

	List<ArchivalFile> list(int page, int size) {
		int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		return this.files.list(Math.max(0, page) * limit, limit);
	}

	FileView view(String code) {
		ArchivalFile file = this.files.find(code).orElseThrow(() -> RecordNotFound.file(code));
		return FileView.of(file, this.files.members(code), this.appraisals.of(code));
	}

	@Transactional
	FileView file(String code, String documentId) {
		ArchivalFile file = this.files.find(code).orElseThrow(() -> RecordNotFound.file(code));
		if ("destroyed".equals(file.status())) {
			throw RecordConflict.destroyed(code);
		}
		this.descriptions.document(documentId);
		this.files.fileOf(documentId).ifPresent((filed) -> {
			if (!filed.code().equals(code)) {
				throw RecordConflict.alreadyFiled(documentId, filed.code());
			}
		});
		if (this.files.file(code, documentId)) {
			DescriptionView view = this.descriptions.view(documentId);
			if (view.description().issuedOn() != null) {
				this.files.widenDates(code, view.description().issuedOn());
			}
			this.descriptions.reindex(documentId);
			this.events.publishEvent(new AuditedAction("record.file.add", "archival-file", code, null,
					Map.of("document", documentId, "position", view.file().position())));
		}
		return view(code);
	}

	@Transactional
	void unfile(String code, String documentId) {
		this.files.find(code).orElseThrow(() -> RecordNotFound.file(code));
		if (this.files.unfile(code, documentId)) {
			this.descriptions.reindex(documentId);
			this.events.publishEvent(new AuditedAction("record.file.remove", "archival-file", code,
					Map.of("document", documentId), null));
		}
	}

}
