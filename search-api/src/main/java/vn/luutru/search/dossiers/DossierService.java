package vn.luutru.search.dossiers;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.archive.catalog.Documents;
import vn.luutru.search.audit.AuditedAction;
import vn.luutru.search.users.Access;
import vn.luutru.search.users.Permission;

/**
 * The dossier operations the API offers, each one call from its controller.
 */
@Service
class DossierService {

	private static final int MAX_PAGE_SIZE = 100;

	private final Dossiers dossiers;

	private final Documents documents;

	private final DossierImport imports;

	private final DossierSuggestions suggestions;

	private final ApplicationEventPublisher events;

	private final IndexedLinks indexedLinks;

	DossierService(Dossiers dossiers, Documents documents, DossierImport imports, DossierSuggestions suggestions,
			ApplicationEventPublisher events, IndexedLinks indexedLinks) {
		this.indexedLinks = indexedLinks;
		this.dossiers = dossiers;
		this.documents = documents;
		this.imports = imports;
		this.suggestions = suggestions;
		this.events = events;
	}

	ImportReport importCsv(String text) {
		return this.imports.csv(text);
	}

	ImportReport importJson(byte[] body) {
		return this.imports.json(body);
	}

	List<Dossier> list(@Nullable String text, int page, int size) {
		int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		// A list is for finding a dossier: personal data shows only on the dossier's own
		// page, where each viewing is audited.
		return this.dossiers.list(text, Math.max(0, page) * limit, limit).stream().map(Dossier::masked).toList();
	}

	DossierView view(String code) {
		Dossier dossier = this.dossiers.find(code).orElseThrow(() -> new DossierNotFound(code));
		if (!Access.granted(Permission.PERSONAL_DATA)) {
			return new DossierView(dossier.masked(), this.dossiers.documentsOf(code));
		}
		// Showing a dossier unmasked shows its applicant's personal data: that is
		// recorded.
		this.events.publishEvent(AuditedAction.of("dossier.personal-data.view", "dossier", code));
		return new DossierView(dossier, this.dossiers.documentsOf(code));
	}

	/**
	 * A dossier and its documents as an archival package source.
	 * @throws DossierNotFound when no dossier has this code
	 */
	DossierPackage exported(String code) {
		Dossier dossier = this.dossiers.find(code).orElseThrow(() -> new DossierNotFound(code));
		return new DossierPackage(Access.granted(Permission.PERSONAL_DATA) ? dossier : dossier.masked(),
				this.dossiers.documentsOf(code));
	}

	@Transactional
	DossierView attach(String code, String documentId, @Nullable String note) {
		Dossier dossier = this.dossiers.find(code).orElseThrow(() -> new DossierNotFound(code));
		requireDocument(documentId);
		this.dossiers.attach(code, documentId, note);
		this.indexedLinks.refresh(documentId);
		this.events.publishEvent(new AuditedAction("dossier.attach", "dossier", code, null,
				Map.of("document", documentId, "note", (note != null) ? note : "")));
		return new DossierView(dossier.masked(), this.dossiers.documentsOf(code));
	}

	@Transactional
	void detach(String code, String documentId) {
		this.dossiers.find(code).orElseThrow(() -> new DossierNotFound(code));
		if (this.dossiers.detach(code, documentId)) {
			this.indexedLinks.refresh(documentId);
			this.events.publishEvent(
					new AuditedAction("dossier.detach", "dossier", code, Map.of("document", documentId), null));
		}
	}

	List<String> dossiersOf(String documentId) {
		requireDocument(documentId);
		return this.dossiers.dossiersOf(documentId);
	}

	List<Suggestion> suggestions(String documentId) {
		requireDocument(documentId);
		return this.suggestions.suggest(documentId);
	}

	private void requireDocument(String documentId) {
		boolean held;
		try {
			held = this.documents.find(DocumentId.of(documentId)).isPresent();
		}
		catch (IllegalArgumentException ex) {
			held = false;
		}
		if (!held) {
			throw new DocumentNotInArchive(documentId);
		}
	}

}
