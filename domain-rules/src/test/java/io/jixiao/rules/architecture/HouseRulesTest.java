package io.jixiao.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain rules stay plain Java: no framework, no database, no transport, so they are tested without starting
 * anything and could move anywhere. And their packages do not depend on each other in a circle.
 */
class HouseRulesTest {
    private final JavaClasses rules = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jixiao.rules");

    @Test
    void domainRulesImportNoFramework() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "jakarta..",
                        "javax.persistence..",
                        "org.hibernate..",
                        "io.smallrye..",
                        "org.eclipse.microprofile..",
                        "org.apache.kafka..",
                        "io.vertx..",
                        "com.fasterxml.jackson..",
                        "io.jixiao.platform..")
                .because("domain rules are plain Java (style guide): a framework belongs in the services")
                .check(rules);
    }

    @Test
    void domainRulePackagesHaveNoCycles() {
        slices().matching("io.jixiao.rules.(*)..").should().beFreeOfCycles().check(rules);
    }
}
