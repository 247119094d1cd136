package vn.luutru.search.intake;

/** No upload batch with this id. */
class BatchNotFound extends RuntimeException {

	BatchNotFound(String batch) {
		super("Không có lô tải lên " + batch + ".");
	}

}
