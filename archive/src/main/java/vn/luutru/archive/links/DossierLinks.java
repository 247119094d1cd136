package vn.luutru.archive.links;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.index.ArchiveEntry;

/**
 * The dossier links of documents, read from PostgreSQL (which holds them; the index has
 * copies), and the documents whose links changed after a moment. A moment is a PostgreSQL
 * snapshot, not a time: a change is "after" it when its transaction had not committed
 * when it was taken, however early the transaction began.
 */
public class DossierLinks {

	private final JdbcClient jdbc;

	public DossierLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Now, as a moment to ask {@link #changedAfter} about later. */
	public String now() {
		return this.jdbc.sql("SELECT pg_current_snapshot()::text").query(String.class).single();
	}

	/**
	 * The links of these documents; a document attached to no dossier is absent.
	 */
	public Map<String, ArchiveEntry.Links> of(Collection<String> documentIds) {
		if (documentIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Set<String>[]> values = new HashMap<>();
		this.jdbc.sql("""
				SELECT l.document_id, d.code, d.field, d.procedure_name FROM dossier_documents l
				JOIN dossiers d ON d.code = l.dossier_code WHERE l.document_id = ANY (?) ORDER BY l.document_id, d.code
				""").param(documentIds.toArray(String[]::new)).query((row) -> {
			@SuppressWarnings("unchecked")
			Set<String>[] sets = values.computeIfAbsent(row.getString("document_id"),
					(id) -> new Set[] { new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>() });
			add(sets[0], row.getString("code"));
			add(sets[1], row.getString("field"));
			add(sets[2], row.getString("procedure_name"));
		});
		Map<String, ArchiveEntry.Links> links = new HashMap<>();
		values.forEach((id, sets) -> links.put(id,
				new ArchiveEntry.Links(List.copyOf(sets[0]), List.copyOf(sets[1]), List.copyOf(sets[2]))));
		return links;
	}

	/** The documents whose links a transaction not committed at that moment changed. */
	public List<String> changedAfter(String moment) {
		return this.jdbc
			.sql("SELECT document_id FROM dossier_link_changes "
					+ "WHERE NOT pg_visible_in_snapshot(changed_by, ?::pg_snapshot) ORDER BY document_id")
			.param(moment)
			.query(String.class)
			.list();
	}

	/**
	 * Waits until every transaction that has written anything by now has ended (one that
	 * attaches a document copies the link to the index before it commits), or the timeout
	 * passed. Transaction ids are handed out in order: once the oldest running one is
	 * newer than an id taken now, all those before it have ended.
	 * @return whether they all ended
	 */
	public boolean awaitWritersOfNow(Duration timeout) throws InterruptedException {
		long now = this.jdbc.sql("SELECT pg_current_xact_id()::text::bigint").query(Long.class).single();
		Instant deadline = Instant.now().plus(timeout);
		while (this.jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
			.query(Long.class)
			.single() < now) {
			if (Instant.now().isAfter(deadline)) {
				return false;
			}
			Thread.sleep(50);
		}
		return true;
	}

	private static void add(Set<String> values, @org.jspecify.annotations.Nullable String value) {
		if (value != null) {
			values.add(value);
		}
	}

}
