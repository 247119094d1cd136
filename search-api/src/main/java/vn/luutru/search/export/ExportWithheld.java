package vn.luutru.search.export;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** A package holding personal data, asked for by a role that may not see it. */
class ExportWithheld extends ProblemException {

	ExportWithheld(String kind, String id, long documents) {
		super(HttpStatus.FORBIDDEN, "export-personal-data-withheld", "Có dữ liệu cá nhân",
				"Gói lưu trữ " + kind + " '" + id + "' có " + documents
						+ " tài liệu chứa dữ liệu cá nhân (số CCCD/CMND, số điện thoại…): vai trò của bạn không được "
						+ "tải bản gốc hay văn bản chưa che. Hãy nhờ cán bộ có quyền xem dữ liệu cá nhân.");
	}

}
