package vn.luutru.search.dossiers;

import java.time.LocalDate;

/** A statistics period that ends before it starts. */
class InvalidPeriod extends RuntimeException {

	InvalidPeriod(LocalDate from, LocalDate to) {
		super("The period starts (" + from + ") after it ends (" + to + ").");
	}

}
