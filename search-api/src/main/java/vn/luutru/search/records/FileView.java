package vn.luutru.search.records;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An archival file with what is counted from its documents.
 *
 * @param file the file
 * @param documentCount its documents ("tổng số văn bản trong hồ sơ")
 * @param pageCount their pages ("số lượng trang")
 * @param reviewFrom the day it falls due for appraisal; null when kept permanently or
 * without an end date
 * @param documents its documents in order
 * @param decisions its appraisal decisions, newest first
 */
record FileView(ArchivalFile file, int documentCount, int pageCount, @Nullable LocalDate reviewFrom,
		List<ArchivalFiles.Member> documents, List<AppraisalDecision> decisions) {

	static FileView of(ArchivalFile file, List<ArchivalFiles.Member> documents, List<AppraisalDecision> decisions) {
		return new FileView(file, documents.size(), documents.stream().mapToInt(ArchivalFiles.Member::pageCount).sum(),
				file.reviewFrom(), documents, decisions);
	}

}
