package vn.luutru.search.records;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.archive.catalog.CatalogedDocument;
import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.index.ArchivalTerms;
import vn.luutru.search.audit.AuditedAction;
import vn.luutru.search.users.Access;

/**
 * Reads and saves documents' descriptions: the saved one wins, else one is derived from
 * what ingestion read; every save is validated, audited and indexed at once.
 */
@Service
class DescriptionService {

	/** The archive's day: appraisal and "not after today" go by Vietnam's calendar. */
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Documents catalogue;

	private final Descriptions descriptions;

	private final DerivedDescriptions derived;

	private final ArchivalFiles files;

	private final IndexedDescriptions indexed;

	private final ApplicationEventPublisher events;

	DescriptionService(Documents catalogue, Descriptions descriptions, DerivedDescriptions derived, ArchivalFiles files,
			IndexedDescriptions indexed, ApplicationEventPublisher events) {
		this.catalogue = catalogue;
		this.descriptions = descriptions;
		this.derived = derived;
		this.files = files;
		this.indexed = indexed;
		this.events = events;
	}

	DescriptionView view(String id) {
		CatalogedDocument document = document(id);
		Optional<Descriptions.Saved> saved = this.descriptions.find(id);
		DocumentDescription description = saved.map(Descriptions.Saved::description)
			.orElseGet(() -> this.derived.of(document, this.indexed.document(id)));
		DescriptionView.Filed filed = this.files.fileOf(id).orElse(null);
		String identifier = (filed != null) ? filed.code() + "." + filed.position() : id;
		return new DescriptionView(id, identifier, description, saved.isPresent(),
				saved.map(Descriptions.Saved::editedBy).orElse(null),
				saved.map(Descriptions.Saved::editedAt).orElse(null), filed, document.contentType(),
				this.indexed.dpi(id));
	}

	@Transactional
	DescriptionView save(String id, DocumentDescription description) {
		List<String> problems = description.problems(LocalDate.now(ZONE));
		if (!problems.isEmpty()) {
			throw new InvalidRecord(problems);
		}
		DocumentDescription before = view(id).description();
		this.descriptions.save(id, description, Access.username());
		reindex(id);
		this.events.publishEvent(new AuditedAction("record.describe", "document", id, before, description));
		return view(id);
	}

	/** Copies the document's present description and file onto its index entry. */
	void reindex(String id) {
		DescriptionView view = view(id);
		DocumentDescription d = view.description();
		this.indexed.write(id, new ArchivalTerms((view.file() != null) ? view.file().code() : null, d.documentType(),
				d.issuer(), d.accessRegime().value(), d.subject(), d.keywords()));
	}

	CatalogedDocument document(String id) {
		try {
			return this.catalogue.find(DocumentId.of(id)).orElseThrow(() -> RecordNotFound.document(id));
		}
		catch (IllegalArgumentException ex) {
			throw RecordNotFound.document(id);
		}
	}

}
