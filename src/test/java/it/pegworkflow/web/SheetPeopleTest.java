package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.pegworkflow.process.ProcessConstants;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The people and offices a sheet prints become ids of their own: never a role group, the
 * administrator or another existing account, never two people in one account.
 */
class SheetPeopleTest extends RunningApplication {

  private static final String OBJECTIVES = "/api/objectives";
  private static final AtomicInteger NAMES = new AtomicInteger();

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void officesPrintedWithTheNameOfARoleAreRefusedWithTheirLineAndGrantNothing(CapturedOutput log) {
    String code = newCode();
    String someone = "VERNA MARCO " + unique();
    String sheet = sheet(code, "SERVIZIO " + unique(), "FOTI FILIPPO " + unique(),
        phase(someone, "CONTROLLO GESTIONE"), phase(someone, "NUCLEO VALUTAZIONE"), phase(someone, "DIRIGENTI"),
        phase(someone, "DIRETTORI"), phase(someone, "CAMUNDA ADMIN"));

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet);

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .containsExactly(
            refused(sheet, 1, "CONTROLLO GESTIONE", "il Centro di Responsabilità «CONTROLLO GESTIONE» darebbe l'"
                + "identificativo «controllogestione», riservato a un ruolo o all'amministrazione"),
            refused(sheet, 2, "NUCLEO VALUTAZIONE", "il Centro di Responsabilità «NUCLEO VALUTAZIONE» darebbe l'"
                + "identificativo «nucleovalutazione», riservato a un ruolo o all'amministrazione"),
            refused(sheet, 3, "\tDIRIGENTI", "il Centro di Responsabilità «DIRIGENTI» darebbe l'"
                + "identificativo «dirigenti», riservato a un ruolo o all'amministrazione"),
            refused(sheet, 4, "\tDIRETTORI", "il Centro di Responsabilità «DIRETTORI» darebbe l'"
                + "identificativo «direttori», riservato a un ruolo o all'amministrazione"),
            refused(sheet, 5, "CAMUNDA ADMIN", "il Centro di Responsabilità «CAMUNDA ADMIN» darebbe l'"
                + "identificativo «camundaadmin», riservato a un ruolo o all'amministrazione"));
    assertThat(processInstances(code)).isZero();
    assertThat(as(CONTROLLO).get(OBJECTIVES + "/" + code).status()).isEqualTo(404);
    String userId = someone.toLowerCase().replace(" ", "");
    assertThat(identity.createUserQuery().userId(userId).count()).as("nobody was created").isZero();
    assertThat(log.getOut()).as("the sheet's mistake is no server error in the log").doesNotContain(" ERROR ");
  }

  @Test
  void responsiblesPrintedAsTheAdministratorOrAnExistingAccountAreRefused() {
    String code = newCode();
    String sheet = sheet(code, "SERVIZIO " + unique(), "FOTI FILIPPO " + unique(),
        phase("ADMIN", ""), phase(ADMIN.toUpperCase(), ""), phase("CONTROLLO TEST", ""));

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet);

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.body().path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .containsExactly(
            refused(sheet, 1, "\tADMIN\t", "il responsabile «ADMIN» darebbe l'identificativo «admin», riservato a un "
                + "ruolo o all'amministrazione"),
            refused(sheet, 2, "\tPEGADMIN\t", "il responsabile «PEGADMIN» darebbe l'identificativo «pegadmin», "
                + "riservato a un ruolo o all'amministrazione"),
            refused(sheet, 3, "\tCONTROLLO TEST\t", "il responsabile «CONTROLLO TEST» darebbe l'identificativo "
                + "«controllotest», che è già un utente non creato dai fogli PEG: indicarne l'identificativo nel file "
                + "di mappatura"));
    assertThat(groupsOf(ADMIN)).containsExactlyInAnyOrder(Groups.CAMUNDA_ADMIN, ProcessConstants.CONTROLLO_GROUP);
    assertThat(processInstances(code)).isZero();
  }

  @Test
  void twoSpellingsOfOneIdInOneSheetAreRefusedAtTheSecondOne() {
    String tail = unique();
    String code = newCode();
    String sheet = sheet(code, "SERVIZIO " + unique(), "FOTI FILIPPO " + unique(),
        phase("ROSSI ANNA " + tail, ""), phase("DE LUCA MARIA " + tail, ""), phase("ROSSÌ ANNA " + tail, ""),
        phase("DELUCA MARIA " + tail, ""));

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet);

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    String rossi = "rossianna" + tail.toLowerCase();
    String deLuca = "delucamaria" + tail.toLowerCase();
    assertThat(answer.body().path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .containsExactly(
            refused(sheet, 3, "ROSSÌ ANNA", "il responsabile «ROSSÌ ANNA " + tail + "» darebbe l'identificativo «" + rossi
                + "», che è già di «ROSSI ANNA " + tail + "» (riga " + lineOf(sheet, "ROSSI ANNA") + "): se sono la "
                + "stessa persona correggere il nome, altrimenti indicarne l'identificativo nel file di mappatura"),
            refused(sheet, 4, "DELUCA MARIA", "il responsabile «DELUCA MARIA " + tail + "» darebbe l'identificativo «"
                + deLuca + "», che è già di «DE LUCA MARIA " + tail + "» (riga " + lineOf(sheet, "DE LUCA MARIA")
                + "): se sono la stessa persona correggere il nome, altrimenti indicarne l'identificativo nel file di "
                + "mappatura"));
    assertThat(identity.createUserQuery().userIdIn(rossi, deLuca).count()).isZero();
  }

  @Test
  void aSpellingThatAnEarlierImportGaveToSomeoneElseIsRefused() {
    String tail = unique();
    String unit = "SERVIZIO " + unique();
    String manager = "FOTI FILIPPO " + unique();
    Api.Answer first = as(CONTROLLO).postText(OBJECTIVES, sheet(newCode(), unit, manager, phase("ROSSI ANNA " + tail, "")));
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    String code = newCode();
    String sheet = sheet(code, unit, manager, phase("ROSSÌ ANNA " + tail, ""));

    Api.Answer second = as(CONTROLLO).postText(OBJECTIVES, sheet);

    assertThat(second.status()).as(second.text()).isEqualTo(400);
    assertThat(second.body().path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .containsExactly(refused(sheet, 1, "ROSSÌ ANNA", "il responsabile «ROSSÌ ANNA " + tail + "» darebbe "
            + "l'identificativo «rossianna" + tail.toLowerCase() + "», che è già di «ROSSI ANNA " + tail + "» (da un "
            + "foglio importato prima): se sono la stessa persona correggere il nome, altrimenti indicarne "
            + "l'identificativo nel file di mappatura"));
    assertThat(processInstances(code)).isZero();
  }

  @Test
  void aNameWithoutLatinLettersIsA400WithItsLine() {
    String code = newCode();
    String sheet = sheet(code, "SERVIZIO " + unique(), "FOTI FILIPPO " + unique(), phase("ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ", ""));

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet);

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.body().path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .containsExactly(refused(sheet, 1, "ΠΑΠΑΔΟΠΟΥΛΟΣ", "dal responsabile «ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ» non si ricava un "
            + "identificativo: la lettera «Π» non è dell'alfabeto latino (scrivere il nome in lettere latine o "
            + "indicarne l'identificativo nel file di mappatura)"));
  }

  @Test
  void lookAlikeLettersOfOtherScriptsAreRefused() {
    String code = newCode();
    // A Cyrillic А and a Cyrillic Е: on screen, ADMIN and VERNA MARCO.
    String sheet = sheet(code, "SERVIZIO " + unique(), "FOTI FILIPPO " + unique(),
        phase("\u0410DMIN", ""), phase("V\u0415RNA MARCO", "SERVIZIO " + unique()));

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet);

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.body().path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .containsExactly(
            refused(sheet, 1, "\u0410DMIN", "dal responsabile «\u0410DMIN» non si ricava un identificativo: la lettera "
                + "«\u0410» non è dell'alfabeto latino (scrivere il nome in lettere latine o indicarne "
                + "l'identificativo nel file di mappatura)"),
            refused(sheet, 2, "V\u0415RNA", "dal responsabile «V\u0415RNA MARCO» non si ricava un identificativo: la "
                + "lettera «\u0415» non è dell'alfabeto latino (scrivere il nome in lettere latine o indicarne "
                + "l'identificativo nel file di mappatura)"));
  }

  @Test
  void theSheetsPeopleAndOfficesAreProvisionedUnderTheirOwnIds() {
    String tail = unique();
    String code = newCode();
    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet(code, "SERVIZIO " + tail, "FOTI FILIPPO " + tail,
        phase("ROSSI ANNA " + tail, "UFFICIO " + tail)));

    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    String t = tail.toLowerCase();
    assertThat(groupsOf("rossianna" + t)).containsExactly("ufficio" + t);
    assertThat(groupsOf("fotifilippo" + t)).containsExactlyInAnyOrder("servizio" + t, ProcessConstants.MANAGERS_GROUP);
    User rossi = identity.createUserQuery().userId("rossianna" + t).singleResult();
    assertThat(List.of(rossi.getLastName(), rossi.getFirstName())).containsExactly("Rossi Anna", tail.charAt(0)
        + tail.substring(1).toLowerCase());
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }

  /** The error of phase {@code number}, on the line where {@code printed} is. */
  private static org.assertj.core.groups.Tuple refused(String sheet, int number, String printed, String problem) {
    int line = lineOf(sheet, printed);
    return tuple(line, "Riga " + line + ", fase " + number + " «Fase numero " + number + "»: " + problem);
  }

  /** Letters only, different in every call: names of this test nobody else prints. */
  private static String unique() {
    String digits = Integer.toString(NAMES.incrementAndGet(), 10) + Long.toString(System.nanoTime() % 1_000_000);
    StringBuilder letters = new StringBuilder("Q");
    for (char c : digits.toCharArray()) {
      letters.append((char) ('A' + (c - '0')));
    }
    return letters.toString();
  }

  private static int lineOf(String sheet, String text) {
    String[] lines = sheet.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("No line with " + text);
  }

  /** A phase row: responsible and centre as printed (the centre may be empty). */
  private static String phase(String responsible, String centre) {
    return responsible + "\t" + centre;
  }

  /** One hand-written objective of a Servizio of the Servizi sociali, with a phase per responsible and centre given. */
  static String sheet(String code, String unit, String manager, String... phases) {
    List<String> lines = new ArrayList<>(List.of(
        code + "**Un obiettivo con le persone scritte a mano**",
        "",
        "Direzione\tSERVIZI SOCIALI\tDirettore\tCAVALLERI VINCENZO\tClassificazione\tDIREZIONALE",
        "Servizio\t" + unit + "\tDirigente\t" + manager + "\tTipologia\tMANTENIMENTO",
        "",
        "**Descrizione",
        "dettagliata",
        "dell'obiettivo**",
        "",
        "Testo.",
        "",
        "GANTT",
        "",
        "FASI\t\t\t\t\t"));
    for (int i = 0; i < phases.length; i++) {
      lines.add("FASE\tFase numero " + (i + 1) + "\t\t\t\t");
      lines.add("\tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità");
      lines.add("\t01/01/2017\t31/12/2017\t\t" + phases[i]);
      lines.add("Note\t\t\t\t\t");
    }
    lines.addAll(List.of("", "INDICATORI", "", "Descrizione\tTipo\tValore Atteso", "Strutture\tRISULTATO\talmeno 10",
        ""));
    return String.join("\n", lines);
  }
}
