package vn.luutru.search.iiif;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.luutru.search.iiif.ContentSearch.Hit;

/**
 * The JSON of a search inside a document: an {@code AnnotationPage} of
 * {@code highlighting} annotations (Content Search 2.0), or an {@code sc:AnnotationList}
 * with {@code hits} (Content Search 1.0, for Mirador 4).
 */
final class SearchAnswers {

	static final String SEARCH_2_CONTEXT = "http://iiif.io/api/search/2/context.json";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private SearchAnswers() {
	}

	/**
	 * @param self the request's URL, query included
	 */
	static ObjectNode version2(List<Hit> hits, String self, String annotations) {
		ObjectNode page = NODES.objectNode()
			.put("@context", SEARCH_2_CONTEXT)
			.put("id", self)
			.put("type", "AnnotationPage");
		ArrayNode items = page.putArray("items");
		for (Hit hit : hits) {
			ObjectNode annotation = items.addObject()
				.put("id", annotations + "/" + hit.index())
				.put("type", "Annotation")
				.put("motivation", "highlighting");
			if (!hit.text().isEmpty()) {
				annotation.putObject("body")
					.put("type", "TextualBody")
					.put("value", hit.text())
					.put("format", "text/plain")
					.put("language", "vi");
			}
			annotation.put("target", hit.target());
		}
		return page;
	}

	/**
	 * @param self the request's URL, query included
	 */
	static ObjectNode version1(List<Hit> hits, String self, String annotations) {
		ObjectNode list = NODES.objectNode();
		list.putArray("@context")
			.add("http://iiif.io/api/presentation/2/context.json")
			.add("http://iiif.io/api/search/1/context.json");
		list.put("@id", self).put("@type", "sc:AnnotationList");
		list.putObject("within").put("@type", "sc:Layer").put("total", hits.size());
		ArrayNode resources = list.putArray("resources");
		ArrayNode found = list.putArray("hits");
		for (Hit hit : hits) {
			String id = annotations + "/" + hit.index();
			ObjectNode resource = resources.addObject()
				.put("@id", id)
				.put("@type", "oa:Annotation")
				.put("motivation", "sc:painting");
			resource.putObject("resource").put("@type", "cnt:ContentAsText").put("chars", hit.text());
			resource.put("on", hit.target());
			ObjectNode entry = found.addObject().put("@type", "search:Hit");
			entry.putArray("annotations").add(id);
			// Mirador shows before, match and after side by side; the words around a box
			// are
			// not kept apart from the page text, so the match stands alone.
			entry.put("match", hit.text().isEmpty() ? "Trang " + hit.page() : hit.text())
				.put("before", "")
				.put("after", "");
		}
		return list;
	}

}
