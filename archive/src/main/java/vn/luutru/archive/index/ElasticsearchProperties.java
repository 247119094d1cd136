package vn.luutru.archive.index;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the archive reaches Elasticsearch.
 *
 * @param mode {@code embedded} (default) starts a single loopback node under the data
 * directory; {@code external} connects to an existing Elasticsearch 9 cluster and starts
 * nothing
 * @param embedded settings of the embedded node
 * @param external settings of an existing cluster
 * @param index the archive index
 */
@ConfigurationProperties("luutru.elasticsearch")
public record ElasticsearchProperties(@DefaultValue("embedded") Mode mode, @DefaultValue Embedded embedded,
		@DefaultValue External external, @DefaultValue Index index) {

	/** Whether the archive runs its own node or uses a cluster. */
	public enum Mode {

		/** A single node started by the archive on loopback. */
		EMBEDDED,

		/** An existing cluster; nothing is started. */
		EXTERNAL

	}

	/**
	 * The embedded node.
	 *
	 * @param distribution the Elasticsearch 9.2.0 distribution zip (the Maven artifact
	 * {@code org.elasticsearch.distribution.integ-test-zip:elasticsearch:9.2.0:zip}); the
	 * launcher script fills this in
	 * @param httpPort HTTP port on 127.0.0.1 (default 9201, beside a developer's own
	 * 9200)
	 * @param transportPort transport port on 127.0.0.1 (default 9301)
	 * @param heap JVM heap of the node (default {@code 1g})
	 * @param javaHome the JDK the node runs on; default: the one running the archive
	 */
	public record Embedded(@Nullable Path distribution, @DefaultValue("9201") int httpPort,
			@DefaultValue("9301") int transportPort, @DefaultValue("1g") String heap, @Nullable Path javaHome) {
	}

	/**
	 * An existing cluster.
	 *
	 * @param uris node URLs, for example {@code https://es1.internal:9200}
	 * @param apiKey an API key (preferred), or empty
	 * @param username basic-auth user, or empty
	 * @param password basic-auth password, or empty
	 * @param caCertificate PEM file of the CA that signed the cluster's certificate, or
	 * empty to use the JVM's trust store
	 */
	public record External(@DefaultValue List<URI> uris, @Nullable String apiKey, @Nullable String username,
			@Nullable String password, @Nullable Path caCertificate) {
	}

	/**
	 * The archive index.
	 *
	 * @param alias the alias every reader and writer uses; the index behind it is
	 * versioned (default {@code luutru-archive})
	 * @param shards primary shards of a new index (default 1)
	 * @param replicas replicas of a new index (default 0; use 1 or more on a production
	 * cluster)
	 * @param contentLengthNormalisation how much a document's length lowers the score of
	 * the words found in its text, from 0 (not at all) to 1 (BM25's {@code b}; default
	 * 0.3, where Elasticsearch's own default is 0.75): a document entry holds every
	 * page's text, and at 0.75 a 120-page report came second to fourth behind one-page
	 * papers for seven of fifteen passages on one of its pages; set on a new index (a
	 * reindex)
	 */
	public record Index(@DefaultValue("luutru-archive") String alias, @DefaultValue("1") int shards,
			@DefaultValue("0") int replicas, @DefaultValue("0.3") double contentLengthNormalisation) {

		public Index {
			if (contentLengthNormalisation < 0 || contentLengthNormalisation > 1) {
				throw new IllegalArgumentException(
						"luutru.elasticsearch.index.content-length-normalisation must be between 0 and 1, not "
								+ contentLengthNormalisation);
			}
		}

	}

}
