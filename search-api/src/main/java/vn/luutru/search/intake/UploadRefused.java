package vn.luutru.search.intake;

/** A file may not be uploaded (its name, its type, its batch); says why, for staff. */
class UploadRefused extends RuntimeException {

	UploadRefused(String reason) {
		super(reason);
	}

}
