package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.pegworkflow.process.ProcessConstants;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * With the municipality's directory, each person a sheet prints is the one person of the directory
 * with that surname and given name (accents and case aside), and becomes that account with its
 * names and e-mail address; a person the directory has not, or has twice, is refused with the line
 * and the candidates, and nothing is imported. Two people never share an account, so never a task.
 */
class DirectoryImportTest extends WithDirectory {

  private static final String OBJECTIVES = "/api/objectives";

  @Test
  void theSeedSheetsPeopleBecomeTheirDirectoryAccountsWithNamesAndEmail() {
    String code = newCode();

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, realSheet(code));

    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    assertThat(identity.createUserQuery().userIdIn(SEED_PEOPLE.toArray(String[]::new)).list())
        .extracting(User::getId, User::getFirstName, User::getLastName, User::getEmail, User::getPassword)
        .containsExactlyInAnyOrder(
            tuple("mverna", "Marco", "Verna", "marco.verna@comune.example.it", null),
            tuple("gbonanni", "Giuseppina", "Bonanni", "giuseppina.bonanni@comune.example.it", null),
            tuple("sdelmoro", "Sandra", "Del Moro", "sandra.delmoro@comune.example.it", null),
            tuple("ffoti", "Filippo", "Foti", "filippo.foti@comune.example.it", null),
            tuple("vcavalleri", "Vincenzo", "Cavalleri", "vincenzo.cavalleri@comune.example.it", null));
    Api.Answer objective = as(CONTROLLO).get(OBJECTIVES + "/" + code);
    List<String> responsibles = new ArrayList<>();
    objective.body().path("phases").forEach(phase -> responsibles.add(phase.path("responsibleId").asText()));
    assertThat(responsibles).containsExactly("mverna", "gbonanni", "gbonanni", "sdelmoro");
    assertThat(identity.createUserQuery().userId("ffoti").memberOfGroup(ProcessConstants.MANAGERS_GROUP).count()).isOne();
    assertThat(identity.createUserQuery().userIdIn("vernamarco", "fotifilippo").count()).as("no ids by the rule").isZero();
  }

  @Test
  void aPersonTheDirectoryLacksIsRefusedWithTheLineAndThePeopleOfThatSurname() {
    String code = newCode();
    String sheet = sheet(code, phase("VERNA MARIO"), phase("BIANCHI MARIO"));

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet);

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.body().path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .containsExactly(
            refused(sheet, 1, "VERNA MARIO", "il responsabile «VERNA MARIO» non è nell'elenco del personale (LDAP): "
                + "nessuno vi ha cognome e nome «VERNA MARIO»; nomi simili: Verna Marco (mverna, "
                + "marco.verna@comune.example.it, Servizio sociale amministrativo). Correggere il nome nel foglio, o "
                + "indicarne l'identificativo nel file di mappatura"),
            refused(sheet, 2, "BIANCHI MARIO", "il responsabile «BIANCHI MARIO» non è nell'elenco del personale (LDAP): "
                + "nessuno vi ha cognome e nome «BIANCHI MARIO». Correggere il nome nel foglio, o indicarne "
                + "l'identificativo nel file di mappatura"));
    assertThat(processInstances(code)).isZero();
    assertThat(as(CONTROLLO).get(OBJECTIVES + "/" + code).status()).isEqualTo(404);
  }

  @Test
  void homonymsInDifferentOfficesAreRefusedWithBothCandidates() {
    String code = newCode();
    String sheet = sheet(code, phase("ESPOSITO LUCA"));

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet);

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.body().path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .singleElement().satisfies(error -> {
          assertThat(error.toList().get(0)).isEqualTo(lineOf(sheet, "ESPOSITO LUCA"));
          assertThat((String) error.toList().get(1)).startsWith("Riga " + lineOf(sheet, "ESPOSITO LUCA") + ", fase 1 "
              + "«Fase numero 1»: il responsabile «ESPOSITO LUCA» è ambiguo: nell'elenco del personale (LDAP) "
              + "corrispondono 2 persone: ")
              .contains("Esposito Luca (lesposito, luca.esposito@comune.example.it, Ragioneria)",
                  "Esposito Luca (lesposito2, luca.esposito2@comune.example.it, Polizia municipale)")
              .endsWith("Indicare nel file di mappatura l'identificativo di chi è");
        });
    assertThat(processInstances(code)).isZero();
    assertThat(identity.createUserQuery().userIdIn("lesposito", "lesposito2").count()).isZero();
  }

  @Test
  void twoSpellingsTheDirectoryKnowsAsOnePersonAreRefusedAsToday() {
    String code = newCode();
    String sheet = sheet(code, phase("GALLI PAOLO"), phase("GALLÌ PAOLO"));

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet);

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.body().path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("message").asText())
        .containsExactly(refused(sheet, 2, "GALLÌ PAOLO", "il responsabile «GALLÌ PAOLO» darebbe l'identificativo "
            + "«pgalli», che è già di «GALLI PAOLO» (riga " + lineOf(sheet, "GALLI PAOLO") + "): se sono la stessa "
            + "persona correggere il nome, altrimenti indicarne l'identificativo nel file di mappatura"));
    assertThat(processInstances(code)).isZero();
  }

  @Test
  void homonymsTheMappingTellsApartAreTwoAccountsAndNeverShareATask() {
    String code = newCode();
    today("2017-03-15");
    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet(code, phase("ROSSI ANNA"), phase("ROSSÌ ANNA")));
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    runDueJobs(answer.body().at("/objectives/0/processInstanceId").asText());

    assertThat(identity.createUserQuery().userIdIn("arossi", "arossi2").list())
        .extracting(User::getId, User::getLastName, User::getEmail, User::getPassword).containsExactlyInAnyOrder(
            tuple("arossi", "Rossi", "anna.rossi@comune.example.it", null),
            tuple("arossi2", "Rossì", "anna.rossi2@comune.example.it", null));
    Api.Answer hers = asInDirectory("arossi").get(engineRest("/task?processInstanceBusinessKey=" + code));
    Api.Answer theOthers = asInDirectory("arossi2").get(engineRest("/task?processInstanceBusinessKey=" + code));
    assertThat(hers.body()).extracting(task -> task.path("name").asText()).singleElement().asString()
        .startsWith("Fase numero 1");
    assertThat(theOthers.body()).extracting(task -> task.path("name").asText()).singleElement().asString()
        .startsWith("Fase numero 2");
  }

  @Test
  void aPersonAnEarlierImportMadeWithARandomPasswordBecomesTheDirectorysAccount() {
    // As an import before the directory made CONTI LAURA, under the id the directory happens to use.
    User older = identity.newUser("lconti");
    older.setFirstName("Laura");
    older.setLastName("Conti");
    older.setPassword("Casuale-Nessuno-1");
    identity.saveUser(older);
    org.camunda.bpm.engine.identity.Group office = identity.newGroup("ufficiocontiprima");
    office.setName("UFFICIO CONTI PRIMA");
    office.setType("UFFICIO");
    identity.saveGroup(office);
    identity.createMembership("lconti", "ufficiocontiprima");

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, sheet(newCode(), phase("CONTI LAURA")));

    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    User conti = identity.createUserQuery().userId("lconti").singleResult();
    assertThat(conti.getPassword()).isNull();
    assertThat(conti.getEmail()).isEqualTo("laura.conti@comune.example.it");
    assertThat(Api.as(port, "lconti", "Casuale-Nessuno-1").get(OBJECTIVES).status()).isEqualTo(401);
    identity.unlockUser("lconti");
    assertThat(asInDirectory("lconti").get(OBJECTIVES).status()).isEqualTo(200);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void anImportWhileTheDirectoryIsDownIs503AndImportsNothing(CapturedOutput log) {
    String code = newCode();
    DIRECTORY.down();

    Api.Answer answer = as(CONTROLLO).postText(OBJECTIVES, realSheet(code));

    assertThat(answer.status()).as(answer.text()).isEqualTo(503);
    assertThat(answer.body().path("title").asText()).isEqualTo("Elenco del personale non raggiungibile");
    assertThat(answer.body().path("detail").asText()).contains("Nessun obiettivo è stato importato");
    assertThat(processInstances(code)).isZero();
    assertThat(log.getOut()).contains("WARN").contains("Import refused: the directory does not answer")
        .doesNotContain(" ERROR ");

    DIRECTORY.up();
    assertThat(as(CONTROLLO).postText(OBJECTIVES, realSheet(code)).status()).isEqualTo(201);
  }

  private static org.assertj.core.groups.Tuple refused(String sheet, int number, String printed, String problem) {
    int line = lineOf(sheet, printed);
    return tuple(line, "Riga " + line + ", fase " + number + " «Fase numero " + number + "»: " + problem);
  }

  private static int lineOf(String sheet, String text) {
    String[] lines = sheet.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("\t" + text)) {
        return i + 1;
      }
    }
    throw new AssertionError("No line with " + text);
  }

  private static String phase(String responsible) {
    return responsible + "\tSERVIZIO SOCIALE AMMINISTRATIVO";
  }

  /** One objective of the Servizio sociale amministrativo (its Dirigente and Direttore are in the directory). */
  private static String sheet(String code, String... phases) {
    return SheetPeopleTest.sheet(code, "SERVIZIO SOCIALE AMMINISTRATIVO", "FOTI FILIPPO", phases);
  }
}
