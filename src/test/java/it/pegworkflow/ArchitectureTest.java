package it.pegworkflow;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of docs/architecture.md, exactly: dependencies point one way; the domain, the sheet, the
 * scores, the people's ids, our tables and the read model know no engine; the engine's internals,
 * logging tricks and servlet re-registrations live in {@code platform} only.
 */
@AnalyzeClasses(packages = "it.pegworkflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("web").definedBy("..web..")
      .layer("demo").definedBy("..demo..")
      .layer("monitoring").definedBy("..monitoring..")
      .layer("mailing").definedBy("..mailing..")
      .layer("varying").definedBy("..varying..")
      .layer("campaigning").definedBy("..campaigning..")
      .layer("importing").definedBy("..importing..")
      .layer("access").definedBy("..access..")
      .layer("process").definedBy("..process..")
      .layer("platform").definedBy("..platform..")
      .layer("directory").definedBy("..directory..")
      .layer("store").definedBy("..store..")
      .layer("sheet").definedBy("..sheet..")
      .layer("scoring").definedBy("..scoring..")
      .layer("people").definedBy("..people..")
      .layer("mail").definedBy("..mail..")
      .layer("variation").definedBy("..variation..")
      .layer("campaign").definedBy("..campaign..")
      .layer("objective").definedBy("..objective..")
      .layer("italian").definedBy("..italian..")
      .whereLayer("web").mayNotBeAccessedByAnyLayer()
      .whereLayer("demo").mayNotBeAccessedByAnyLayer()
      .whereLayer("monitoring").mayOnlyBeAccessedByLayers("web")
      .whereLayer("mailing").mayOnlyBeAccessedByLayers("web")
      .whereLayer("varying").mayOnlyBeAccessedByLayers("web", "demo")
      .whereLayer("campaigning").mayOnlyBeAccessedByLayers("web", "demo")
      .whereLayer("importing").mayOnlyBeAccessedByLayers("web", "demo", "varying")
      .whereLayer("access").mayOnlyBeAccessedByLayers("campaigning", "web", "demo", "importing", "varying")
      .whereLayer("process").mayOnlyBeAccessedByLayers("campaigning", "web", "demo", "importing", "varying", "access", "mailing")
      .whereLayer("platform").mayOnlyBeAccessedByLayers("campaigning", "web", "demo", "importing", "varying", "access", "process", "mailing")
      .whereLayer("directory").mayOnlyBeAccessedByLayers("importing", "varying", "access", "platform")
      .whereLayer("store").mayOnlyBeAccessedByLayers("campaigning", "process", "importing", "varying", "mailing")
      .whereLayer("sheet").mayOnlyBeAccessedByLayers("process", "importing", "varying", "web")
      .whereLayer("scoring").mayOnlyBeAccessedByLayers("process")
      .whereLayer("people").mayOnlyBeAccessedByLayers("importing", "varying", "store")
      .whereLayer("mail").mayOnlyBeAccessedByLayers("web", "mailing", "store")
      .whereLayer("variation").mayOnlyBeAccessedByLayers("web", "varying", "process", "store", "monitoring")
      .whereLayer("campaign").mayOnlyBeAccessedByLayers("web", "campaigning", "store", "monitoring");

  /** The one reader and writer of Italian values: used by everyone, it depends on nothing but the JDK. */
  @ArchTest
  static final ArchRule italianNeedsOnlyTheJdk = classes()
      .that().resideInAPackage("..italian..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("it.pegworkflow.italian..", "java..");

  /** Plain Java: the objective, the sheet reader, the scores, the rule for ids and the e-mails' words. */
  @ArchTest
  static final ArchRule plainDomain = noClasses()
      .that().resideInAnyPackage("..objective..", "..sheet..", "..scoring..", "..people..", "it.pegworkflow.mail",
          "it.pegworkflow.variation", "it.pegworkflow.campaign")
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..");

  /** Our tables and the read model are SQL: what the engine allows is decided before they are asked. */
  @ArchTest
  static final ArchRule tablesKnowNoEngine = noClasses()
      .that().resideInAnyPackage("..store..", "..monitoring..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "jakarta..");

  /** The municipality's directory is LDAP: it knows no engine, the engine's identity provider asks it. */
  @ArchTest
  static final ArchRule directoryKnowsNoEngine = noClasses()
      .that().resideInAPackage("..directory..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "jakarta..");

  /** LDAP is spoken in one package: a change of directory library has one place to look. */
  @ArchTest
  static final ArchRule ldapInOnePackage = noClasses()
      .that().resideOutsideOfPackage("..directory..")
      .should().dependOnClassesThat().resideInAnyPackage("com.unboundid..");

  /** An upgrade of Camunda (or the move to Operaton) has one package to look at. */
  @ArchTest
  static final ArchRule engineInternalsInOneRoom = noClasses()
      .that().resideOutsideOfPackage("..platform..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda..impl..", "ch.qos.logback..", "org.glassfish..");

  /** H2's internals (the file compaction of platform.H2FileCompaction) are the platform's too. */
  @ArchTest
  static final ArchRule databaseInternalsInOneRoom = noClasses()
      .that().resideOutsideOfPackage("..platform..")
      .should().dependOnClassesThat().resideInAnyPackage("org.h2..");

  /**
   * Our tables follow the engine through one projection (docs/process.md): no listener, delegate or
   * controller writes an objective's progress beside it.
   */
  @ArchTest
  static final ArchRule oneProjection = noClasses()
      .that().doNotHaveFullyQualifiedName("it.pegworkflow.process.ObjectiveProjection")
      .and().resideOutsideOfPackage("..store..")
      .should().dependOnClassesThat().haveFullyQualifiedName("it.pegworkflow.store.ProgressStore");
}
