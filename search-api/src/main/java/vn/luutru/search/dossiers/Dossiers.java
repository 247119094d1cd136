package vn.luutru.search.dossiers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dossiers, their parcels and cited numbers, and the documents attached to them.
 */
@Repository
class Dossiers {

	private final JdbcClient jdbc;

	Dossiers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What an upsert did. */
	enum Upserted {

		INSERTED, UPDATED, UNCHANGED

	}

	/**
	 * Inserts a dossier, or updates it when anything changed; call inside a transaction.
	 */
	Upserted upsert(Dossier dossier) {
		Dossier normalised = sorted(dossier);
		Optional<Dossier> existing = find(dossier.code());
		if (existing.isPresent() && existing.get().equals(normalised)) {
			return Upserted.UNCHANGED;
		}
		Instant now = Instant.now();
		this.jdbc.sql("""
				INSERT INTO dossiers (code, procedure_code, procedure_name, field, applicant_name, applicant_id_number,
				    applicant_address, applicant_phone, received_on, due_on, returned_on, status, return_channel, ward,
				    district, province, notes, imported_at, updated_at)
				VALUES (:code, :procedureCode, :procedureName, :field, :name, :idNumber, :address, :phone, :receivedOn,
				    :dueOn, :returnedOn, :status, :returnChannel, :ward, :district, :province, :notes, :now, :now)
				ON CONFLICT (code) DO UPDATE SET procedure_code = EXCLUDED.procedure_code,
				    procedure_name = EXCLUDED.procedure_name, field = EXCLUDED.field,
				    applicant_name = EXCLUDED.applicant_name, applicant_id_number = EXCLUDED.applicant_id_number,
				    applicant_address = EXCLUDED.applicant_address, applicant_phone = EXCLUDED.applicant_phone,
				    received_on = EXCLUDED.received_on, due_on = EXCLUDED.due_on, returned_on = EXCLUDED.returned_on,
				    status = EXCLUDED.status, return_channel = EXCLUDED.return_channel, ward = EXCLUDED.ward,
				    district = EXCLUDED.district, province = EXCLUDED.province, notes = EXCLUDED.notes,
				    updated_at = EXCLUDED.updated_at""")
			.param("code", dossier.code())
			.param("procedureCode", dossier.procedureCode())
			.param("procedureName", dossier.procedureName())
			.param("field", dossier.field())
			.param("name", dossier.applicant().name())
			.param("idNumber", dossier.applicant().idNumber())
			.param("address", dossier.applicant().address())
			.param("phone", dossier.applicant().phone())
			.param("receivedOn", date(dossier.receivedOn()))
			.param("dueOn", date(dossier.dueOn()))
			.param("returnedOn", date(dossier.returnedOn()))
			.param("status", dossier.status().value())
			.param("returnChannel", (dossier.returnChannel() != null) ? dossier.returnChannel().value() : null)
			.param("ward", dossier.ward())
			.param("district", dossier.district())
			.param("province", dossier.province())
			.param("notes", dossier.notes())
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("DELETE FROM dossier_parcels WHERE dossier_code = ?").param(dossier.code()).update();
		for (Dossier.Parcel parcel : normalised.parcels()) {
			this.jdbc.sql("INSERT INTO dossier_parcels (dossier_code, map_sheet, parcel) VALUES (?, ?, ?)")
				.params(dossier.code(), parcel.mapSheet(), parcel.parcel())
				.update();
		}
		this.jdbc.sql("DELETE FROM dossier_document_numbers WHERE dossier_code = ?").param(dossier.code()).update();
		for (String number : normalised.documentNumbers()) {
			this.jdbc.sql("INSERT INTO dossier_document_numbers (dossier_code, number) VALUES (?, ?)")
				.params(dossier.code(), number)
				.update();
		}
		return existing.isPresent() ? Upserted.UPDATED : Upserted.INSERTED;
	}

	Optional<Dossier> find(String code) {
		return this.jdbc.sql("SELECT * FROM dossiers WHERE code = ?")
			.param(code)
			.query((row, n) -> map(row))
			.optional();
	}

	/**
	 * Dossiers received in a period, newest first, optionally only those whose code or
	 * procedure matches.
	 */
	List<Dossier> list(@Nullable String text, int offset, int limit) {
		String like = (text == null || text.isBlank()) ? "%" : "%" + text.strip().toLowerCase() + "%";
		return this.jdbc.sql("""
				SELECT * FROM dossiers
				WHERE lower(code) LIKE :like OR lower(coalesce(procedure_name, '')) LIKE :like
				ORDER BY received_on DESC NULLS LAST, code LIMIT :limit OFFSET :offset""")
			.param("like", like)
			.param("limit", limit)
			.param("offset", offset)
			.query((row, n) -> map(row))
			.list();
	}

