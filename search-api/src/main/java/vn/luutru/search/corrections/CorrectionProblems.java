package vn.luutru.search.corrections;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * The ways a correction is refused, each an RFC 9457 problem with a Vietnamese detail.
 */
final class CorrectionProblems {

	private CorrectionProblems() {
	}

	/** The document or page does not exist. */
	static final class PageNotFound extends ProblemException {

		PageNotFound(String id, int page) {
			super(HttpStatus.NOT_FOUND, "page-not-found", "Page not found",
					"Không có trang " + page + " của tài liệu '" + id + "'.");
		}

	}

	/**
	 * The page has no OCR lines to correct: it was read from a text layer, or not at all.
	 */
	static final class PageNotCorrectable extends ProblemException {

		PageNotCorrectable(String id, int page) {
			super(HttpStatus.CONFLICT, "page-not-correctable", "Page has no OCR lines", "Trang " + page
					+ " của tài liệu '" + id
					+ "' không có dòng chữ nhận dạng (OCR) nào để sửa: văn bản của trang lấy từ lớp chữ của tệp hoặc chưa đọc được.");
		}

	}

	/** What was sent cannot be saved; the detail says what to fix. */
	static final class CorrectionRefused extends ProblemException {

		CorrectionRefused(String detail) {
			super(HttpStatus.BAD_REQUEST, "correction-refused", "Correction refused", detail);
		}

	}

	/** The page has no version with that number. */
	static final class VersionNotFound extends ProblemException {

		VersionNotFound(String id, int page, int version) {
			super(HttpStatus.NOT_FOUND, "correction-version-not-found", "Correction version not found",
					"Trang " + page + " của tài liệu '" + id + "' không có phiên bản sửa số " + version + ".");
		}

	}

	/**
	 * The correction was saved but the page's files or index entries could not be updated
	 * now; saving again (or the next re-read or reindex) applies it.
	 */
	static final class CorrectionNotApplied extends ProblemException {

		CorrectionNotApplied(Throwable cause) {
			super(HttpStatus.SERVICE_UNAVAILABLE, "correction-not-applied", "Correction saved but not applied",
					"Đã lưu nội dung sửa nhưng chưa cập nhật được tệp hoặc chỉ mục tìm kiếm; vui lòng thử lại sau.",
					cause);
		}

	}

}
