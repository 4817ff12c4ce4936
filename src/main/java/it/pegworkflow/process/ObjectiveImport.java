package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.people.Directory;
import it.pegworkflow.sheet.SheetParser;
import it.pegworkflow.store.ObjectiveStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a sheet in: parses it, stores its objectives, provisions their people and starts one
 * process instance per objective, business key = code. All or nothing, in one transaction.
 */
@Component
public class ObjectiveImport {

  private static final int ATTEMPTS = 3;
  private static final Logger LOG = LoggerFactory.getLogger(ObjectiveImport.class);

  private final ObjectiveStore store;
  private final IdentityProvisioning provisioning;
  private final Directory directory;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final PlanningCalendar calendar;
  private final AccessRules access;
  private final TransactionTemplate transaction;
  private final ImportAsSystem asSystem;

  ObjectiveImport(ObjectiveStore store, IdentityProvisioning provisioning, Directory directory, RuntimeService runtime,
      HistoryService history, PlanningCalendar calendar, AccessRules access, PlatformTransactionManager transactions,
      ImportAsSystem asSystem) {
    this.transaction = new TransactionTemplate(transactions);
    this.asSystem = asSystem;
    this.store = store;
    this.provisioning = provisioning;
    this.access = access;
    this.directory = directory;
    this.runtime = runtime;
    this.history = history;
    this.calendar = calendar;
  }

  /** What the import made of one objective. */
  public record Imported(String code, String processInstanceId, int phases, int indicators) {}

  /**
   * Parses the sheet, then stores and starts all its objectives in one transaction. Another node (or
   * thread) importing a sheet that names the same new people at the same time makes one of the two
   * transactions fail on the identity tables' keys: that one is rolled back whole and tried again,
   * and then finds the people already there.
   */
  public List<Imported> importSheet(byte[] content) {
    List<Objective> objectives = SheetParser.parse(content);
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> asSystem.run(() -> importAll(objectives)));
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS || !ConcurrentWrite.causes(e)) {
          throw e;
        }
        LOG.info("Import retried ({} of {}): another transaction wrote the same users or groups", attempt + 1,
            ATTEMPTS);
      }
    }
  }

  private List<Imported> importAll(List<Objective> objectives) {
    for (Objective objective : objectives) {
      refuseKnown(objective.code());
    }
    // The rows go in first: under two concurrent imports their primary keys make the second wait
    // and fail, before it provisions or starts anything.
    for (Objective objective : objectives) {
      insert(objective);
    }
    provisioning.provide(objectives);
    List<Imported> imported = new ArrayList<>();
    for (Objective objective : objectives) {
      imported.add(start(objective));
    }
    return imported;
  }

  private void refuseKnown(String code) {
    boolean started = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(code).count() > 0;
    if (started || store.exists(code)) {
      throw new ObjectiveAlreadyImported(code);
    }
  }

  private void insert(Objective objective) {
    try {
      store.insert(objective, directory);
    } catch (DuplicateKeyException e) {
      throw new ObjectiveAlreadyImported(objective.code());
    }
  }

  private Imported start(Objective objective) {
    var instance = runtime.startProcessInstanceByKey(PROCESS_KEY, objective.code(), Map.of(
        OBJECTIVE_CODE, objective.code(),
        MANAGER_ID, directory.userId(objective.organisation().manager()),
        PHASE_COUNT, objective.phases().size(),
        INDICATOR_COUNT, objective.indicators().size(),
        REPORTING_DEADLINE, calendar.reportingDeadline(objective.year())));
    store.attachProcessInstance(objective.code(), instance.getId());
    var org = objective.organisation();
    access.shareNewInstance(instance.getId(), org.director() == null
        ? new String[] {directory.userId(org.manager())}
        : new String[] {directory.userId(org.manager()), directory.userId(org.director())});
    return new Imported(objective.code(), instance.getId(), objective.phases().size(), objective.indicators().size());
  }
}
