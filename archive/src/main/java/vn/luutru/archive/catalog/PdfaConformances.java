package vn.luutru.archive.catalog;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code pdfa_conformance} table: the PDF/A check of each born-digital PDF.
 */
@Repository
public class PdfaConformances {

	private final JdbcClient jdbc;

	public PdfaConformances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a document's check, replacing an earlier one (a file read again). */
	public void record(DocumentId id, PdfaConformance conformance) {
		this.jdbc.sql("""
				INSERT INTO pdfa_conformance (document_id, claimed_flavour, conforming, summary, derivative_flavour)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (document_id) DO UPDATE SET claimed_flavour = EXCLUDED.claimed_flavour,
				    conforming = EXCLUDED.conforming, summary = EXCLUDED.summary,
				    derivative_flavour = EXCLUDED.derivative_flavour, checked_at = now()""")
			.params(id.value(), conformance.claimedFlavour(), conformance.conforming(), conformance.summary(),
					conformance.derivativeFlavour())
			.update();
	}

	/** A document's check; empty for scans and documents ingested before checks began. */
	public Optional<PdfaConformance> find(DocumentId id) {
		return this.jdbc.sql(
				"SELECT claimed_flavour, conforming, summary, derivative_flavour FROM pdfa_conformance WHERE document_id = ?")
			.param(id.value())
			.query((rs, row) -> new PdfaConformance(rs.getString("claimed_flavour"), rs.getBoolean("conforming"),
					rs.getString("summary"), rs.getString("derivative_flavour")))
			.optional();
	}

}
