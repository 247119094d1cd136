package vn.luutru.search.users;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The roles of the department's staff and what each may do.
 */
public enum Role {

	/** Scanning staff: run and watch ingestion jobs. */
	SCANNING_STAFF("scanning-staff", "Nhân viên số hóa", "/jobs.html", EnumSet.of(Permission.RUN_JOBS)),

	/**
	 * Officers: search, attach and detach, see applicants' personal data, describe
	 * documents and arrange them in archival files (the department's archivists hold this
	 * role), correct OCR text, export.
	 */
	OFFICER("officer", "Cán bộ nghiệp vụ", "/",
			EnumSet.of(Permission.SEARCH, Permission.LINK_DOSSIERS, Permission.PERSONAL_DATA,
					Permission.DESCRIBE_RECORDS, Permission.CORRECT_TEXT, Permission.EXPORT)),

	/**
	 * Viewers: search and export what holds no personal data; applicants' ID numbers and
	 * phones are masked.
	 */
	VIEWER("viewer", "Người tra cứu", "/", EnumSet.of(Permission.SEARCH, Permission.EXPORT)),

	/**
	 * Administrators: users, imports, retention and appraisal, and everything the others
	 * may do.
	 */
	ADMINISTRATOR("administrator", "Quản trị viên", "/", EnumSet.allOf(Permission.class));

	private final String value;

	private final String label;

	private final String landing;

	private final Set<Permission> permissions;

	Role(String value, String label, String landing, Set<Permission> permissions) {
		this.value = value;
		this.label = label;
		this.landing = landing;
		this.permissions = permissions;
	}

	/** The stored and JSON form: {@code scanning-staff}, {@code officer}, … */
	@JsonValue
	public String value() {
		return this.value;
	}

	/** The Vietnamese name shown to people. */
	public String label() {
		return this.label;
	}

	/** The page this role starts on after login. */
	public String landing() {
		return this.landing;
	}

	public Set<Permission> permissions() {
		return this.permissions;
	}

	/**
	 * The role from its stored form (also accepts {@code SCANNING_STAFF} and the like).
	 * @throws IllegalArgumentException for anything else
	 */
	public static Role of(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		for (Role role : values()) {
			if (role.value.equals(wanted)) {
				return role;
			}
		}
		throw new IllegalArgumentException(
				"unknown role '" + text + "'; expected scanning-staff, officer, viewer or administrator");
	}

}
