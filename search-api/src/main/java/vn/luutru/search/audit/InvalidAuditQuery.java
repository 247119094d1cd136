package vn.luutru.search.audit;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/**
 * A page, size or date of an audit log search that is not one; the message says which.
 */
class InvalidAuditQuery extends ProblemException {

	InvalidAuditQuery(String message) {
		super(HttpStatus.BAD_REQUEST, "invalid-audit-query", "Tham số không hợp lệ", message);
	}

}
