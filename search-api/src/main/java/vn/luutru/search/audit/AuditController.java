package vn.luutru.search.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit}, for administrators: the audit log, newest first, filtered by
 * user, action (or action family), subject and period. {@code from} and {@code to} take
 * an instant ({@code 2026-11-23T08:00:00Z}) or a date (a whole day in Vietnam's time).
 */
@RestController
class AuditController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/audit")
	List<AuditEntry> find(@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String subjectType,
			@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > 500) {
			throw new InvalidAuditQuery("page phải ≥ 0 và size từ 1 đến 500.");
		}
		return this.log.find(new AuditQuery(blankToNull(user), blankToNull(action), blankToNull(subjectType),
				blankToNull(subjectId), instant(from, false), instant(to, true), page, size));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static @Nullable Instant instant(@Nullable String text, boolean endOfDay) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(VIETNAM).toInstant();
			}
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidAuditQuery(
					"'" + text + "' không phải ngày (2026-11-23) hay thời điểm (2026-11-23T08:00:00Z).");
		}
	}

}
