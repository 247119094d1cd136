package vn.luutru.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code vietnamese_folding} token filter: removes Vietnamese tone and vowel marks,
 * maps đ to d, then folds any other Latin diacritics to ASCII.
 */
@NamedComponent(VietnameseFoldingTokenFilterFactory.NAME)
public class VietnameseFoldingTokenFilterFactory implements TokenFilterFactory {

	/**
	 * The filter name analyzers refer to; must match named_components.json in the plugin
	 * zip.
	 */
	static final String NAME = "vietnamese_folding";

	// Elasticsearch instantiates stable components through a public no-arg constructor.
	public VietnameseFoldingTokenFilterFactory() {
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new VietnameseFoldingFilter(tokenStream);
	}

	// Folding is per character, so it is also safe for multi-term queries (query_string
	// wildcards and prefixes): "Nguyê*" must reach the index as "nguye*" to match.
	@Override
	public TokenStream normalize(TokenStream tokenStream) {
		return new VietnameseFoldingFilter(tokenStream);
	}

}
