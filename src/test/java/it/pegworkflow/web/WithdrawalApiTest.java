package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.process.ProcessConstants;
import org.junit.jupiter.api.Test;

/** {@code POST /api/objectives/{code}/withdrawal}: an objective withdrawn by an act. */
class WithdrawalApiTest extends PlanChangeTest {

  private Api.Answer withdraw(String code, String query) {
    return as(CONTROLLO).postText("/api/objectives/" + code + "/withdrawal?" + query, "");
  }

  @Test
  void aWithdrawalIsRecordedWithItsActAsOneChangeWithdrawn() throws Exception {
    String code = code();
    running(code);

    Api.Answer answer = withdraw(code, "act=" + encoded(ACT) + "&effective=" + DAY);

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(Api.JSON.readTree("""
        {"variations":[{"code":"%s","changes":[{"attribute":"withdrawn","before":null,"after":"ritirato"}]}]}"""
        .formatted(code)));
    assertThat(recorded(code)).containsExactly(
        "WITHDRAWAL «" + ACT + "» " + DAY + " controllotest: withdrawn null -> ritirato");
  }

  @Test
  void aSecondWithdrawalIs409AndNothingMoreIsRecorded() {
    String code = code();
    running(code);
    assertThat(withdraw(code, "act=" + encoded(ACT)).status()).isEqualTo(200);

    assertRefused(withdraw(code, "act=" + encoded(ACT)), 409, "già ritirato");
    assertThat(recorded(code)).hasSize(1);
  }

  @Test
  void aReportedOrWithdrawnObjectiveIs409() {
    for (String state : new String[] {"REPORTED", "WITHDRAWN"}) {
      String code = code();
      running(code);
      jdbc.sql("update peg_objective set state = ? where code = ?").params(state, code).update();

      assertRefused(withdraw(code, "act=" + encoded(ACT)), 409, code);
      assertThat(recorded(code)).isEmpty();
    }
  }

  @Test
  void anUnknownCodeIs404() {
    assertRefused(withdraw(YEAR + "_NESSUNO", "act=" + encoded(ACT)), 404, YEAR + "_NESSUNO");
  }

  @Test
  void theActIsRequiredAndTheDayMustBeValid() {
    String code = code();
    running(code);

    assertRefused(withdraw(code, "effective=" + DAY), 400, "Manca l'atto");
    assertRefused(withdraw(code, "act=" + encoded(ACT) + "&effective=ieri"), 400, "non è una data valida");
    assertRefused(withdraw(code, "act=" + encoded(ACT) + "&effective=" + (YEAR - 2) + "-12-31"), 400, "fuori dagli anni");
    assertRefused(withdraw(code, "act=" + encoded(ACT) + "&dryRun=true"), 400, "Parametri non previsti: [dryRun]");
    assertThat(recorded(code)).isEmpty();
  }

  @Test
  void onlyTheControlloDiGestioneMayWithdraw() {
    String code = code();
    running(code);
    user("fotifilippo");
    user("nucleotest", ProcessConstants.NUCLEO_GROUP);

    for (String who : new String[] {"fotifilippo", "nucleotest"}) {
      assertRefused(as(who).postText("/api/objectives/" + code + "/withdrawal?act=" + encoded(ACT), ""), 403,
          "Solo il controllo di gestione");
    }
    assertThat(recorded(code)).isEmpty();
  }
}
