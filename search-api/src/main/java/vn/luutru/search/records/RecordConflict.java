package vn.luutru.search.records;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** A change that the record's present state does not allow. */
class RecordConflict extends ProblemException {

	private RecordConflict(String type, String title, String detail) {
		super(HttpStatus.CONFLICT, type, title, detail);
	}

	static RecordConflict fileExists(String code) {
		return new RecordConflict("file-exists", "Archival file exists",
				"Đã có hồ sơ lưu trữ mang mã " + code + "; chọn hồ sơ số khác.");
	}

	static RecordConflict alreadyFiled(String documentId, String code) {
		return new RecordConflict("document-already-filed", "Document already filed", "Tài liệu " + documentId
				+ " đã thuộc hồ sơ " + code + "; một tài liệu chỉ thuộc một hồ sơ, hãy rút khỏi hồ sơ đó trước.");
	}

	static RecordConflict notDue(String code) {
		return new RecordConflict("file-not-due", "Archival file not due for appraisal",
				"Hồ sơ " + code + " chưa hết thời hạn bảo quản (hoặc bảo quản vĩnh viễn), nên chưa thể thẩm định.");
	}

	static RecordConflict destroyed(String code) {
		return new RecordConflict("file-destroyed", "Archival file destroyed",
				"Hồ sơ " + code + " đã được hủy; không thể thay đổi.");
	}

	static RecordConflict notConfirmable(String code, long id, String why) {
		return new RecordConflict("destruction-not-confirmable", "Destruction cannot be confirmed",
				"Không thể xác nhận hủy hồ sơ " + code + " theo quyết định số " + id + ": " + why);
	}

}
