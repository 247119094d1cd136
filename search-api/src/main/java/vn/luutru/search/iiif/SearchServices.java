package vn.luutru.search.iiif;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The search services a manifest names: IIIF Content Search 2.0, and the same search in
 * the 1.0 form, which Mirador 4 is the viewer that still only speaks it.
 */
final class SearchServices {

	static final String SEARCH_1_PROFILE = "http://iiif.io/api/search/1/search";

	private SearchServices() {
	}

	/**
	 * @param documentUrl {@code …/iiif/{id}}
	 */
	static List<Object> of(String documentUrl) {
		return List.of(new Search2(documentUrl + "/search", "SearchService2"),
				new Search1(documentUrl + "/search/1", "SearchService1", SEARCH_1_PROFILE));
	}

	/** A Content Search 2.0 service: {@code id?q=…} answers an {@code AnnotationPage}. */
	@JsonPropertyOrder({ "id", "type" })
	record Search2(String id, String type) {
	}

	/**
	 * A Content Search 1.0 service, written as Presentation 3 names services of older
	 * specifications ({@code @id}, {@code @type}, {@code profile}).
	 */
	@JsonPropertyOrder({ "@id", "@type", "profile" })
	record Search1(@JsonProperty("@id") String id, @JsonProperty("@type") String type, String profile) {
	}

}
