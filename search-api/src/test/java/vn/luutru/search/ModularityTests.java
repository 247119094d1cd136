package vn.luutru.search;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import vn.luutru.archive.support.ArchitectureRules;

/**
 * The web application's boundaries: its features (documents, dossiers, iiif, users,
 * audit, …) as Spring Modulith sees them, with the rules Modulith does not state.
 */
class ModularityTests {

	private static final String ROOT = "vn.luutru.search";

	private static final ApplicationModules modules = ApplicationModules.of(LuutruApplication.class);

	private static final JavaClasses classes = ArchitectureRules.mainClasses(ROOT);

	// Issue 16: page pictures and thumbnails are rendered, and PDF page sizes read, from
	// the stored PDFs in the web server's JVM. Known and named until that work moves out;
	// nothing else in the web server may parse a scan.
	private static final DescribedPredicate<JavaClass> READS_PDFS_ISSUE_16 = classOrNested(
			ROOT + ".documents.PageImages")
		.or(classOrNested(ROOT + ".iiif.PdfPageSizes"));

	@Test
	void verifiesFeatures() {
		modules.verify();
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeDocumentation();
	}

	@Test
	void neverImportsTheWorker() {
		ArchitectureRules.mayNotDependOn(ROOT, "vn.luutru.ingest").check(classes);
	}

	/**
	 * Parsers of untrusted scans stay out of the process that answers searches: a codec's
	 * native crash or an OutOfMemoryError on one hostile file would take search down for
	 * everyone. Loading a PDF parses it, so all of PDFBox counts.
	 */
	@Test
	void parsesNoScans() {
		ArchitectureRules
			.mayNotDependOn(ROOT, READS_PDFS_ISSUE_16, "org.apache.tika", "net.sourceforge.tess4j", "org.apache.pdfbox")
			.check(classes);
	}

	@Test
	void everyPackageNullMarked() {
		ArchitectureRules.packagesNullMarked().check(classes);
	}

	private static DescribedPredicate<JavaClass> classOrNested(String name) {
		return DescribedPredicate.describe(name,
				(type) -> type.getName().equals(name) || type.getName().startsWith(name + "$"));
	}

}
