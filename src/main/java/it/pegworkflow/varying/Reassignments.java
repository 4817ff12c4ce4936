package it.pegworkflow.varying;

import it.pegworkflow.directory.DirectoryPeople;
import it.pegworkflow.directory.DirectoryPerson;
import it.pegworkflow.directory.DirectoryUnavailable;
import it.pegworkflow.importing.SheetIdentities;
import it.pegworkflow.objective.Objective;
import it.pegworkflow.platform.EngineClock;
import it.pegworkflow.store.PlanStore;
import it.pegworkflow.variation.Attribute;
import it.pegworkflow.variation.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Every open phase of a person, in every objective still running, given to another by an act (a
 * reorganisation, someone leaving): one {@code responsible} change per phase.
 */
@Component
public class Reassignments {

  private static final int MAX_ID_LENGTH = 64;

  private final PlanStore plans;
  private final PlanTransaction transaction;
  private final RunningProcesses processes;
  private final IdentityService identity;
  private final DirectoryPeople directory;
  private final SheetIdentities identities;

  Reassignments(PlanStore plans, PlanTransaction transaction, RunningProcesses processes, IdentityService identity,
      DirectoryPeople directory, SheetIdentities identities) {
    this.plans = plans;
    this.transaction = transaction;
    this.processes = processes;
    this.identity = identity;
    this.directory = directory;
    this.identities = identities;
  }

  /**
   * @return per objective code, the phases' {@code responsible} changes
   * @throws VariationRefused 400 for a missing or reserved id, 404 for an unknown {@code to}, 422 when
   *     {@code from} has no open phase
   */
  public Map<String, List<Change>> reassign(String from, String to, String actText, String effective) {
    Act act = Act.of(actText, effective);
    String fromId = id("from", from);
    String toId = id("to", to);
    if (fromId.equals(toId)) {
      throw VariationRefused.badRequest("«from» e «to» sono la stessa persona (" + toId + ")");
    }
    String toName = printedNameOf(toId);
    return transaction.run(false, () -> {
      List<PlanStore.OpenPhase> open = plans.lockedOpenPhasesOf(fromId);
      if (open.isEmpty()) {
        throw VariationRefused.nothing("«" + fromId + "» non è responsabile di nessuna fase da avviare o in corso "
            + "di un obiettivo in corso: non c'è nulla da riassegnare");
      }
      for (PlanStore.OpenPhase phase : open) {
        act.checkYearOf(phase.code(), Objective.yearOf(phase.code()));
      }
      Map<String, List<Change>> changes = new LinkedHashMap<>();
      for (PlanStore.OpenPhase phase : open) {
        plans.reassign(phase.code(), phase.number(), toId, toName);
        changes.computeIfAbsent(phase.code(), c -> new ArrayList<>())
            .add(Change.ofPhase(phase.number(), Attribute.RESPONSIBLE, phase.responsible(), toName));
      }
      plans.record("REASSIGNMENT", act.text(), act.effective(), transaction.sender(), EngineClock.now(), changes);
      processes.follow(changes);
      return changes;
    });
  }

  private String id(String field, String value) {
    if (value == null || value.isBlank()) {
      throw VariationRefused.badRequest("Manca «" + field + "»: l'identificativo di una persona, per esempio vernamarco");
    }
    String id = value.strip();
    if (id.length() > MAX_ID_LENGTH) {
      throw VariationRefused.badRequest("«" + field + "» è più lungo di " + MAX_ID_LENGTH + " caratteri");
    }
    return id;
  }

  /**
   * The name of the account {@code id} as a sheet would print it (SURNAME NAME): an engine user, or a
   * person of the directory when there is one. A role or the administration is nobody's phase.
   */
  private String printedNameOf(String id) {
    if (identities.reserved(id)) {
      throw VariationRefused.badRequest("«" + id + "» è riservato a un ruolo o all'amministrazione: una fase non "
          + "può esserle assegnata");
    }
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user != null) {
      return printed(user.getLastName(), user.getFirstName(), id);
    }
    if (directory.configured()) {
      DirectoryPerson person;
      try {
        person = directory.byLogin(List.of(id)).get(id.toLowerCase(Locale.ROOT));
      } catch (DirectoryUnavailable e) {
        throw new VariationRefused(503, "Elenco del personale non raggiungibile", "L'elenco del personale del Comune "
            + "(LDAP) non risponde: non si sa chi è «" + id + "». Nulla è stato riassegnato: riprovare fra qualche minuto");
      }
      if (person != null) {
        return printed(person.surname(), person.givenName(), id);
      }
    }
    throw new VariationRefused(404, "Persona non trovata", "Nessun utente con identificativo «" + id + "»"
        + (directory.configured() ? ", né in Camunda né nell'elenco del personale" : ""));
  }

  private static String printed(String surname, String givenName, String id) {
    String name = ((surname == null ? "" : surname) + " " + (givenName == null ? "" : givenName)).strip();
    return (name.isEmpty() ? id : name).toUpperCase(Locale.ITALIAN);
  }
}
