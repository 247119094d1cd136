package vn.luutru.bench;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import vn.luutru.archive.support.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The benchmarks measure the applications from outside: none of their classes lives in an
 * application's package, where it could reach code that is package-private there.
 */
class ModularityTests {

	// This module's own classes, wherever their packages say they belong.
	private static final JavaClasses bench = new ClassFileImporter().importPath(Path.of("target", "classes"));

	@Test
	void livesInItsOwnPackage() {
		classes().should().resideInAPackage("vn.luutru.bench..").check(bench);
	}

	@Test
	void everyPackageNullMarked() {
		ArchitectureRules.packagesNullMarked().check(bench);
	}

}
