package vn.luutru.search.dossiers;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * Elasticsearch did not take a document's new dossier links: the attach or detach is
 * rolled back, so searches and dossiers never disagree; the officer can try again.
 */
class LinksNotIndexed extends ProblemException {

	LinksNotIndexed(String documentId, String reason) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "links-not-indexed", "Search index unavailable",
				"Không cập nhật được chỉ mục tìm kiếm cho tài liệu " + documentId + ", chưa gắn/gỡ gì; thử lại sau ("
						+ reason + ").");
	}

}
