package vn.luutru.ingest.structure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The outline (bookmarks) of a PDF as sections. Bookmarks whose destination is no page of
 * the document (a web link, a named destination gone) are left out with their children
 * kept; a loop in a forged outline is read once.
 */
final class Outlines {

	/** Enough for any real outline; a forged one stops here. */
	private static final int MAX_SECTIONS = 2000;

	private static final int MAX_DEPTH = 8;

	private Outlines() {
	}

	/** The PDF's outline, empty when it has none. */
	static List<Section> of(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			if (document.getDocumentCatalog().getDocumentOutline() == null) {
				return List.of();
			}
			return sections(document, document.getDocumentCatalog().getDocumentOutline(), 0, new HashSet<>());
		}
	}

	private static List<Section> sections(PDDocument document, PDOutlineNode node, int depth, Set<Object> seen)
			throws IOException {
		List<Section> sections = new ArrayList<>();
		if (depth >= MAX_DEPTH) {
			return sections;
		}
		for (PDOutlineItem item = node.getFirstChild(); item != null
				&& seen.size() < MAX_SECTIONS; item = item.getNextSibling()) {
			if (!seen.add(item.getCOSObject())) {
				break;
			}
			List<Section> children = sections(document, item, depth + 1, seen);
			PDPage page = item.findDestinationPage(document);
			int index = (page != null) ? document.getPages().indexOf(page) : -1;
			String title = (item.getTitle() != null) ? item.getTitle().strip() : "";
			if (index >= 0 && !title.isEmpty()) {
				sections.add(new Section(title, index + 1, children));
			}
			else {
				sections.addAll(children);
			}
		}
		return sections;
	}

}
