package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.PROCESS_KEY;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Running objectives keep the model they started with; one started before the model could follow a
 * variation (no <i>Fase soppressa</i>, indicators counted instead of the ones in force) is brought onto
 * the latest model when a variation needs it: Camunda's migration, every activity mapped to the one of
 * the same id, the new events (<i>Fase soppressa</i>) created in the phases already running.
 */
@Component
class LatestModel {

  private final RuntimeService runtime;
  private final RepositoryService repository;

  LatestModel(RuntimeService runtime, RepositoryService repository) {
    this.runtime = runtime;
    this.repository = repository;
  }

  ProcessInstance of(String code, ProcessInstance instance) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .latestVersion().singleResult();
    if (latest == null || latest.getId().equals(instance.getProcessDefinitionId())) {
      return instance;
    }
    try {
      MigrationPlan plan = runtime.createMigrationPlan(instance.getProcessDefinitionId(), latest.getId())
          .mapEqualActivities().updateEventTriggers().build();
      runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
    } catch (ProcessEngineException refused) {
      throw new PlanConflict("L'obiettivo " + code + " segue una versione precedente del processo che non sa seguire "
          + "questa variazione, e non si è potuto aggiornare: rivolgersi all'amministratore");
    }
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
  }
}
