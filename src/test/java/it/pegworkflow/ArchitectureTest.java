package it.pegworkflow;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way, and the domain knows no framework. */
@AnalyzeClasses(packages = "it.pegworkflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("web").definedBy("..web..")
      .layer("platform").definedBy("..platform..")
      .layer("demo").definedBy("..demo..")
      .layer("monitoring").definedBy("..monitoring..")
      .layer("process").definedBy("..process..")
      .layer("store").definedBy("..store..")
      .layer("sheet").definedBy("..sheet..")
      .layer("scoring").definedBy("..scoring..")
      .layer("people").definedBy("..people..")
      .layer("objective").definedBy("..objective..")
      .layer("italian").definedBy("..italian..")
      .whereLayer("web").mayNotBeAccessedByAnyLayer()
      .whereLayer("demo").mayNotBeAccessedByAnyLayer()
      .whereLayer("monitoring").mayOnlyBeAccessedByLayers("web")
      .whereLayer("process").mayOnlyBeAccessedByLayers("web", "demo")
      .whereLayer("store").mayOnlyBeAccessedByLayers("process", "web")
      .whereLayer("sheet").mayOnlyBeAccessedByLayers("process", "web")
      .whereLayer("scoring").mayOnlyBeAccessedByLayers("process")
      .whereLayer("people").mayOnlyBeAccessedByLayers("process", "store")
      .whereLayer("platform").mayOnlyBeAccessedByLayers("process", "web", "demo");

  /** The one reader and writer of Italian values: used by everyone, it depends on nothing but the JDK. */
  @ArchTest
  static final ArchRule italianNeedsOnlyTheJdk = classes()
      .that().resideInAPackage("..italian..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("it.pegworkflow.italian..", "java..");

  @ArchTest
  static final ArchRule plainDomain = noClasses()
      .that().resideInAnyPackage("..objective..", "..sheet..", "..scoring..", "..people..")
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..");

  /** The monitoring reads our tables and writes files: the engine's authorizations are applied in process. */
  @ArchTest
  static final ArchRule monitoringKnowsNoEngine = noClasses()
      .that().resideInAPackage("..monitoring..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "jakarta..");

  @ArchTest
  static final ArchRule onlyProcessTalksToTheEngine = noClasses()
      .that().resideInAnyPackage("..store..", "..web..", "..demo..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.delegate..", "org.camunda.bpm.engine.runtime..");
}
