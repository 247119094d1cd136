package vn.luutru.archive.identifiers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled gazetteer draws an overview: every unit has a level, bounds and a parent.
 */
class GazetteerTests {

	@Test
	void everyUnitHasItsLevelBoundsAndTheUnitItLiesIn() {
		var areas = Gazetteer.bundled().areas();

		assertThat(areas).extracting(Gazetteer.Area::level).containsOnly("ward", "district", "province");
		assertThat(areas).allSatisfy((area) -> {
			assertThat(area.bounds()).hasSize(4);
			assertThat(area.bounds().get(0)).isLessThan(area.bounds().get(2));
			assertThat(area.bounds().get(1)).isLessThan(area.bounds().get(3));
			if (!area.level().equals("province")) {
				assertThat(areas).extracting(Gazetteer.Area::name).contains(area.within());
			}
		});
		assertThat(areas).filteredOn((area) -> area.name().equals("Phường An Khánh"))
			.singleElement()
			.satisfies((area) -> {
				assertThat(area.level()).isEqualTo("ward");
				assertThat(area.within()).isEqualTo("Quận Ninh Kiều");
				assertThat(area.successor()).isEqualTo("Phường Ninh Kiều");
			});
	}

}
