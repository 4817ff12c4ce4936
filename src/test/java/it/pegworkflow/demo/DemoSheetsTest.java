package it.pegworkflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoSheetsTest {

  @Test
  void theRealSheetMovesIntoTheCurrentYear() {
    String moved = DemoSheets.movedToYear("2017_ZN02**Titolo**\n\t01/03/2017\t30/11/2017\t20,00\n\t31/01/2018", 2017, 2026);
    assertThat(moved).isEqualTo("2026_ZN02**Titolo**\n\t01/03/2026\t30/11/2026\t20,00\n\t31/01/2027");
  }

  @Test
  void theExampleSheetIsDatedFromToday() {
    String dated = DemoSheets.datedFrom("{ANNO}_ZN05\t{OGGI-10}\t{OGGI+20}", LocalDate.of(2026, 11, 26));
    assertThat(dated).isEqualTo("2026_ZN05\t16/11/2026\t16/12/2026");
  }
}
