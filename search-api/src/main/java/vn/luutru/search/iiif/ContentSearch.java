package vn.luutru.search.iiif;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.luutru.archive.catalog.DocumentId;
import vn.luutru.search.documents.WordHits;
import vn.luutru.search.iiif.Presentation.Canvas;

/**
 * IIIF Content Search inside one document: the archive's own search within a document
 * (folded, so with or without tone marks), its matched words' OCR boxes scaled to the
 * manifest's canvases. A page matched without word boxes (a text layer) is a hit on its
 * whole canvas.
 */
@Service
class ContentSearch {

	private final Manifests manifests;

	private final WordHits words;

	ContentSearch(Manifests manifests, WordHits words) {
		this.manifests = manifests;
		this.words = words;
	}

	/**
	 * The hits of a query, in page order and reading order.
	 * @param base the application's absolute URL
	 * @throws IiifNotFound when no document has this id
	 */
	List<Hit> hits(String id, String query, String base) {
		Map<String, Canvas> canvases = this.manifests.manifest(id, base)
			.items()
			.stream()
			.collect(Collectors.toMap(Canvas::id, Function.identity()));
		if (query.isBlank()) {
			return List.of();
		}
		DocumentId documentId = DocumentId.of(id);
		String documentUrl = base + "/iiif/" + documentId.value();
		List<Hit> hits = new ArrayList<>();
		List<WordHits.PageHits> pages = new ArrayList<>(this.words.within(documentId, query));
		pages.sort((a, b) -> Integer.compare(a.page(), b.page()));
		for (WordHits.PageHits page : pages) {
			Canvas canvas = canvases.get(documentUrl + "/canvas/" + page.page());
			if (canvas == null) {
				continue;
			}
			if (page.words().isEmpty() || page.width() <= 0 || page.height() <= 0) {
				hits.add(new Hit(canvas.id(), "", page.page(), hits.size()));
				continue;
			}
			double sx = (double) canvas.width() / page.width();
			double sy = (double) canvas.height() / page.height();
			for (WordHits.Word word : page.words()) {
				String box = Math.round(word.x() * sx) + "," + Math.round(word.y() * sy) + ","
						+ Math.max(1, Math.round(word.width() * sx)) + ","
						+ Math.max(1, Math.round(word.height() * sy));
				hits.add(new Hit(canvas.id() + "#xywh=" + box, word.text(), page.page(), hits.size()));
			}
		}
		return hits;
	}

	static String encoded(String query) {
		return URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	/**
	 * One highlighted word, or a whole page.
	 *
	 * @param target {@code {canvas}#xywh=x,y,w,h} in canvas coordinates, or the canvas
	 * @param text the word as OCR read it, empty for a whole page
	 * @param page the page number
	 * @param index its position among the answer's hits
	 */
	record Hit(String target, String text, int page, int index) {
	}

}
