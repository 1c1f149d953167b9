package fr.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "fr.vigie", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule onlyTheStoreTalksSql = noClasses()
            .that()
            .resideOutsideOfPackage("fr.vigie.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.duckdb..")
            .because("SQL and the DuckDB driver stay behind the store, so the storage can change in one place");

    @ArchTest
    static final ArchRule featuresNeverReachIntoTheCommandLine = noClasses()
            .that()
            .resideOutsideOfPackages("fr.vigie.cli..", "fr.vigie")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("fr.vigie.cli..", "picocli..")
            .because("commands are thin adapters over services; services must serve the web and tests too");

    @ArchTest
    static final ArchRule featuresNeverReachIntoTheWeb = noClasses()
            .that()
            .resideOutsideOfPackages("fr.vigie.web..", "fr.vigie.cli..", "fr.vigie")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("fr.vigie.web..")
            .because(
                    "web routes present what services compute and hold no business logic; only the CLI starts the site");

    @ArchTest
    static final ArchRule platformsStayIndependent = slices().matching("fr.vigie.collect.(*)..")
            .should()
            .notDependOnEachOther()
            .allowEmptyShould(true)
            .because("a platform connector must be changeable without touching another platform");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("fr.vigie.(*)..")
            .should()
            .beFreeOfCycles()
            .because("features build on one another in one direction: store below, cli on top");

    @ArchTest
    static final ArchRule namesExplainThemselves = noClasses()
            .should()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Impl")
            .because("a class is named after what it is in the product, not after its role in the code");
}
