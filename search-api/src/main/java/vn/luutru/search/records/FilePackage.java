package vn.luutru.search.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.export.PackageSource;

/**
 * An archival file (hồ sơ lưu trữ) as an archival package: its documents in their order
 * in the file, described by the file's fields of Circular 02/2019/TT-BNV ("thông tin đầu
 * vào của hồ sơ"), with the counts made from its documents.
 *
 * @param view the file with its documents
 */
record FilePackage(FileView view) implements PackageSource {

	@Override
	public String kind() {
		return "file";
	}

	@Override
	public String id() {
		return this.view.file().code();
	}

	@Override
	public Map<String, Object> description() {
		ArchivalFile file = this.view.file();
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("code", file.code());
		fields.put("fondsCode", file.fondsCode());
		fields.put("catalogueNumber", file.catalogueNumber());
		fields.put("boxNumber", file.boxNumber());
		fields.put("fileNumber", file.fileNumber());
		fields.put("title", file.title());
		fields.put("documentType", file.documentType());
		fields.put("retention", file.retention().value());
		fields.put("accessRegime", file.accessRegime().value());
		fields.put("language", file.language());
		fields.put("startDate", (file.startDate() != null) ? file.startDate().toString() : null);
		fields.put("endDate", (file.endDate() != null) ? file.endDate().toString() : null);
		fields.put("documentCount", this.view.documentCount());
		fields.put("sheetCount", file.sheetCount());
		fields.put("pageCount", this.view.pageCount());
		fields.put("physicalState", file.physicalState());
		fields.put("reliability", file.reliability().value());
		fields.put("notes", file.notes());
		fields.put("status", file.status());
		// Null fields are left out, as the JSON of a dossier's package leaves them.
		fields.values().removeIf(java.util.Objects::isNull);
		return fields;
	}

	@Override
	public List<DocumentId> documents() {
		return this.view.documents().stream().map(ArchivalFiles.Member::documentId).map(DocumentId::of).toList();
	}

}
