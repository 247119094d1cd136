package vn.luutru.ingest.indexing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.catalog.IngestFailure;
import vn.luutru.archive.catalog.IngestFailures;

/**
 * Turns index failures into set-aside files: the bulk ingester reports each failed item
 * with the file it came from; that file is recorded with Elasticsearch's reason and
 * dropped from the catalogue, so the next run of the folder ingests it again instead of
 * believing it is held.
 */
class FailedItemListener implements BulkListener<IndexedFile> {

	private static final Logger log = LoggerFactory.getLogger(FailedItemListener.class);

	private final Documents documents;

	private final IngestFailures failures;

	FailedItemListener(Documents documents, IngestFailures failures) {
		this.documents = documents;
		this.failures = failures;
	}

	@Override
	public void beforeBulk(long executionId, BulkRequest request, List<IndexedFile> contexts) {
	}

	@Override
	public void afterBulk(long executionId, BulkRequest request, List<IndexedFile> contexts, BulkResponse response) {
		if (!response.errors()) {
			return;
		}
		Map<IndexedFile, String> failed = new LinkedHashMap<>();
		List<BulkResponseItem> items = response.items();
		for (int i = 0; i < items.size(); i++) {
			BulkResponseItem item = items.get(i);
			if (item.error() != null) {
				failed.putIfAbsent(contexts.get(i), item.error().type() + ": " + item.error().reason());
			}
		}
		failed.forEach(this::setAside);
	}

	@Override
	public void afterBulk(long executionId, BulkRequest request, List<IndexedFile> contexts, Throwable failure) {
		contexts.stream().distinct().forEach((file) -> setAside(file, "Elasticsearch: " + failure.getMessage()));
	}

	private void setAside(IndexedFile file, String reason) {
		log.warn("Indexing {} failed: {}", file.source(), reason);
		this.documents.remove(file.documentId());
		this.failures.add(IngestFailure.ofFile(file.jobExecutionId(), file.source(), file.sha256(),
				"không lập chỉ mục được: " + reason, Instant.now()));
	}

}
