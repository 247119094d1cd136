package vn.luutru.search.intake;

/** No watched folder with this id. */
class WatchedFolderNotFound extends RuntimeException {

	WatchedFolderNotFound(long id) {
		super("Không có thư mục theo dõi số " + id + ".");
	}

}
