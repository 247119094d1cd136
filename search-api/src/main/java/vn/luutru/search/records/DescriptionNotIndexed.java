package vn.luutru.search.records;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** Elasticsearch could not take a description's terms; nothing was saved. */
class DescriptionNotIndexed extends ProblemException {

	DescriptionNotIndexed(String documentId, String reason) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "description-not-indexed", "Description not indexed",
				"Không ghi được mô tả của tài liệu " + documentId
						+ " vào chỉ mục tìm kiếm, nên chưa lưu gì; thử lại sau ít phút. (" + reason + ")");
	}

}