	/** Attaches a document; answers false when it was attached already. */
	boolean attach(String code, String documentId, @Nullable String note) {
		return this.jdbc
			.sql("""
					INSERT INTO dossier_documents (dossier_code, document_id, note, attached_at) VALUES (?, ?, ?, ?)
					ON CONFLICT (dossier_code, document_id) DO UPDATE SET note = coalesce(EXCLUDED.note, dossier_documents.note)""")
			.params(code, documentId, note, Timestamp.from(Instant.now()))
			.update() > 0;
	}

	/** Detaches a document; answers whether it was attached. */
	boolean detach(String code, String documentId) {
		return this.jdbc.sql("DELETE FROM dossier_documents WHERE dossier_code = ? AND document_id = ?")
			.params(code, documentId)
			.update() > 0;
	}

	/**
	 * The documents attached to a dossier, with their titles, newest attachment first.
	 */
	List<LinkedDocument> documentsOf(String code) {
		return this.jdbc.sql("""
				SELECT d.id, d.title, d.file_name, d.page_count, l.note, l.attached_at
				FROM dossier_documents l JOIN documents d ON d.id = l.document_id
				WHERE l.dossier_code = ? ORDER BY l.attached_at DESC""")
			.param(code)
			.query((row, n) -> new LinkedDocument(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
					row.getString(5), row.getTimestamp(6).toInstant()))
			.list();
	}

	/** The codes of the dossiers a document is attached to. */
	List<String> dossiersOf(String documentId) {
		return this.jdbc.sql("SELECT dossier_code FROM dossier_documents WHERE document_id = ? ORDER BY dossier_code")
			.param(documentId)
			.query(String.class)
			.list();
	}

	/** The dossiers with one of these codes. */
	List<String> existingCodes(List<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT code FROM dossiers WHERE code IN (:codes)")
			.param("codes", codes)
			.query(String.class)
			.list();
	}

	/** Dossiers concerning one of these sheet/parcel pairs, with the pair. */
	List<String[]> withParcels(List<Dossier.Parcel> parcels) {
		if (parcels.isEmpty()) {
			return List.of();
		}
		List<String> keys = parcels.stream().map((p) -> p.mapSheet() + "/" + p.parcel()).toList();
		return this.jdbc.sql("""
				SELECT dossier_code, map_sheet || '/' || parcel FROM dossier_parcels
				WHERE map_sheet || '/' || parcel IN (:keys)""")
			.param("keys", keys)
			.query((row, n) -> new String[] { row.getString(1), row.getString(2) })
			.list();
	}

	/** Dossiers citing one of these document numbers, with the number. */
	List<String[]> citing(List<String> numbers) {
		if (numbers.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT dossier_code, number FROM dossier_document_numbers WHERE number IN (:numbers)")
			.param("numbers", numbers)
			.query((row, n) -> new String[] { row.getString(1), row.getString(2) })
			.list();
	}

	/** Dossiers received within these dates that have an applicant name. */
	List<Dossier> receivedBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT * FROM dossiers WHERE received_on BETWEEN ? AND ? AND applicant_name IS NOT NULL""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((row, n) -> map(row))
			.list();
	}

	private Dossier map(ResultSet row) throws SQLException {
		String code = row.getString("code");
		List<Dossier.Parcel> parcels = this.jdbc
			.sql("SELECT map_sheet, parcel FROM dossier_parcels WHERE dossier_code = ? ORDER BY map_sheet, parcel")
			.param(code)
			.query((r, n) -> new Dossier.Parcel(r.getString(1), r.getString(2)))
			.list();
		List<String> numbers = this.jdbc
			.sql("SELECT number FROM dossier_document_numbers WHERE dossier_code = ? ORDER BY number")
			.param(code)
			.query(String.class)
			.list();
		String channel = row.getString("return_channel");
		return new Dossier(code, row.getString("procedure_code"), row.getString("procedure_name"),
				row.getString("field"),
				new Dossier.Applicant(row.getString("applicant_name"), row.getString("applicant_id_number"),
						row.getString("applicant_address"), row.getString("applicant_phone")),
				localDate(row.getDate("received_on")), localDate(row.getDate("due_on")),
				localDate(row.getDate("returned_on")), Dossier.Status.of(row.getString("status")),
				(channel != null) ? Dossier.ReturnChannel.of(channel) : null, row.getString("ward"),
				row.getString("district"), row.getString("province"), parcels, numbers, row.getString("notes"));
	}

	private static Dossier sorted(Dossier d) {
		return new Dossier(d.code(), d.procedureCode(), d.procedureName(), d.field(), d.applicant(), d.receivedOn(),
				d.dueOn(), d.returnedOn(), d.status(), d.returnChannel(), d.ward(), d.district(), d.province(),
				d.parcels()
					.stream()
					.distinct()
					.sorted(Comparator.comparing(Dossier.Parcel::mapSheet).thenComparing(Dossier.Parcel::parcel))
					.toList(),
				d.documentNumbers().stream().distinct().sorted().toList(), d.notes());
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static @Nullable LocalDate localDate(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
