package vn.luutru.search.dossiers;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.export.PackageSource;

/**
 * A one-stop dossier as an archival package: its attached documents, newest attachment
 * first, described by the dossier's own fields (its applicant masked for roles that may
 * not see personal data, as on the dossier's page).
 *
 * @param dossier the dossier, masked or not
 * @param linked its attached documents
 */
record DossierPackage(Dossier dossier, List<LinkedDocument> linked) implements PackageSource {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String kind() {
		return "dossier";
	}

	@Override
	public String id() {
		return this.dossier.code();
	}

	@Override
	@SuppressWarnings("unchecked")
	public Map<String, Object> description() {
		return JSON.convertValue(this.dossier, Map.class);
	}

	@Override
	public List<DocumentId> documents() {
		return this.linked.stream().map(LinkedDocument::documentId).map(DocumentId::of).toList();
	}

}
