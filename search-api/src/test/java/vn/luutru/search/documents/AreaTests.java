package vn.luutru.search.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AreaTests {

	@Test
	void aBoxIsWestSouthEastNorth() {
		Area area = Area.parse(" 105.74, 10.02,105.78 ,10.05");

		assertThat(area).isEqualTo(new Area(105.74, 10.02, 105.78, 10.05));
		assertThat(area.typed()).isEqualTo("105.74,10.02,105.78,10.05");
	}

	@Test
	void theParametersBecomeTheFiltersAnOfficerCouldType() {
		assertThat(Area.withFilters("tờ 12", "105.74,10.02,105.78,10.05", "An Khánh", " Ninh Kiều "))
			.isEqualTo("tờ 12 vung:105.74,10.02,105.78,10.05 phuong:\"An Khánh\" quan:\"Ninh Kiều\"");
		assertThat(Area.withFilters("tờ 12", null, "", null)).isEqualTo("tờ 12");
	}

	@Test
	void aBoxThatIsNotOneIsRefusedInVietnamese() {
		for (String bbox : new String[] { "105.74,10.02,105.78", "1,2,3,4,5", "x,10,106,11", "NaN,10,106,11",
				"106,10,105,11", "105,11,106,10", "-181,10,106,11", "105,10,106,90.5" }) {
			assertThatExceptionOfType(InvalidArea.class).as(bbox)
				.isThrownBy(() -> Area.parse(bbox))
				.withMessageContaining("bốn số");
		}
		assertThatExceptionOfType(InvalidSearch.class)
			.isThrownBy(() -> Area.withFilters("", null, "An \"Khánh\"", null));
	}

}
