package vn.luutru.archive.records;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.luutru.archive.identifiers.DocumentKind;
import vn.luutru.archive.identifiers.DocumentNumber;
import vn.luutru.archive.index.ArchivalTerms;
import vn.luutru.archive.index.ArchiveEntry;
import vn.luutru.archive.index.DocumentEntry;

/**
 * Documents' archival terms as the index carries them ({@link ArchivalTerms}), made from
 * what PostgreSQL holds: the saved description when an archivist saved one, else, for a
 * document filed in an archival file, the description derived from what ingestion read. A
 * document in no file and never described has none. The web server writes the same terms
 * when a description is saved or a document filed; a reindex writes them from here, so a
 * rebuilt index loses neither.
 */
public class ArchivalDescriptions {

	/**
	 * The access regime a derived description proposes unless
	 * {@code luutru.records.access-regime} says otherwise: restricted, since scans of
	 * applicants' papers carry personal data.
	 */
	public static final String DEFAULT_ACCESS_REGIME = "han-che";

	/** A derived description's type when ingestion could not tell one. */
	static final String DEFAULT_TYPE = "Công văn";

	private final JdbcClient jdbc;

	private final String derivedAccessRegime;

	public ArchivalDescriptions(JdbcClient jdbc, String derivedAccessRegime) {
		this.jdbc = jdbc;
		this.derivedAccessRegime = derivedAccessRegime;
	}

	/**
	 * What PostgreSQL keeps of a document's description.
	 *
	 * @param fileCode the archival file it is filed in; null when in none
	 * @param saved the terms of its saved description (without the file); null when none
	 * was saved
	 */
	public record Kept(@Nullable String fileCode, @Nullable ArchivalTerms saved) {
	}

	/**
	 * What is kept of these documents; a document with neither file nor description is
	 * absent.
	 */
	public Map<String, Kept> of(Collection<String> documentIds) {
		if (documentIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Kept> kept = new HashMap<>();
		this.jdbc.sql("""
				SELECT d.id, f.file_code, s.document_id AS described, s.document_type, s.issuer, s.access_regime,
				       s.subject, s.keywords
				FROM unnest(?::text[]) AS d(id)
				LEFT JOIN archival_file_documents f ON f.document_id = d.id
				LEFT JOIN document_descriptions s ON s.document_id = d.id
				WHERE f.document_id IS NOT NULL OR s.document_id IS NOT NULL
				""").param(documentIds.toArray(String[]::new)).query((row) -> {
			String fileCode = row.getString("file_code");
			ArchivalTerms saved = (row.getString("described") != null)
					? new ArchivalTerms(fileCode, row.getString("document_type"), row.getString("issuer"),
							row.getString("access_regime"), row.getString("subject"), strings(row.getArray("keywords")))
					: null;
			kept.put(row.getString("id"), new Kept(fileCode, saved));
		});
		return kept;
	}

	/**
	 * The documents whose description was saved, or that were filed, at or after a time:
	 * what a reindex copies again after its switch.
	 */
	public List<String> changedSince(Instant time) {
		return this.jdbc.sql("""
				SELECT document_id FROM document_descriptions WHERE edited_at >= ?
				UNION SELECT document_id FROM archival_file_documents WHERE added_at >= ?
				""")
			.param(java.sql.Timestamp.from(time))
			.param(java.sql.Timestamp.from(time))
			.query(String.class)
			.list();
	}

	/**
	 * The terms a document's entry carries: the saved ones, else, when it is filed, the
	 * derived ones, else none.
	 */
	public @Nullable ArchivalTerms terms(DocumentEntry entry, @Nullable Kept kept) {
		if (kept == null) {
			return null;
		}
		return (kept.saved() != null) ? kept.saved() : derived(entry, kept.fileCode(), this.derivedAccessRegime);
	}

	/**
	 * The terms of the description derived from what ingestion read into an index entry.
	 */
	public static ArchivalTerms derived(DocumentEntry entry, @Nullable String fileCode, String accessRegime) {
		return derived(entry.identifiers(), entry.subject(), entry.title(), fileCode, accessRegime);
	}

	/**
	 * The terms of the description derived from what ingestion read: its type, the issuer
	 * in its first number's symbol, its subject (else its title), the given access
	 * regime, no keywords. The one place these rules live: the index and the web server's
	 * proposed description both take them from here, so the two cannot disagree.
	 * @param identifiers what ingestion read from its text; null when nothing was read
	 * @param subject its subject; null or blank when none was read
	 * @param title its title, the subject when it has none
	 * @param fileCode the archival file it is filed in; null when in none
	 * @param accessRegime the access regime to propose
	 */
	public static ArchivalTerms derived(ArchiveEntry.@Nullable Identifiers identifiers, @Nullable String subject,
			String title, @Nullable String fileCode, String accessRegime) {
		String type = (identifiers != null)
				? DocumentKind.ofCode(identifiers.kind()).map(DocumentKind::typeName).orElse(null) : null;
		String issuer = (identifiers != null && !identifiers.documentNumbers().isEmpty())
				? DocumentNumber.of(identifiers.documentNumbers().getFirst()).issuer() : null;
		return new ArchivalTerms(fileCode, (type != null) ? type : DEFAULT_TYPE, issuer, accessRegime,
				(subject != null && !subject.isBlank()) ? subject : title, List.of());
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
