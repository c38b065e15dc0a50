package dev.byline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the style guide, held by the build: features do not import each other
 * in circles, {@code common} imports no feature, entities never reach the wire, and resources
 * go through services.
 */
class PackageRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.byline");
    }

    @Test
    void shouldFailWhenFeaturePackagesFormACycle() {
        slices().matching("dev.byline.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldFailWhenCommonImportsAFeature() {
        noClasses().that().resideInAPackage("dev.byline.common..")
                .should().dependOnClassesThat(resideInAFeature())
                .check(classes);
    }

    /**
     * Hibernate cannot cache the plan of a native query typed by a result class (the implicit
     * builder has no equality): each run adds a plan cache entry under the same hash, and every
     * lookup of that SQL then walks them all. Type the columns with addScalar (or addEntity).
     */
    @Test
    void shouldFailWhenANativeQueryIsTypedByAResultClass() {
        noClasses().should().callMethod(EntityManager.class, "createNativeQuery", String.class, Class.class)
                .orShould().callMethod(Session.class, "createNativeQuery", String.class, Class.class)
                .check(classes);
    }

    @Test
    void shouldFailWhenAResourceTouchesARepository() {
        noClasses().that().areAnnotatedWith(Path.class).or().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAssignableTo(PanacheRepositoryBase.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void shouldFailWhenAResourceReturnsAnEntity() {
        ArchRule rule = methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .and().arePublic()
                .should(notReturnAnEntity());
        rule.check(classes);
    }

    @Test
    void shouldFailWhenAnEntityIsSerialised() {
        // Views, requests and payloads are what Jackson writes and reads: none may hold an entity.
        noFields().that().areDeclaredInClassesThat(areWireRecords())
                .should().haveRawType(annotatedWithEntity())
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> resideInAFeature() {
        return DescribedPredicate.describe("reside in a feature package", c -> c.getPackageName()
                .startsWith("dev.byline.") && !c.getPackageName().startsWith("dev.byline.common"));
    }

    private static DescribedPredicate<JavaClass> annotatedWithEntity() {
        return DescribedPredicate.describe("an @Entity", c -> c.isAnnotatedWith(Entity.class));
    }

    private static DescribedPredicate<JavaClass> areWireRecords() {
        return DescribedPredicate.describe("records that cross the wire (views, requests, patches, "
                + "payloads, pages)", c -> c.isRecord() && c.getPackageName().startsWith("dev.byline")
                && c.getSimpleName().matches(".*(View|Request|Patch|Payload|Page)"));
    }

    private static ArchCondition<JavaMethod> notReturnAnEntity() {
        return new ArchCondition<>("not return an @Entity") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean entity = method.getRawReturnType().isAnnotatedWith(Entity.class)
                        || method.getReturnType().getAllInvolvedRawTypes().stream()
                                .anyMatch(t -> t.isAnnotatedWith(Entity.class));
                if (entity) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns an entity"));
                }
            }
        };
    }
}
