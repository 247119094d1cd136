package vn.luutru.ingest.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLayersTests {

	@Test
	void aPageOfWordsIsRealText() {
		assertThat(TextLayers.isReal("Sở Tài nguyên và Môi trường thông báo kết quả", 20)).isTrue();
	}

	@Test
	void aPageNumberOrStampCaptionIsNot() {
		assertThat(TextLayers.isReal("  12  ", 20)).isFalse();
		assertThat(TextLayers.isReal("Trang 3 / 300", 20)).isFalse();
		assertThat(TextLayers.isReal("", 20)).isFalse();
	}

}
