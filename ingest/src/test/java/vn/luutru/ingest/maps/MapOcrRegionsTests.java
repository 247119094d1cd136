package vn.luutru.ingest.maps;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MapOcrRegionsTests {

	@Test
	void aSheetIsCutIntoOverlappingRegionsRowByRow() {
		MapRegions regions = MapRegions.of(9000, 7000, 1, 3000, 300);

		assertThat(regions.regions()).hasSize(12);
		assertThat(regions.rows()).isEqualTo(3);
		assertThat(regions.regions().subList(0, 4)).extracting(MapRegions.Region::x)
			.containsExactly(0, 2700, 5400, 8100);
		assertThat(regions.regions().subList(0, 4)).extracting(MapRegions.Region::width)
			.containsExactly(3000, 3000, 3000, 900);
		assertThat(regions.regions()).extracting(MapRegions.Region::y)
			.containsExactly(0, 0, 0, 0, 2700, 2700, 2700, 2700, 5400, 5400, 5400, 5400);
		assertThat(regions.regions().getLast().height()).isEqualTo(1600);
		assertThat(regions.largestDecodedPixels()).isEqualTo(9_000_000L);
	}

	@Test
	void eachOverlapIsSplitInTheMiddle() {
		List<MapRegions.Region> row = MapRegions.of(9000, 7000, 1, 3000, 300).regions().subList(0, 4);

		// Region 0 sees 0–3000 and region 1 sees 2700–5700: the overlap 2700–3000 is
		// split at 2850.
		assertThat(row).extracting(MapRegions.Region::ownX0).containsExactly(0, 2850, 5550, 8250);
		assertThat(row).extracting(MapRegions.Region::ownX1).containsExactly(2850, 5550, 8250, 9000);
	}

	@Test
	void everyPointOfTheSheetIsOwnedByExactlyOneRegion() {
		MapRegions regions = MapRegions.of(9001, 7003, 2, 1000, 100);
		for (int x = 0; x < 9001; x += 37) {
			for (int y = 0; y < 7003; y += 41) {
				int px = x;
				int py = y;
				assertThat(regions.regions().stream().filter((region) -> region.owns(px, py, px + 1, py + 1)))
					.as("owners of %d, %d", x, y)
					.hasSize(1);
			}
		}
	}

	@Test
	void aWordIsKeptByTheRegionThatOwnsItsCentre() {
		List<MapRegions.Region> row = MapRegions.of(9000, 7000, 1, 3000, 300).regions();
		// A word from 2760 to 2960: whole in both region 0 and region 1, centre 2860.
		assertThat(row.get(0).owns(2760, 100, 2960, 150)).isFalse();
		assertThat(row.get(1).owns(2760, 100, 2960, 150)).isTrue();
	}

	@Test
	void subsampledRegionsStartOnTheSubsamplingGridAndCoverTwiceTheImagePixels() {
		MapRegions regions = MapRegions.of(20000, 15000, 2, 3000, 300);

		assertThat(regions.regions()).allSatisfy((region) -> {
			assertThat(region.x() % 2).isZero();
			assertThat(region.y() % 2).isZero();
			assertThat(region.width()).isLessThanOrEqualTo(6000);
		});
		assertThat(regions.regions().get(1).x()).isEqualTo(5400);
		assertThat(regions.largestDecodedPixels()).isEqualTo(9_000_000L);
	}

	@Test
	void aSmallImageIsOneRegionOwningEverything() {
		MapRegions regions = MapRegions.of(2000, 1000, 1, 3000, 300);

		assertThat(regions.regions()).singleElement()
			.isEqualTo(new MapRegions.Region(0, 0, 0, 0, 2000, 1000, 0, 0, 2000, 1000));
	}

	@Test
	void anOverlapOfHalfTheRegionIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> MapRegions.of(9000, 7000, 1, 600, 300));
	}

}
