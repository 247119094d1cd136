package vn.luutru.ingest;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import vn.luutru.archive.support.ArchitectureRules;

/**
 * The ingestion worker's boundaries: its features (intake, extraction, OCR, indexing, …)
 * as Spring Modulith sees them, with the rules Modulith does not state.
 */
class ModularityTests {

	private static final String ROOT = "vn.luutru.ingest";

	private static final ApplicationModules modules = ApplicationModules.of(ROOT);

	private static final JavaClasses classes = ArchitectureRules.mainClasses(ROOT);

	@Test
	void verifiesFeatures() {
		modules.verify();
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeDocumentation();
	}

	@Test
	void neverImportsTheWebApplication() {
		ArchitectureRules.mayNotDependOn(ROOT, "vn.luutru.search").check(classes);
	}

	@Test
	void everyPackageNullMarked() {
		ArchitectureRules.packagesNullMarked().check(classes);
	}

}
