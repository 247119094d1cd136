package vn.luutru.ingest.structure;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingsTests {

	@Test
	void aReportsChaptersAndNamedPartsAreTopSectionsWithTheirCapitalNumberedHeadings() {
		List<Section> sections = Headings.of(List.of(
				"BÁO CÁO\nĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG\nMỞ ĐẦU\nXuất xứ của dự án.",
				"CHƯƠNG I. TỔNG QUAN VỀ DỰ ÁN\n1.1. VỊ TRÍ ĐỊA LÝ\nDự án nằm ở phường Hòa Xuân.\n1.2 QUY MÔ DỰ ÁN",
				"CHƯƠNG I. TỔNG QUAN VỀ DỰ ÁN\nTiếp theo.\nChương 2. Điều kiện tự nhiên\n2.1. Hiện trạng tài nguyên nước",
				"KẾT LUẬN VÀ KIẾN NGHỊ\nDự án khả thi.", "PHỤ LỤC 1\nBản vẽ."));

		assertThat(sections).extracting(Section::label, Section::page)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MỞ ĐẦU", 1),
					org.assertj.core.groups.Tuple.tuple("CHƯƠNG I. TỔNG QUAN VỀ DỰ ÁN", 2),
					org.assertj.core.groups.Tuple.tuple("Chương 2. Điều kiện tự nhiên", 3),
					org.assertj.core.groups.Tuple.tuple("KẾT LUẬN VÀ KIẾN NGHỊ", 4),
					org.assertj.core.groups.Tuple.tuple("PHỤ LỤC 1", 5));
		assertThat(sections.get(1).sections()).extracting(Section::label)
			.containsExactly("1.1. VỊ TRÍ ĐỊA LÝ", "1.2 QUY MÔ DỰ ÁN");
		assertThat(sections.get(2).sections()).as("a heading not in capitals is not trusted").isEmpty();
	}

	@Test
	void aDecisionsArticlesAndNumberedSentencesAreNoStructure() {
		assertThat(Headings.of(List.of(
				"ỦY BAN NHÂN DÂN\nQUYẾT ĐỊNH\nVề việc cấp giấy phép\nĐiều 1. Cấp giấy phép khai thác nước.\n"
						+ "1. Giao Sở Tài nguyên và Môi trường kiểm tra.\n2. UBND HUYỆN HÒA VANG",
				"Chương trình quan trắc môi trường định kỳ.\nPhần lớn diện tích là đất nông nghiệp.")))
			.isEmpty();
	}

	@Test
	void oneHeadingAloneIsNoStructure() {
		assertThat(Headings.of(List.of("CHƯƠNG 1. TỔNG QUAN\nNội dung.", "Nội dung tiếp."))).isEmpty();
	}

	@Test
	void numberedCapitalsWithoutAnyChapterAreNoStructure() {
		assertThat(Headings.of(List.of("1. CĂN CỨ PHÁP LÝ\nLuật Đất đai.", "2. NỘI DUNG KIỂM TRA\nKiểm tra.")))
			.isEmpty();
	}

}
