package it.pegworkflow.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.objective.Indicator;
import it.pegworkflow.objective.Objective;
import it.pegworkflow.objective.Person;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.objective.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real sheet 2017_ZN02 of the Comune di Firenze, every field of it. */
class RealSheetTest {

  private static final String CENTRE = "SERVIZIO SOCIALE AMMINISTRATIVO";
  private static Objective objective;

  @BeforeAll
  static void parse() {
    List<Objective> objectives = SheetParser.parse(Sheets.bytes(Sheets.REAL));
    assertThat(objectives).hasSize(1);
    objective = objectives.get(0);
  }

  @Test
  void readsCodeYearAndTitle() {
    assertThat(objective.code()).isEqualTo("2017_ZN02");
    assertThat(objective.year()).isEqualTo(2017);
    assertThat(objective.title())
        .isEqualTo("Promuovere l'integrazione, l'inclusione sociale e sostenere l'accoglienza");
  }

  @Test
  void readsTheOrganisation() {
    var organisation = objective.organisation();
    assertThat(organisation.department()).isEqualTo("SERVIZI SOCIALI");
    assertThat(organisation.director()).isEqualTo(Person.named("CAVALLERI VINCENZO"));
    assertThat(organisation.unit()).isEqualTo(CENTRE);
    assertThat(organisation.manager()).isEqualTo(Person.named("FOTI FILIPPO"));
    assertThat(organisation.classification()).isEqualTo("DIREZIONALE");
    assertThat(organisation.kind()).isEqualTo("SVILUPPO");
  }

  @Test
  void readsEveryParagraphOfTheDescriptionAndNothingElse() {
    List<String> paragraphs = List.of(objective.description().split("\n\n"));
    assertThat(paragraphs).hasSize(10);
    assertThat(paragraphs.get(0)).startsWith("Il servizio intende sviluppare percorsi personalizzati")
        .endsWith("come strumento di integrazione e prevenzione.");
    assertThat(paragraphs.get(1)).contains("\"città dell'accoglienza\", dove la diversità è una risorsa");
    assertThat(paragraphs.get(9)).isEqualTo("Occorre, quindi da un lato procedere a incrementare il sistema "
        + "di strutture diversificate anche attraverso intese con gli organi decentrati dello Stato sia "
        + "attraverso il consolidamento del sistema SPRAR.");
    assertThat(objective.description()).doesNotContain("GANTT", "2017_ZN02", "**", "Descrizione");
  }

  @Test
  void readsTheFourPhases() {
    assertThat(objective.phases()).containsExactly(
        new Phase(1, "Attuazione proposta di intervento per il contrasto alla grave emarginazione adulta. "
            + "PON Inclusione FEAD", date("01/01/2017"), date("31/12/2017"), weight("30.00"),
            new Person("VERNA MARCO", "P.O. INCLUSIONE SOCIALE"), CENTRE, ""),
        new Phase(2, "Stipula protocolli d'intesa con soggetti terzi per l'individuazione di strutture "
            + "destinati ai MSNA", date("01/03/2017"), date("30/11/2017"), weight("20.00"),
            new Person("BONANNI GIUSEPPINA", "P.O. STRANIERI E IMMIGRAZIONE"), CENTRE, ""),
        new Phase(3, "Promuovere l'integrazione sociale degli stranieri con azioni che coniughino "
            + "l'accoglienza con la tutela e il rispetto della legalità.", date("01/01/2017"),
            date("31/12/2017"), weight("20.00"),
            new Person("BONANNI GIUSEPPINA", "P.O. STRANIERI E IMMIGRAZIONE"), CENTRE, ""),
        new Phase(4, "Ricerca finanziamenti dell'Unione europea nazionale e regionale", date("01/01/2017"),
            date("31/12/2017"), weight("30.00"), new Person("DEL MORO SANDRA", "P.O. AFF.GEN.SERV.SOCIALI"),
            CENTRE, ""));
  }

  @Test
  void readsTheThreeIndicatorsWithTheirTargets() {
    assertThat(objective.indicators()).containsExactly(
        new Indicator(1, "Presentazione progetto PON (Programma Operativo Nazionale) inclusione FEAD "
            + "(Fondo di Aiuti Europei agli Indigenti)", "PERFORMANCE", "entro il 30 Giugno",
            new Target.Deadline(LocalDate.of(2017, 6, 30))),
        new Indicator(2, "Ricerca finanziamenti: Progetti di finanziamento ammessi/ progetti presentati",
            "RISULTATO", "2/4", new Target.Ratio(BigDecimal.valueOf(2), BigDecimal.valueOf(4))),
        new Indicator(3, "Soggetti inseriti nei progetti SPRAR", "RISULTATO", "maggiore di 100",
            new Target.Threshold(Target.Comparison.GREATER_THAN, BigDecimal.valueOf(100), false)));
  }

  static LocalDate date(String italian) {
    String[] parts = italian.split("/");
    return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
  }

  static Optional<BigDecimal> weight(String value) {
    return Optional.of(new BigDecimal(value));
  }
}
