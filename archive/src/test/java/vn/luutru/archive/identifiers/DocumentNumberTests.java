package vn.luutru.archive.identifiers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuing body read from a number's symbol, the one rule descriptions and exports
 * use.
 */
class DocumentNumberTests {

	@Test
	void theIssuerFollowsTheTypeOrLeadsALettersSymbol() {
		assertThat(DocumentNumber.of("977/TB-STNMT").issuer()).isEqualTo("STNMT");
		assertThat(DocumentNumber.of("12/2024/QĐ-UBND").issuer()).isEqualTo("UBND");
		assertThat(DocumentNumber.of("43/2014/NĐ-CP").issuer()).isEqualTo("CP");
		// A letter names the body, then its drafting unit.
		assertThat(DocumentNumber.of("1234/STNMT-VP").issuer()).isEqualTo("STNMT");
		assertThat(DocumentNumber.of("45/UBND").issuer()).isEqualTo("UBND");
	}

}
