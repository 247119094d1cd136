package vn.luutru.archive.support;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rules catch what they are written for: each runs on the fixture
 * package, which breaks every one of them on purpose, and must name the break.
 */
class ArchitectureRulesTests {

	private static final String FIXTURE = "vn.luutru.archive.support.fixture";

	// Imported without the test-class filter the modules use: the fixture is test code.
	private static final JavaClasses classes = new ClassFileImporter().importPackages(FIXTURE);

	@Test
	void reportsACycleBetweenFeatures() {
		EvaluationResult result = ArchitectureRules.featuresFreeOfCycles(FIXTURE).evaluate(classes);

		assertThat(result.getFailureReport().toString().replaceAll("\\s+", " "))
			.contains("Cycle detected: documents -> dossiers -> documents");
	}

	@Test
	void reportsAPackageWithoutNullMarked() {
		EvaluationResult result = ArchitectureRules.packagesNullMarked().evaluate(classes);

		assertThat(result.getFailureReport().getDetails()).singleElement()
			.asString()
			.contains(FIXTURE + ".documents")
			.contains("@NullMarked");
	}

	@Test
	void reportsADependencyOnAForbiddenPackage() {
		EvaluationResult result = ArchitectureRules.mayNotDependOn(FIXTURE + ".documents", FIXTURE + ".dossiers")
			.evaluate(classes);

		assertThat(result.getFailureReport().getDetails()).isNotEmpty()
			.anySatisfy((detail) -> assertThat(detail).contains("documents.Document.").contains("Dossier"))
			.anySatisfy((detail) -> assertThat(detail).contains("documents.Page.").contains("Dossier"));
	}

	@Test
	void letsANamedExceptionThroughAndNothingElse() {
		DescribedPredicate<JavaClass> document = JavaClass.Predicates.simpleName("Document");

		EvaluationResult result = ArchitectureRules
			.mayNotDependOn(FIXTURE + ".documents", document, FIXTURE + ".dossiers")
			.evaluate(classes);

		assertThat(result.getFailureReport().getDetails()).isNotEmpty()
			.allSatisfy(
					(detail) -> assertThat(detail).contains("documents.Page.").doesNotContain("documents.Document."));
	}

}
