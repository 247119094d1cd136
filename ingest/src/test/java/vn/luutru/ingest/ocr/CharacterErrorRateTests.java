package vn.luutru.ingest.ocr;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CharacterErrorRateTests {

	@Test
	void identicalTextUpToNormalFormAndSpacingHasNoErrors() {
		String nfd = Normalizer.normalize("Tài nguyên  và\nMôi trường", Normalizer.Form.NFD);
		assertThat(CharacterErrorRate.of("Tài nguyên và Môi trường", nfd)).isZero();
	}

	@Test
	void aWrongToneMarkIsOneErrorThatFoldingForgives() {
		assertThat(CharacterErrorRate.of("Tài", "Tái")).isCloseTo(1 / 3.0, within(1e-9));
		assertThat(CharacterErrorRate.folded("Tài", "Tái")).isZero();
	}

}
