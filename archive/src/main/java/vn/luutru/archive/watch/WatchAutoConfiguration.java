package vn.luutru.archive.watch;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.luutru.archive.jobs.IngestRequests;
import vn.luutru.archive.jobs.IngestRoots;
import vn.luutru.archive.jobs.JobsAutoConfiguration;

/**
 * The watched folders, for the web server that registers them and the workers that watch
 * them (a worker starts the watcher).
 */
@AutoConfiguration(after = JobsAutoConfiguration.class)
@EnableConfigurationProperties(WatchProperties.class)
public class WatchAutoConfiguration {

	@Bean
	WatchedFolders watchedFolders(JdbcClient jdbc, IngestRoots roots) {
		return new WatchedFolders(jdbc, roots);
	}

	@Bean
	FolderWatcher folderWatcher(WatchedFolders folders, IngestRequests requests, WatchProperties properties,
			JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		return new FolderWatcher(folders, requests, properties, jdbc, transactionManager, Clock.systemUTC());
	}

}
