package it.pegworkflow.importing;

import it.pegworkflow.access.AccessRules;
import it.pegworkflow.platform.ImportAsSystem;
import it.pegworkflow.process.PlanningCalendar;
import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.people.ObjectiveIds;
import it.pegworkflow.platform.ConcurrentWrite;
import it.pegworkflow.platform.QuietRetries;
import it.pegworkflow.sheet.PrintedObjective;
import it.pegworkflow.sheet.SheetParser;
import it.pegworkflow.store.ObjectiveStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
  private final SheetIdentities identities;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final PlanningCalendar calendar;
  private final AccessRules access;
  private final TransactionTemplate transaction;
  private final ImportAsSystem asSystem;
  private final SheetPeopleInDirectory directory;

  ObjectiveImport(ObjectiveStore store, IdentityProvisioning provisioning, SheetIdentities identities, RuntimeService runtime,
      HistoryService history, PlanningCalendar calendar, AccessRules access, PlatformTransactionManager transactions,
      ImportAsSystem asSystem, SheetPeopleInDirectory directory) {
    this.directory = directory;
    this.transaction = new TransactionTemplate(transactions);
    this.asSystem = asSystem;
    this.store = store;
    this.provisioning = provisioning;
    this.access = access;
    this.identities = identities;
    this.runtime = runtime;
    this.history = history;
    this.calendar = calendar;
  }

  /** What the import made of one objective. */
  public record Imported(String code, String processInstanceId, int phases, int indicators) {}

  /** An objective started, and who is to follow it (its Dirigente and Direttore). */
  private record Started(Imported imported, String[] owners) {}

  /**
   * Parses the sheet, then stores and starts all its objectives in one transaction. Another node (or
   * thread) importing a sheet that names the same new people at the same time makes one of the two
   * transactions fail on the identity tables' keys: that one is rolled back whole and tried again,
   * and then finds the people already there. The engine's ERROR entries of an attempt that is tried
   * again stay out of the log: the INFO line below says what happened.
   */
  public List<Imported> importSheet(byte[] content) {
    List<PrintedObjective> objectives = SheetParser.read(content);
    // A city's PEG of a thousand objectives takes a while: the log says one is under way.
    LOG.info("Import of {} objectives started", objectives.size());
    // The directory is asked once, outside the transaction: a slow directory holds no database locks.
    PeopleFound people = directory.lookUp(objectives);
    Supplier<List<Imported>> attempt = () -> transaction.execute(status -> {
      List<Started> started = asSystem.run(() -> importAll(objectives, people));
      // The Dirigente's and the Direttore's grants in a command of their own, once the starts have
      // written the instances' history: a grant on a historic instance the engine cannot find yet
      // gets no root instance, hence never a removal time, and the history cleanup would keep it
      // for ever (docs/operations.md#retention).
      asSystem.runAsTheApplication(() -> {
        started.forEach(s -> access.shareNewInstance(s.imported().processInstanceId(), s.owners()));
        return null;
      });
      return started.stream().map(Started::imported).toList();
    });
    for (int number = 1; ; number++) {
      try {
        return number == ATTEMPTS ? attempt.get() : QuietRetries.quietFor(ConcurrentWrite::causes, attempt);
      } catch (NamesRefused e) {
        throw e.asSheetException();
      } catch (RuntimeException e) {
        if (number == ATTEMPTS || !ConcurrentWrite.causes(e)) {
          throw e;
        }
        LOG.info("Import retried ({} of {}): another transaction wrote the same users or groups", number + 1,
            ATTEMPTS);
      }
    }
  }

  private List<Started> importAll(List<PrintedObjective> printed, PeopleFound people) {
    for (PrintedObjective objective : printed) {
      refuseKnown(objective.objective().code());
    }
    // The names become ids here, once, and everything below uses these ids. New ids are registered
    // as the sheets': a concurrent import registering the same id waits on its key and is retried.
    List<ResolvedObjective> objectives = identities.resolve(printed, people);
    // The rows go in first: under two concurrent imports their primary keys make the second wait
    // and fail, before it provisions or starts anything.
    for (ResolvedObjective objective : objectives) {
      insert(objective);
    }
    provisioning.provide(objectives, people.accounts(), people.ids().values());
    List<Started> started = new ArrayList<>();
    for (ResolvedObjective objective : objectives) {
      started.add(start(objective));
    }
    return started;
  }

  private void refuseKnown(String code) {
    boolean started = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(code).count() > 0;
    if (started || store.exists(code)) {
      throw new ObjectiveAlreadyImported(code);
    }
  }

  private void insert(ResolvedObjective resolved) {
    try {
      store.insert(resolved.objective(), resolved.ids());
    } catch (DuplicateKeyException e) {
      throw new ObjectiveAlreadyImported(resolved.objective().code());
    }
  }

  private Started start(ResolvedObjective resolved) {
    Objective objective = resolved.objective();
    ObjectiveIds ids = resolved.ids();
    var instance = runtime.startProcessInstanceByKey(PROCESS_KEY, objective.code(), Map.of(
        OBJECTIVE_CODE, objective.code(),
        MANAGER_ID, ids.managerId(),
        PHASE_COUNT, objective.phases().size(),
        INDICATOR_COUNT, objective.indicators().size(),
        REPORTING_DEADLINE, calendar.reportingDeadline(objective.year())));
    store.attachProcessInstance(objective.code(), instance.getId());
    return new Started(new Imported(objective.code(), instance.getId(), objective.phases().size(), objective.indicators().size()),
        ids.directorId() == null ? new String[] {ids.managerId()} : new String[] {ids.managerId(), ids.directorId()});
  }
}
