package vn.luutru.search.records;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The descriptions archivists saved, one per document. */
@Repository
class Descriptions {

	private final JdbcClient jdbc;

	Descriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A saved description, with who saved it and when. */
	record Saved(DocumentDescription description, String editedBy, Instant editedAt) {
	}

	Optional<Saved> find(String documentId) {
		return this.jdbc.sql("SELECT * FROM document_descriptions WHERE document_id = ?")
			.param(documentId)
			.query((row, n) -> new Saved(map(row), row.getString("edited_by"),
					row.getTimestamp("edited_at").toInstant()))
			.optional();
	}

	void save(String documentId, DocumentDescription d, String editedBy) {
		this.jdbc
			.sql("""
					INSERT INTO document_descriptions (document_id, number, symbol, issued_on, document_type, subject, issuer,
					    signer, language, page_count, access_regime, information_sign, keywords, reliability, autograph,
					    physical_state, notes, edited_by, edited_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (document_id) DO UPDATE SET number = EXCLUDED.number, symbol = EXCLUDED.symbol,
					    issued_on = EXCLUDED.issued_on, document_type = EXCLUDED.document_type, subject = EXCLUDED.subject,
					    issuer = EXCLUDED.issuer, signer = EXCLUDED.signer, language = EXCLUDED.language,
					    page_count = EXCLUDED.page_count, access_regime = EXCLUDED.access_regime,
					    information_sign = EXCLUDED.information_sign, keywords = EXCLUDED.keywords,
					    reliability = EXCLUDED.reliability, autograph = EXCLUDED.autograph,
					    physical_state = EXCLUDED.physical_state, notes = EXCLUDED.notes, edited_by = EXCLUDED.edited_by,
					    edited_at = EXCLUDED.edited_at""")
			.params(documentId, d.number(), d.symbol(), date(d.issuedOn()), d.documentType(), d.subject(), d.issuer(),
					d.signer(), d.language(), d.pageCount(), d.accessRegime().value(), d.informationSign(),
					d.keywords().toArray(String[]::new), d.reliability().value(), d.autograph(), d.physicalState(),
					d.notes(), editedBy, Timestamp.from(Instant.now()))
			.update();
	}

	private static DocumentDescription map(ResultSet row) throws SQLException {
		Array keywords = row.getArray("keywords");
		Date issued = row.getDate("issued_on");
		return new DocumentDescription(row.getString("number"), row.getString("symbol"),
				(issued != null) ? issued.toLocalDate() : null, row.getString("document_type"),
				row.getString("subject"), row.getString("issuer"), row.getString("signer"), row.getString("language"),
				row.getInt("page_count"), AccessRegime.of(row.getString("access_regime")),
				row.getString("information_sign"), List.of((String[]) keywords.getArray()),
				Reliability.of(row.getString("reliability")), row.getString("autograph"),
				row.getString("physical_state"), row.getString("notes"));
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
