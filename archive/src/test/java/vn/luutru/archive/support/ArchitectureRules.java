package vn.luutru.archive.support;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.jspecify.annotations.NullMarked;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every module's {@code ModularityTests} checks its main code against, beside
 * what Spring Modulith verifies for the applications. {@code ArchitectureRulesTests}
 * shows each one failing on a fixture that breaks it.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/**
	 * A module's main classes below its root package, without its tests. The classes they
	 * use from libraries are known by name only: the rules need no more, and importing
	 * those from the class path took half a minute a module.
	 */
	public static JavaClasses mainClasses(String rootPackage) {
		return ArchConfiguration.withThreadLocalScope((configuration) -> {
			configuration.setResolveMissingDependenciesFromClassPath(false);
			return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages(rootPackage);
		});
	}

	/**
	 * No cycle between the features of a module: the packages right below its root, each
	 * with its sub-packages. The root package itself is not a feature: like an
	 * application's root package in Spring Modulith, it wires the features together.
	 */
	public static ArchRule featuresFreeOfCycles(String rootPackage) {
		return SlicesRuleDefinition.slices()
			.matching(rootPackage + ".(*)..")
			.namingSlices("$1")
			.should()
			.beFreeOfCycles()
			.because("a feature that needs another must not be needed by it (package by feature, one way down)");
	}

	/**
	 * Every package has a {@code package-info.java} annotated {@link NullMarked}: what is
	 * not marked {@code @Nullable} is never null, in every package.
	 */
	public static ArchRule packagesNullMarked() {
		return all(packages()).should(beNullMarked());
	}

	/**
	 * No class below {@code rootPackage} uses anything in (or below) the given packages.
	 */
	public static ArchRule mayNotDependOn(String rootPackage, String... packages) {
		return noClasses().that()
			.resideInAPackage(rootPackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(below(packages));
	}

	/**
	 * No class below {@code rootPackage} but the named exceptions uses anything in (or
	 * below) the given packages. Each exception is to say in a comment why it is one.
	 */
	public static ArchRule mayNotDependOn(String rootPackage, DescribedPredicate<? super JavaClass> exceptions,
			String... packages) {
		return noClasses().that()
			.resideInAPackage(rootPackage + "..")
			.and(DescribedPredicate.not(exceptions))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(below(packages));
	}

	private static String[] below(String... packages) {
		return Arrays.stream(packages).map((name) -> name + "..").toArray(String[]::new);
	}

	private static AbstractClassesTransformer<JavaPackage> packages() {
		return new AbstractClassesTransformer<>("packages") {

			@Override
			public Iterable<JavaPackage> doTransform(JavaClasses classes) {
				Set<JavaPackage> packages = classes.stream().map(JavaClass::getPackage).collect(Collectors.toSet());
				return packages;
			}

		};
	}

	private static ArchCondition<JavaPackage> beNullMarked() {
		return new ArchCondition<>("be @NullMarked in their package-info.java") {

			@Override
			public void check(JavaPackage javaPackage, ConditionEvents events) {
				if (!javaPackage.isAnnotatedWith(NullMarked.class)) {
					events.add(SimpleConditionEvent.violated(javaPackage,
							"Package " + javaPackage.getName() + " has no package-info.java with @NullMarked"));
				}
			}

		};
	}

}
