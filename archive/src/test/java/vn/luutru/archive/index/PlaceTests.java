package vn.luutru.archive.index;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.luutru.archive.geo.LonLat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PlaceTests {

	@Test
	void wardsAndDistrictsByTheirLevel() {
		Place place = Place.of(Map.of(), List.of("Thành phố Cần Thơ", "Quận Ninh Kiều", "Phường An Khánh",
				"Phường Ninh Kiều", "Xã Mỹ Khánh", "Thị trấn Phong Điền", "Huyện Phong Điền"));

		assertThat(place.wards()).containsExactly("Phường An Khánh", "Phường Ninh Kiều", "Xã Mỹ Khánh",
				"Thị trấn Phong Điền");
		assertThat(place.districts()).containsExactly("Quận Ninh Kiều", "Huyện Phong Điền");
		assertThat(place.footprint()).isNull();
	}

	@Test
	void footprintFromTheRecordedCorners() {
		String corners = Place.footprintValue(List.of(new LonLat(105.75, 10.03), new LonLat(105.76, 10.031),
				new LonLat(105.761, 10.02), new LonLat(105.749, 10.021)));

		Footprint footprint = Place.of(Map.of(Place.EPSG, "5897", Place.FOOTPRINT, corners), List.of()).footprint();

		assertThat(footprint.epsg()).isEqualTo(5897);
		assertThat(List.of(footprint.minLon(), footprint.minLat(), footprint.maxLon(), footprint.maxLat()))
			.containsExactly(105.749, 10.02, 105.761, 10.031);
		assertThat(footprint.centre().lat()).isCloseTo(10.0255, within(1e-9));
		assertThat(footprint.centre().lon()).isCloseTo(105.755, within(1e-9));
		assertThat(footprint.shape().coordinates().getFirst().getLast()).isEqualTo(List.of(105.75, 10.03));
	}

	@Test
	void noPlaceWithoutUnitsOrFootprint() {
		assertThat(Place.of(Map.of(Place.GEOREFERENCE, "EPSG:2000"), List.of("Thành phố Cần Thơ"))).isNull();
		assertThat(Place.of(Map.of(Place.EPSG, "3405", Place.FOOTPRINT, "hỏng"), List.of())).isNull();
	}

	@Test
	void aCornerOffTheGlobeIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Footprint.of(3405, List.of(new LonLat(0, 0), new LonLat(200, 0), new LonLat(0, 1))));
	}

}
