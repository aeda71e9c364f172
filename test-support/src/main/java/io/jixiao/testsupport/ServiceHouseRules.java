package io.jixiao.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The house rules of a service (CONTRIBUTING.md), as tests: a service's {@code HouseRulesTest} extends this with its
 * base package. Each rule names what it protects, so a failure says why the rule exists, not only what broke it.
 */
public abstract class ServiceHouseRules {
    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String PANACHE_ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";
    private static final String EVENT_CONSUMER = "io.jixiao.platform.consumer.EventConsumer";

    private final String basePackage;
    private final JavaClasses classes;

    protected ServiceHouseRules(String basePackage) {
        this.basePackage = basePackage;
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    @Test
    void resourcesNeverTouchTheDatabase() {
        noClasses()
                .that()
                .areAnnotatedWith(PATH)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "io.agroal..")
                .orShould()
                .callMethodWhere(describe(
                        "a query of a Panache entity",
                        (JavaAccess<?> call) -> call.getTargetOwner().isAssignableTo(PANACHE_ENTITY)
                                && !call.getTarget().getName().startsWith("get")))
                .because("a resource is thin: the feature's service owns queries and transactions (CONTRIBUTING.md)")
                .check(classes);
    }

    @Test
    void nothingCallsAResource() {
        noClasses()
                .should()
                .dependOnClassesThat(describe("a resource", (JavaClass c) -> c.isAnnotatedWith(PATH)))
                .because("a resource is an entry point: shared work belongs in a service that resources (and consumers,"
                        + " and jobs) call, never in one resource reached by another class")
                .check(classes);
    }

    @Test
    void onlyConsumersKnowTheyAreConsumers() {
        noClasses()
                .that(describe("not an event consumer", (JavaClass c) -> !c.isAssignableTo(EVENT_CONSUMER)))
                .should()
                .dependOnClassesThat(describe(
                        "an event consumer", (JavaClass c) -> c.isAssignableTo(EVENT_CONSUMER) && !c.isInterface()))
                .because("a consumer is an entry point like a resource: it calls services, services never call it")
                .check(classes);
    }

    @Test
    void servicesNeverCallAnotherServiceOverHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackage(basePackage + ".webhook..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.net.http..", "jakarta.ws.rs.client..", "org.eclipse.microprofile.rest.client..")
                .because("services learn from each other's events and keep copies (docs/architecture.md); only"
                        + " webhooks speak HTTP outwards")
                .check(classes);
    }

    @Test
    void eachPathHasOneResource() {
        Map<String, List<String>> byPath = new TreeMap<>();
        classes.stream()
                .filter(c -> c.isAnnotatedWith(PATH))
                .forEach(c -> byPath.computeIfAbsent(
                                String.valueOf(c.getAnnotationOfType(PATH)
                                                .get("value")
                                                .orElse(""))
                                        .replaceAll("/+$", ""),
                                k -> new ArrayList<>())
                        .add(c.getSimpleName()));
        byPath.values().removeIf(owners -> owners.size() == 1);
        assertEquals(
                Map.of(),
                byPath,
                "several resources on one path: a"
                        + " reader looking for an endpoint should find it in the class whose @Path is the endpoint's (the"
                        + " longest match wins, so /api/v1/x/import can live beside /api/v1/x)");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void configurationIsTypedNotLoose() {
        noFields()
                .should()
                .beAnnotatedWith("org.eclipse.microprofile.config.inject.ConfigProperty")
                .because("a service's settings are one @ConfigMapping interface a reader finds in one place")
                .check(classes);
        noCodeUnits()
                .should(ArchCondition.from(describe(
                        "take a @ConfigProperty parameter",
                        (JavaCodeUnit u) -> u.getParameters().stream()
                                .anyMatch(p ->
                                        p.isAnnotatedWith("org.eclipse.microprofile.config.inject.ConfigProperty")))))
                .because("a service's settings are one @ConfigMapping interface a reader finds in one place")
                .check(classes);
    }

    @Test
    void entitiesAreNotTheApi() {
        noClasses()
                .that()
                .areAnnotatedWith(PATH)
                .should()
                .dependOnClassesThat(describe("a Panache entity", (JavaClass c) -> c.isAssignableTo(PANACHE_ENTITY)))
                .because("a resource speaks in views and inputs; an entity as the API ties the schema to the tables")
                .check(classes);
    }
}
