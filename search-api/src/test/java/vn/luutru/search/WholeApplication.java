package vn.luutru.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.luutru.archive.catalog.Documents;
import vn.luutru.archive.index.ArchiveIndex;
import vn.luutru.archive.support.TestStores;
import vn.luutru.search.users.UserService;

/**
 * The whole application against this module's embedded stores, called through MockMvc:
 * the start-up of the API tests that need the real PostgreSQL and Elasticsearch. A test
 * class that extends it imports {@link SignedIn} to call as an administrator, or makes
 * its accounts with {@link TestAccounts}; those alike share one application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WholeApplication {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected UserService users;

	@Autowired
	protected Documents catalogue;

	@Autowired
	protected ElasticsearchClient client;

	@Autowired
	protected ArchiveIndex index;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		TestStores.register(registry, "search-api");
	}

}
