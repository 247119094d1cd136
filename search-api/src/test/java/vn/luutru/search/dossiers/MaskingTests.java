package vn.luutru.search.dossiers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void idNumbersAndPhonesKeepOnlyTheirLastThreeCharacters() {
		Dossier.Applicant applicant = new Dossier.Applicant("Nguyễn Văn An", "079088001122", "12 Lê Lợi", "0905111222");

		Dossier.Applicant masked = applicant.masked();

		assertThat(masked.idNumber()).isEqualTo("•••••••••122");
		assertThat(masked.phone()).isEqualTo("•••••••222");
		assertThat(masked.name()).isEqualTo("Nguyễn Văn An");
		assertThat(masked.address()).isEqualTo("12 Lê Lợi");
	}

	@Test
	void shortOrMissingValuesGiveNothingAway() {
		Dossier.Applicant masked = new Dossier.Applicant(null, "12345", null, null).masked();

		assertThat(masked.idNumber()).isEqualTo("••••5");
		assertThat(masked.phone()).isNull();
		assertThat(new Dossier.Applicant(null, "12", null, "").masked().idNumber()).isEqualTo("••");
	}

}
