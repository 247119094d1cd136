package vn.luutru.search.records;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** No document, file or decision has the id asked for. */
class RecordNotFound extends ProblemException {

	private RecordNotFound(String type, String title, String detail) {
		super(HttpStatus.NOT_FOUND, type, title, detail);
	}

	static RecordNotFound document(String id) {
		return new RecordNotFound("document-not-found", "Document not found",
				"Không có tài liệu nào mang mã '" + id + "' trong kho lưu trữ.");
	}

	static RecordNotFound file(String code) {
		return new RecordNotFound("file-not-found", "Archival file not found",
				"Không có hồ sơ lưu trữ nào mang mã '" + code + "'.");
	}

	static RecordNotFound decision(String code, long id) {
		return new RecordNotFound("decision-not-found", "Appraisal decision not found",
				"Hồ sơ " + code + " không có quyết định thẩm định số " + id + ".");
	}

}
