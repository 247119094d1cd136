package vn.luutru.ingest.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyllablesTests {

	// The start of a generated notice as Tesseract (vie+eng) read it upright, and as it
	// read the same page fed upside down.
	private static final String UPRIGHT = """
			UBND THÀNH PHO CAN THO CONG HOA XA HOI CHU NGHIA VIET NAM
			SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG ___ Độc lập - Tự do - Hạnh phúc
			Số: 977/TB-STNMT Cần Thơ, ngày 25 tháng 10 năm 2019
			THÔNG BÁO
			Kết quả thẩm định hồ sơ đề nghị thuê đất
			Kính gửi: CÔNG TY CỔ PHẦN ĐẦU TƯ XÂY DỰNG ĐÀ NẴNG
			""";

	private static final String UPSIDE_DOWN = """
			‘yep ọnự1 02 quịp
			1oÁnb '1ox u0ex oy] ued oqd qượu1 ưẹp UeYU ưeq Án YUL} USty NeIp np os 0H '£
			'uưộ† 28u1
			ony đt Nery YUIN ưệnb uep ượqu ưeq Án op te] uọ2 ueyd ‘yep nự Yor ustp
			Pu01'%S“T8 yep Hueq yur Huoyd rer6 ‘Huony fog yueY} ưẹo ep Yor} udiq 'z
			""";

	@Test
	void anUprightReadingIsNearlyAllSyllables() {
		Syllables judged = Syllables.in(UPRIGHT);

		// "977/TB-STNMT" has digits and is not judged; "UBND" is judged, and is no
		// syllable.
		assertThat(judged.words()).isEqualTo(55);
		assertThat(judged.share()).isGreaterThan(0.9);
	}

	@Test
	void anUpsideDownReadingIsMostlyNot() {
		assertThat(Syllables.in(UPSIDE_DOWN).share()).isLessThan(0.5);
	}

	@Test
	void numbersDatesAndCodesAreNotJudged() {
		Syllables figures = Syllables.in("125 12 (1.494,5) 15/03/2024. 977/TB-STNMT 0H 2O24");

		assertThat(figures.words()).isZero();
		assertThat(figures.share()).isZero();
		// Codes are no numbers, but neither are they judged as words.
		assertThat(figures.numbers()).isEqualTo(4);
		assertThat(figures.readable()).isEqualTo(4);
		assertThat(Syllables.in("")).isEqualTo(new Syllables(0, 0, 0));
	}

	@Test
	void wordsJoinedToPunctuationAreJudgedApart() {
		assertThat(Syllables.in("(đã) hoà,xã TB-STNMT")).isEqualTo(new Syllables(5, 3, 0));
	}

}
