package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.store.ObjectiveStore;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Late-phase warnings made by an earlier version had no deadline (so *In ritardo* missed them) and
 * named nobody: at start-up each open one gets the phase's deadline and says who, since when and how
 * late ({@link LateWarning}). One that has its deadline is left alone, so a later start finds nothing.
 */
@Component
class LateWarningsRepair implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(LateWarningsRepair.class);
  private static final List<String> PHASE = List.of(OBJECTIVE_CODE, PHASE_NUMBER, PHASE_NAME, PHASE_RESPONSIBLE,
      PHASE_DUE_DATE);

  private final TaskService tasks;
  private final ObjectiveStore store;
  private final PlanningCalendar calendar;

  LateWarningsRepair(TaskService tasks, ObjectiveStore store, PlanningCalendar calendar) {
    this.tasks = tasks;
    this.store = store;
    this.calendar = calendar;
  }

  @Override
  public void run(ApplicationArguments args) {
    repair();
  }

  /** The warnings it gave a deadline and a name. */
  int repair() {
    List<Task> warnings = tasks.createTaskQuery().taskDefinitionKey(TASK_URGE_LATE_PHASE).withoutDueDate().list();
    for (Task warning : warnings) {
      Map<String, Object> phase = tasks.getVariables(warning.getId(), PHASE);
      Date deadline = (Date) phase.get(PHASE_DUE_DATE);
      String code = (String) phase.get(OBJECTIVE_CODE);
      LateWarning named = LateWarning.of(phase, store.phase(code, (Integer) phase.get(PHASE_NUMBER)).responsible(),
          calendar.dayOf(deadline), calendar.today());
      warning.setDueDate(deadline);
      warning.setName(named.name());
      warning.setDescription(named.description());
      try {
        tasks.saveTask(warning);
      } catch (org.camunda.bpm.engine.OptimisticLockingException otherNode) {
        log.info("Late-phase warning {} changed meanwhile (another node repairing it): left as it is", warning.getId());
      }
    }
    if (!warnings.isEmpty()) {
      log.info("Gave {} late-phase warnings of an earlier version the phase's deadline and the responsible's name",
          warnings.size());
    }
    return warnings.size();
  }
}
