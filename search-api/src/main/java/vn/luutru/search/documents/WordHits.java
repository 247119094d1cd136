package vn.luutru.search.documents;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.luutru.archive.catalog.DocumentId;

/**
 * Where a query's words stand in one document: the pages the archive's search within a
 * document finds, each with the OCR boxes of its matched words. For readers of word
 * positions outside this feature, such as the IIIF search service; the query is
 * understood exactly as the document page's own search understands it.
 */
@Service
public class WordHits {

	private final ArchiveSearch search;

	private final ArchiveDocuments documents;

	WordHits(ArchiveSearch search, ArchiveDocuments documents) {
		this.search = search;
		this.documents = documents;
	}

	/**
	 * The matching pages, best first.
	 * @throws IndexUnavailable when Elasticsearch cannot answer
	 */
	public List<PageHits> within(DocumentId id, String query) {
		return this.search.within(id.value(), query).stream().map((match) -> page(id, match, query)).toList();
	}

	private PageHits page(DocumentId id, SearchResults.PageMatch match, String query) {
		try {
			HitBoxes.Page boxes = this.documents.hitBoxes(id.value(), match.page(), query);
			return new PageHits(match.page(), boxes.width(), boxes.height(), boxes.boxes()
				.stream()
				.map((box) -> new Word(box.word(), box.x0(), box.y0(), box.x1() - box.x0(), box.y1() - box.y0()))
				.toList());
		}
		catch (NoWordBoxes ex) {
			// A page with a text layer matches without word boxes: the whole page is the
			// hit.
			return new PageHits(match.page(), 0, 0, List.of());
		}
	}

	/**
	 * A page that matches.
	 *
	 * @param page its number, from 1
	 * @param width the width in pixels of the image its word boxes are in, 0 when it has
	 * none
	 * @param height that image's height
	 * @param words the matched words, empty when the page has no word boxes
	 */
	public record PageHits(int page, int width, int height, List<Word> words) {
	}

	/**
	 * A matched word and its box, in pixels of the page's OCR image.
	 *
	 * @param text the word as OCR read it
	 * @param x left
	 * @param y top
	 * @param width box width
	 * @param height box height
	 */
	public record Word(String text, int x, int y, int width, int height) {
	}

}
