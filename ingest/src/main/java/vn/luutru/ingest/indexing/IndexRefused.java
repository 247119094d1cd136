package vn.luutru.ingest.indexing;

/**
 * Elasticsearch refused a file's entries for a reason that trying again will not cure (a
 * mapping conflict, a document too large): the file is set aside with that reason and its
 * catalogue row is not committed.
 */
public class IndexRefused extends RuntimeException {

	IndexRefused(String message) {
		super(message);
	}

}
