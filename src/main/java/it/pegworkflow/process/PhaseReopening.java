package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.platform.AsTheApplication;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The Dirigente reopens a completed phase of his objective, with a reason, before the reporting
 * starts (docs/process.md, "Reopening a phase"). In the model a completed phase waits at
 * <i>Riaperta prima della rendicontazione?</i> until every phase is concluded: the reopening is the
 * message that phase waits for, and its task comes back to the responsible with the values it had.
 * Who reopens and why stay on the phase ({@code phaseReopenedBy}, {@code phaseReopeningReason}), so
 * the engine's history has them for the trail. Whether the caller may reopen is decided before.
 */
@Component
public class PhaseReopening {

  static final int MAX_REASON = 4000;

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;

  PhaseReopening(RuntimeService runtime, HistoryService history, IdentityService identity) {
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
  }

  public void reopen(String code, int phase, String reason, String userId) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new ReopeningRefused(400, "Manca il campo obbligatorio «Motivo della riapertura» (reason)");
    }
    if (why.length() > MAX_REASON) {
      throw new ReopeningRefused(400, "Motivo della riapertura (reason): al massimo " + MAX_REASON + " caratteri");
    }
    AsTheApplication.run(identity, () -> {
      String waiting = waitingPhase(code, phase);
      try {
        runtime.messageEventReceived(MESSAGE_PHASE_REOPENED, waiting,
            Map.of(PHASE_REOPENED_BY, userId, PHASE_REOPENING_REASON, why));
      } catch (ProcessEngineException raced) {
        throw new ReopeningRefused(409, "La fase " + phase + " è stata appena modificata da un'altra richiesta: "
            + "ricaricare la pagina e riprovare");
      }
      return null;
    });
  }

  /** The execution of the phase waiting for its reopening, or why there is none. */
  private String waitingPhase(String code, int phase) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(code).singleResult();
    if (instance == null || reportingStarted(instance.getId())) {
      throw new ReopeningRefused(409, "La rendicontazione dell'obiettivo " + code + " è già iniziata: "
          + "la fase " + phase + " non si può più riaprire");
    }
    return runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType("message")
        .eventName(MESSAGE_PHASE_REOPENED).list().stream().map(EventSubscription::getExecutionId)
        .filter(execution -> Integer.valueOf(phase).equals(runtime.getVariable(execution, PHASE_NUMBER)))
        .findFirst().orElseThrow(() -> new ReopeningRefused(409, "La fase " + phase + " non è completata: "
            + "la si aggiorna o la si conclude dal suo compito, non si riapre"));
  }

  /** Once the phases' multi-instance has ended, the objective is in its reporting. */
  private boolean reportingStarted(String processInstanceId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(SUBPROCESS_PHASE + "#multiInstanceBody").finished().count() > 0;
  }
}
