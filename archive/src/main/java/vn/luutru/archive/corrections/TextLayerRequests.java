package vn.luutru.archive.corrections;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.catalog.DocumentId;

/**
 * The queue of searchable PDFs whose text layer must be rebuilt from corrected hOCR: the
 * web server asks (it may not touch PDFs), a worker claims, rebuilds and marks it done.
 * Claiming works as for ingestion requests: workers polling at once each get a different
 * document, and a claim silent for longer than the given time is taken over.
 */
public class TextLayerRequests {

	private final JdbcClient jdbc;

	public TextLayerRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A claimed request: the document, and the time it was asked for. */
	public record Claimed(DocumentId documentId, Instant requestedAt) {
	}

	/** Asks for a rebuild; asking again while one is pending or running asks anew. */
	public void request(DocumentId id) {
		this.jdbc.sql("""
				INSERT INTO text_layer_requests (document_id) VALUES (?)
				ON CONFLICT (document_id) DO UPDATE
				SET requested_at = clock_timestamp(), claimed_by = NULL, claimed_at = NULL""")
			.param(id.value())
			.update();
	}

	/** Claims the oldest request no live worker holds. */
	public Optional<Claimed> claim(String worker, Duration takeOverAfter) {
		return this.jdbc.sql("""
				UPDATE text_layer_requests SET claimed_by = ?, claimed_at = now()
				WHERE document_id = (
				    SELECT document_id FROM text_layer_requests
				    WHERE claimed_by IS NULL OR claimed_at < now() - make_interval(secs => ?)
				    ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING document_id, requested_at""")
			.params(worker, takeOverAfter.toMillis() / 1000.0)
			.query((rs, n) -> new Claimed(DocumentId.of(rs.getString("document_id")),
					rs.getTimestamp("requested_at").toInstant()))
			.optional();
	}

	/** Marks a request done, unless it was asked for again since it was claimed. */
	public void done(Claimed claimed) {
		this.jdbc.sql("DELETE FROM text_layer_requests WHERE document_id = ? AND requested_at = ?")
			.params(claimed.documentId().value(), java.sql.Timestamp.from(claimed.requestedAt()))
			.update();
	}

	/** Whether a rebuild of the document is pending or running. */
	public boolean pending(DocumentId id) {
		return this.jdbc.sql("SELECT count(*) FROM text_layer_requests WHERE document_id = ?")
			.param(id.value())
			.query(Integer.class)
			.single() > 0;
	}

}
