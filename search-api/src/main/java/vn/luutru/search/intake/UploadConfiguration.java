package vn.luutru.search.intake;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.luutru.archive.ServicesProperties;
import vn.luutru.archive.jobs.IngestRoots;

/** Uploads exist only on a web server: a command's context makes no upload folder. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(UploadProperties.class)
class UploadConfiguration {

	@Bean
	UploadBatches uploadBatches(UploadProperties properties, IngestRoots roots) {
		return new UploadBatches(properties, roots);
	}

	@Bean
	TusUploads tusUploads(ServicesProperties services, UploadProperties properties, UploadBatches batches) {
		return new TusUploads(services.dataDir().resolve("uploads"), properties, batches);
	}

}
