package vn.luutru.search.export;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** A package of more documents than one download may hold. */
public class ExportTooLarge extends ProblemException {

	ExportTooLarge(String kind, String id, int documents, int max) {
		super(HttpStatus.BAD_REQUEST, "export-too-large", "Gói lưu trữ quá lớn", "Gói lưu trữ " + kind + " '" + id
				+ "' có " + documents + " tài liệu, nhiều hơn mức tối đa " + max + " (luutru.export.max-documents).");
	}

}
