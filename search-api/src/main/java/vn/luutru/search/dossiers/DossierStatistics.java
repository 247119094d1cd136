package vn.luutru.search.dossiers;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures inspectors ask for, over the dossiers received in a period: received,
 * returned with a result, returned unresolved, in progress, overdue (still in progress
 * past the due date, or returned after it), returned by post, and the on-time rate of
 * those returned; in all, by field and by procedure.
 */
@Service
class DossierStatistics {

	private static final String FIGURES = """
			count(*) AS received,
			count(*) FILTER (WHERE status = 'returned-with-result') AS returned_with_result,
			count(*) FILTER (WHERE status = 'returned-unresolved') AS returned_unresolved,
			count(*) FILTER (WHERE status IN ('received', 'in-progress')) AS in_progress,
			count(*) FILTER (WHERE status IN ('received', 'in-progress') AND due_on < :today) AS overdue_in_progress,
			count(*) FILTER (WHERE returned_on IS NOT NULL AND due_on IS NOT NULL AND returned_on > due_on)
			    AS returned_late,
			count(*) FILTER (WHERE return_channel = 'post' AND returned_on IS NOT NULL) AS returned_by_post,
			count(*) FILTER (WHERE status = 'withdrawn') AS withdrawn,
			count(*) FILTER (WHERE returned_on IS NOT NULL) AS returned""";

	private final JdbcClient jdbc;

	DossierStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures of one group of dossiers.
	 *
	 * @param group the field or procedure, or {@code all}
	 * @param received dossiers received in the period
	 * @param returnedWithResult returned with a result ("đã trả kết quả")
	 * @param returnedUnresolved returned unresolved ("trả lại")
	 * @param inProgress not yet returned ("đang giải quyết")
	 * @param overdueInProgress in progress past the due date ("quá hạn")
	 * @param returnedLate returned after the due date ("trễ hẹn")
	 * @param returnedByPost results sent by post
	 * @param withdrawn withdrawn by the applicant
	 * @param onTimeRate share of returned dossiers returned by their due date (null when
	 * none was returned)
	 */
	record Figures(String group, long received, long returnedWithResult, long returnedUnresolved, long inProgress,
			long overdueInProgress, long returnedLate, long returnedByPost, long withdrawn,
			@Nullable Double onTimeRate) {
	}

	/**
	 * The statistics of a period.
	 *
	 * @param from first day of the period (received on or after)
	 * @param to last day of the period
	 * @param field the field the figures are limited to, if any
	 * @param asOf the day "overdue" is judged on
	 * @param all the figures of every dossier in the period
	 * @param byField per field
	 * @param byProcedure per procedure
	 */
	record Report(LocalDate from, LocalDate to, @Nullable String field, LocalDate asOf, Figures all,
			List<Figures> byField, List<Figures> byProcedure) {
	}

	Report of(LocalDate from, LocalDate to, @Nullable String field, LocalDate today) {
		// Grouped by a constant, an empty period has no row at all.
		Figures all = figures("'all'", from, to, field, today).stream()
			.findFirst()
			.orElse(new Figures("all", 0, 0, 0, 0, 0, 0, 0, 0, null));
		return new Report(from, to, field, today, all, figures("coalesce(field, '')", from, to, field, today),
				figures("coalesce(procedure_name, '')", from, to, field, today));
	}

	private List<Figures> figures(String group, LocalDate from, LocalDate to, @Nullable String field, LocalDate today) {
		String sql = "SELECT " + group + " AS grp, " + FIGURES + """

				FROM dossiers
				WHERE received_on BETWEEN :from AND :to AND (CAST(:field AS TEXT) IS NULL OR field = :field)
				GROUP BY grp ORDER BY received DESC, grp""";
		return this.jdbc.sql(sql)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("field", field)
			.param("today", Date.valueOf(today))
			.query((row, n) -> {
				long returned = row.getLong("returned");
				long late = row.getLong("returned_late");
				Double onTime = (returned > 0) ? (double) (returned - late) / returned : null;
				return new Figures(row.getString("grp"), row.getLong("received"), row.getLong("returned_with_result"),
						row.getLong("returned_unresolved"), row.getLong("in_progress"),
						row.getLong("overdue_in_progress"), late, row.getLong("returned_by_post"),
						row.getLong("withdrawn"), onTime);
			})
			.list();
	}

}
