package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/reassignments}: every open phase of a person, in every running objective, to another. */
class ReassignmentApiTest extends PlanChangeTest {

  private Api.Answer reassign(Map<String, Object> body) {
    return as(CONTROLLO).postJson("/api/reassignments", body);
  }

  private static Map<String, Object> body(String from, String to) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", from);
    body.put("to", to);
    body.put("act", ACT);
    body.put("effective", DAY);
    return body;
  }

  /** A person of the sheet with an account of their own, named as the provisioning names them. */
  private void account(String id, String firstName, String lastName) {
    user(id);
    var user = identity.createUserQuery().userId(id).singleResult();
    user.setFirstName(firstName);
    user.setLastName(lastName);
    identity.saveUser(user);
  }

  @Test
  void everyOpenPhaseOfThePersonInEveryRunningObjectiveMovesAndOnlyThose() throws Exception {
    String first = code();
    String second = code();
    String given = uniqueName();
    String firstInstance = running(first, sheet(first).replace("BONANNI GIUSEPPINA", "BONANNI " + given));
    running(second, sheet(second).replace("BONANNI GIUSEPPINA", "BONANNI " + given));
    String from = "bonanni" + given.toLowerCase();
    // BONANNI (given) answers for phases 2 (not started) and 3 (late) of both; phase 3 of the first is done
    complete(firstInstance, "Promuovere l'integrazione sociale", YEAR + "-07-10");
    String to = "rossianna" + first.substring(first.indexOf('_') + 1).toLowerCase();
    account(to, "Anna", "Rossi");

    Api.Answer answer = reassign(body(from, to));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    String before = "BONANNI " + given + " - P.O. STRANIERI E IMMIGRAZIONE";
    assertThat(answer.body()).isEqualTo(Api.JSON.readTree("""
        {"variations":[
          {"code":"%s","changes":[{"phase":2,"attribute":"responsible","before":"%s","after":"ROSSI ANNA"}]},
          {"code":"%s","changes":[{"phase":2,"attribute":"responsible","before":"%s","after":"ROSSI ANNA"},
                                  {"phase":3,"attribute":"responsible","before":"%s","after":"ROSSI ANNA"}]}]}"""
        .formatted(first, before, second, before, before)));
    assertThat(responsibles(first)).containsExactly("vernamarco VERNA MARCO - P.O. INCLUSIONE SOCIALE",
        to + " ROSSI ANNA - ", from + " " + before,
        "delmorosandra DEL MORO SANDRA - P.O. AFF.GEN.SERV.SOCIALI");
    assertThat(responsibles(second)).containsExactly("vernamarco VERNA MARCO - P.O. INCLUSIONE SOCIALE",
        to + " ROSSI ANNA - ", to + " ROSSI ANNA - ", "delmorosandra DEL MORO SANDRA - P.O. AFF.GEN.SERV.SOCIALI");
    assertThat(recorded(second)).containsExactly(
        "REASSIGNMENT «" + ACT + "» " + DAY + " controllotest: fase 2 responsible " + before + " -> ROSSI ANNA",
        "REASSIGNMENT «" + ACT + "» " + DAY + " controllotest: fase 3 responsible " + before + " -> ROSSI ANNA");
    assertThat(jdbc.sql("select count(distinct variation_id) from peg_plan_change where objective_code in (?, ?)")
        .params(first, second).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void objectivesReportedOrWithdrawnKeepTheirResponsible() {
    String reported = code();
    String runningOne = code();
    String given = uniqueName();
    running(reported, sheet(reported).replace("DEL MORO SANDRA", "DEL MORO " + given));
    running(runningOne, sheet(runningOne).replace("DEL MORO SANDRA", "DEL MORO " + given));
    String from = "delmoro" + given.toLowerCase();
    jdbc.sql("update peg_objective set state = 'REPORTED' where code = ?").param(reported).update();
    account("neriluca", "Luca", "Neri");

    Api.Answer answer = reassign(body(from, "neriluca"));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body().path("variations")).hasSize(1);
    assertThat(responsibles(reported).get(3)).startsWith(from + " ");
    assertThat(responsibles(runningOne).get(3)).isEqualTo("neriluca NERI LUCA - ");
  }

  @Test
  void someoneWithNoOpenPhaseIs422() {
    account("neriluca", "Luca", "Neri");
    assertRefused(reassign(body("nessunresponsabile", "neriluca")), 422, "nessunresponsabile");
  }

  @Test
  void theNewResponsibleMustBeAnExistingPersonAndNotARoleOrTheAdministration() {
    String code = code();
    running(code);

    assertRefused(reassign(body("vernamarco", "sconosciutissimo")), 404, "sconosciutissimo");
    for (String reserved : List.of(ProcessConstants.NUCLEO_GROUP, "camunda-admin", "admin", ADMIN)) {
      assertRefused(reassign(body("vernamarco", reserved)), 400, "riservato");
    }
    assertThat(recorded(code)).isEmpty();
  }

  @Test
  void onlyTheFieldsOfTheContractAndTheActAreAccepted() {
    String code = code();
    running(code);
    account("neriluca", "Luca", "Neri");
    Map<String, Object> extra = body("vernamarco", "neriluca");
    extra.put("dryRun", "true");
    Map<String, Object> withoutAct = body("vernamarco", "neriluca");
    withoutAct.remove("act");

    assertRefused(reassign(extra), 400, "Campi non previsti: [dryRun]");
    assertRefused(reassign(withoutAct), 400, "Manca l'atto");
    assertRefused(reassign(body(null, "neriluca")), 400, "Manca «from»");
    assertRefused(as(CONTROLLO).postJson("/api/reassignments", List.of("vernamarco")), 400, "oggetto JSON");
    Map<String, Object> number = body("vernamarco", "neriluca");
    number.put("to", 12);
    assertRefused(reassign(number), 400, "«to» è un testo");
    assertThat(recorded(code)).isEmpty();
  }

  @Test
  void onlyTheControlloDiGestioneMayReassign() {
    user("fotifilippo");
    user("nucleotest", ProcessConstants.NUCLEO_GROUP);
    for (String who : List.of("fotifilippo", "nucleotest")) {
      assertRefused(as(who).postJson("/api/reassignments", body("vernamarco", "neriluca")), 403,
          "Solo il controllo di gestione");
    }
  }

  /** Each phase's responsible as id, name and role. */
  private List<String> responsibles(String code) {
    return jdbc.sql("select responsible_id, responsible, responsible_role from peg_phase where objective_code = ? "
            + "order by phase_number").param(code)
        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " - " + rs.getString(3)).list();
  }
}
