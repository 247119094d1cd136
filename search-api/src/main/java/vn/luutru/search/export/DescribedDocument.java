package vn.luutru.search.export;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One document as an archival package describes and holds it. The descriptive fields are
 * named after Circular 02/2019/TT-BNV's document (văn bản) fields and filled from what
 * the catalogue and the index hold today; a field nothing was read for is null.
 *
 * @param id the document id (mã định danh)
 * @param numberAndSymbol số và ký hiệu, e.g. {@code 977/TB-STNMT}
 * @param date ngày tháng văn bản, as read from its date line (or only its year)
 * @param type tên loại (the kind read from its text: {@code quyet-dinh}, …)
 * @param subject trích yếu nội dung
 * @param issuer cơ quan ban hành: the symbol's issuing part ({@code STNMT})
 * @param pages số trang
 * @param language ngôn ngữ ({@code vi})
 * @param title the title the archive shows
 * @param fileName the original's file name
 * @param contentType the original's media type
 * @param sha256 the original's SHA-256
 * @param original the stored original
 * @param pdfa the PDF/A (searchable PDF or derivative), when one was made
 * @param pageTexts each page's text file, in page order (missing ones left out)
 * @param hocr each OCR'd page's hOCR file, in page order
 * @param personalData whether its pages hold personal data
 */
public record DescribedDocument(String id, @Nullable String numberAndSymbol, @Nullable String date,
		@Nullable String type, @Nullable String subject, @Nullable String issuer, int pages, String language,
		String title, String fileName, String contentType, String sha256, Path original, @Nullable Path pdfa,
		List<Path> pageTexts, List<Path> hocr, boolean personalData) {

	/**
	 * This document with the descriptive fields an archivist saved, which win over what
	 * was read from its text.
	 */
	public DescribedDocument describedAs(@Nullable String numberAndSymbol, @Nullable String date, String type,
			String subject, @Nullable String issuer, int pages, String language) {
		return new DescribedDocument(this.id, numberAndSymbol, date, type, subject, issuer, pages, language, this.title,
				this.fileName, this.contentType, this.sha256, this.original, this.pdfa, this.pageTexts, this.hocr,
				this.personalData);
	}

}
