package vn.luutru.search.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a search is asked of Elasticsearch.
 *
 * @param execution {@code two-requests} (the default): the page of results, the exact
 * total and the facets in one request, then the matching pages of the documents found;
 * {@code three-requests}: the results and the facets as two requests sent side by side,
 * then the pages (the design before, kept for the search benchmark's comparison). Both
 * give the same results, facets and page hits.
 */
@ConfigurationProperties("luutru.search")
public record SearchProperties(@DefaultValue("two-requests") Execution execution) {

	/** The defaults. */
	public static SearchProperties defaults() {
		return new SearchProperties(Execution.TWO_REQUESTS);
	}

	/** Which requests a search sends. */
	public enum Execution {

		/** Results with facets and total, then pages. */
		TWO_REQUESTS,

		/** Results and facets side by side, then pages. */
		THREE_REQUESTS

	}

}
