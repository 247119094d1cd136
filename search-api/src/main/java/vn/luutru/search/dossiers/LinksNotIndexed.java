package vn.luutru.search.dossiers;

/**
 * Elasticsearch did not take a document's new dossier links: the attach or detach is
 * rolled back, so searches and dossiers never disagree; the officer can try again.
 */
class LinksNotIndexed extends RuntimeException {

	LinksNotIndexed(String documentId, String reason) {
		super("Không cập nhật được chỉ mục tìm kiếm cho tài liệu " + documentId + ", chưa gắn/gỡ gì; thử lại sau ("
				+ reason + ").");
	}

}
