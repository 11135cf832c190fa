package org.dwdiary;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layer rules of docs/architecture.md: arrows point down only. Production classes only. */
@AnalyzeClasses(packages = "org.dwdiary", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String MAIN = "org.dwdiary.Main";

    @ArchTest
    static final ArchRule javaFxIsOnlyUsedInTheUi = noClasses()
            .that().resideOutsideOfPackage("org.dwdiary.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("only ui imports JavaFX, ControlsFX or AtlantaFX, not even javafx.beans elsewhere");

    @ArchTest
    static final ArchRule sqlIsOnlyUsedInTheStore = noClasses()
            .that().resideOutsideOfPackage("org.dwdiary.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("store is the only package that talks to the diary file");

    @ArchTest
    static final ArchRule onlyMainUsesTheUi = noClasses()
            .that().resideOutsideOfPackage("org.dwdiary.ui..")
            .and().doNotHaveFullyQualifiedName(MAIN)
            .should().dependOnClassesThat().resideInAPackage("org.dwdiary.ui..")
            .because("nothing imports ui; Main opens the window");

    @ArchTest
    static final ArchRule onlyMainUsesTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.dwdiary.cli..")
            .and().doNotHaveFullyQualifiedName(MAIN)
            .should().dependOnClassesThat().resideInAPackage("org.dwdiary.cli..")
            .because("nothing imports cli; Main hands arguments to it");

    @ArchTest
    static final ArchRule domainUsesNoOtherPartOfTheApp = noClasses()
            .that().resideInAPackage("org.dwdiary.domain..")
            .should().dependOnClassesThat(resideInAPackage("org.dwdiary..")
                    .and(not(resideInAPackage("org.dwdiary.domain.."))))
            .because("domain is plain Java: the rules, with no I/O");

    @ArchTest
    static final ArchRule layersOnlyPointDown = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Main").definedBy("org.dwdiary")
            .layer("UI").definedBy("org.dwdiary.ui..")
            .layer("CLI").definedBy("org.dwdiary.cli..")
            .layer("Report").definedBy("org.dwdiary.report..")
            .layer("Store").definedBy("org.dwdiary.store..")
            .layer("IO").definedBy("org.dwdiary.io..")
            .layer("Domain").definedBy("org.dwdiary.domain..")
            .whereLayer("Main").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Report").mayOnlyAccessLayers("Domain", "Store", "IO")
            .whereLayer("Store").mayOnlyAccessLayers("Domain")
            .whereLayer("IO").mayOnlyAccessLayers("Domain")
            .whereLayer("Domain").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices()
            .matching("org.dwdiary.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToTheConsole = noClasses()
            .that().resideOutsideOfPackage("org.dwdiary.cli..")
            .and().doNotHaveFullyQualifiedName(MAIN)
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("only cli and Main write to System.out or System.err; the GUI shows messages instead");
}
