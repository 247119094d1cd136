package vn.luutru.search.dossiers;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;

import vn.luutru.search.system.ProblemException;

/** A statistics period that ends before it starts. */
class InvalidPeriod extends ProblemException {

	InvalidPeriod(LocalDate from, LocalDate to) {
		super(HttpStatus.BAD_REQUEST, "invalid-period", "Invalid period",
				"The period starts (" + from + ") after it ends (" + to + ").");
	}

}
