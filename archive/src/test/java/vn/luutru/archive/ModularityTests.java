package vn.luutru.archive;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import vn.luutru.archive.support.ArchitectureRules;

/**
 * The archive core's boundaries: its packages need each other one way only, and it serves
 * both applications without knowing either.
 */
class ModularityTests {

	private static final JavaClasses classes = ArchitectureRules.mainClasses("vn.luutru.archive");

	@Test
	void packagesFreeOfCycles() {
		ArchitectureRules.featuresFreeOfCycles("vn.luutru.archive").check(classes);
	}

	@Test
	void knowsNeitherApplication() {
		ArchitectureRules.mayNotDependOn("vn.luutru.archive", "vn.luutru.ingest", "vn.luutru.search").check(classes);
	}

	@Test
	void everyPackageNullMarked() {
		ArchitectureRules.packagesNullMarked().check(classes);
	}

}
