package vn.luutru.search.corrections;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.luutru.archive.corrections.CorrectedLines;
import vn.luutru.archive.corrections.CorrectionVersion;
import vn.luutru.archive.hocr.Box;
import vn.luutru.archive.hocr.HocrLine;
import vn.luutru.search.corrections.CorrectionProblems.CorrectionRefused;

/**
 * Checks an officer's corrected lines against the page's lines as stored and says which
 * changed: every line must name a line of the page by its box, exactly as the page's
 * lines gave it (a page re-read meanwhile has new boxes: the form is reloaded), and hold
 * some printable text of a sensible length.
 */
final class CorrectionCheck {

	/** More lines than any page holds: a request beyond it is not a page's correction. */
	static final int MAX_LINES = 2000;

	/** Longer than any line of a scanned page, even an A0 map's. */
	static final int MAX_LINE_LENGTH = 2000;

	private CorrectionCheck() {
	}

	/**
	 * The lines that change, with their text before and after.
	 * @throws CorrectionRefused when a line cannot be saved, saying which and why
	 */
	static List<CorrectionVersion.Line> changes(CorrectionRequest request, List<HocrLine> page) {
		List<CorrectionRequest.Line> lines = (request.lines() != null) ? request.lines() : List.of();
		if (lines.isEmpty()) {
			throw new CorrectionRefused("Chưa có dòng nào được sửa.");
		}
		if (lines.size() > MAX_LINES) {
			throw new CorrectionRefused("Quá nhiều dòng: tối đa " + MAX_LINES + " dòng mỗi lần lưu.");
		}
		Map<Box, HocrLine> byBox = page.stream()
			.filter((line) -> line.box() != null)
			.collect(Collectors.toMap(HocrLine::box, Function.identity(), (a, b) -> a));
		Set<Box> seen = new HashSet<>();
		List<CorrectionVersion.Line> changes = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			CorrectionRequest.Line line = lines.get(i);
			int n = i + 1;
			Box box = line.box();
			if (box == null || line.text() == null) {
				throw new CorrectionRefused("Dòng thứ " + n + " thiếu vị trí (box) hoặc nội dung (text).");
			}
			HocrLine stored = byBox.get(box);
			if (stored == null) {
				throw new CorrectionRefused(
						"Dòng thứ " + n + " không khớp với dòng nào của trang: trang có thể vừa được "
								+ "nhận dạng lại, hãy tải lại trang rồi sửa.");
			}
			if (!seen.add(box)) {
				throw new CorrectionRefused("Dòng thứ " + n + " được gửi hai lần.");
			}
			String text = text(line.text(), n);
			String before = CorrectedLines.text(stored);
			if (!text.equals(before)) {
				changes.add(new CorrectionVersion.Line(box, before, text));
			}
		}
		if (changes.isEmpty()) {
			throw new CorrectionRefused("Không có dòng nào thay đổi so với nội dung hiện tại.");
		}
		return changes;
	}

	/** The text NFC, its spaces collapsed; refused when empty, too long or not text. */
	static String text(String sent, int n) {
		String text = Normalizer.normalize(sent, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			throw new CorrectionRefused("Dòng thứ " + n + " để trống: mỗi dòng phải còn ít nhất một chữ.");
		}
		if (text.length() > MAX_LINE_LENGTH) {
			throw new CorrectionRefused("Dòng thứ " + n + " dài quá " + MAX_LINE_LENGTH + " ký tự.");
		}
		if (text.codePoints()
			.anyMatch((c) -> Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED)) {
			throw new CorrectionRefused("Dòng thứ " + n + " chứa ký tự điều khiển hoặc không hợp lệ.");
		}
		return text;
	}

}
