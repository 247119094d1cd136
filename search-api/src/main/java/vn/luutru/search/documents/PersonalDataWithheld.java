package vn.luutru.search.documents;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * A picture or file that would show personal data to a user without the right to see it,
 * and that cannot be served with it blacked out: a document's original and its PDF, or
 * the picture of a page whose text has no word boxes to find it by.
 */
class PersonalDataWithheld extends ProblemException {

	private static final String TITLE = "Có dữ liệu cá nhân";

	private static final String ASK = " Hãy xem văn bản của trang (đã che dữ liệu cá nhân), hoặc nhờ cán bộ có quyền "
			+ "xem dữ liệu cá nhân.";

	PersonalDataWithheld(String id) {
		super(HttpStatus.FORBIDDEN, "personal-data-withheld", TITLE, "Tài liệu '" + id
				+ "' có dữ liệu cá nhân (số CCCD/CMND, số điện thoại…): vai trò của bạn không được tải bản gốc hay bản PDF."
				+ ASK);
	}

	PersonalDataWithheld(String id, int page) {
		super(HttpStatus.FORBIDDEN, "personal-data-withheld", TITLE, "Trang " + page + " của tài liệu '" + id
				+ "' có dữ liệu cá nhân (số CCCD/CMND, số điện thoại…) không che được trên ảnh của trang." + ASK);
	}

}
