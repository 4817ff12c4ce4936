package it.pegworkflow.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Realistic PEG sheets for the benchmark: a city of Direzioni and Servizi, 4 to 8 phases with
 * weights adding up to 100, 2 to 5 indicators with every kind of target, as the printed sheets are.
 */
final class BenchSheets {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<String> TARGETS = List.of("entro il 30 Giugno", "entro il 31/12/%d", "maggiore di 100",
      "maggiore o uguale a 90,00%", "non inferiore a 2.500", "Almeno due", "minore di 15", "non superiore a 10", "2/4",
      "100%", "1,00", "SI", "n.d.", "Aumento del 20% rispetto alla baseline");
  /** What a Dirigente records for each target above, in the same order: some met, some not (scores under 100). */
  private static final List<String> ACTUALS = List.of("05/07/%d", "20/12/%d", "120", "92%", "2.000", "2", "10", "8",
      "1/4", "100", "1", "SI", "70", "85");
  private static final String[] SURNAMES = {"ROSSI", "BIANCHI", "VERDI", "ESPOSITO", "ROMANO", "COLOMBO", "RICCI",
      "MARINO", "GRECO", "BRUNO", "GALLO", "CONTI", "DE LUCA", "MANCINI", "COSTA", "GIORDANO"};
  private static final String[] NAMES = {"MARCO", "GIULIA", "LUCA", "FRANCESCA", "ANDREA", "CHIARA", "PAOLO", "SARA"};
  /** Second given names: a larger city's responsibles ({@link #city}). */
  private static final String[] SECOND_NAMES = {"MARIA", "ALBERTO", "ELENA"};

  private final Random random;
  private final int year;
  private final boolean largeCity;

  BenchSheets(long seed, int year) {
    this(seed, year, false);
  }

  private BenchSheets(long seed, int year, boolean largeCity) {
    this.random = new Random(seed);
    this.year = year;
    this.largeCity = largeCity;
  }

  /**
   * The sheets of a large comune: every (Servizio, phase) pair has a responsible of its own (up to
   * 480 P.O.s for 60 Servizi), where the default city shares 128 names among them all. The
   * five-year benchmark's deadline day needs 200 different responsibles with phases open.
   */
  static BenchSheets city(long seed, int year) {
    return new BenchSheets(seed, year, true);
  }

  /** One file with the objectives numbered {@code from} to {@code from + count - 1}. */
  String file(int from, int count) {
    StringBuilder file = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      file.append(objective(i)).append("\n\n");
    }
    return file.toString();
  }

  /** A value the Dirigente could record for the indicator whose expected value is {@code expected}. */
  static String actualFor(String expected, int year) {
    for (int i = 0; i < TARGETS.size(); i++) {
      if (TARGETS.get(i).replace("%d", Integer.toString(year)).equals(expected)) {
        return ACTUALS.get(i).replace("%d", Integer.toString(year));
      }
    }
    throw new IllegalArgumentException("No benchmark target " + expected);
  }

  static String code(int year, int number) {
    return year + "_B" + number;
  }

  private String objective(int number) {
    int department = number % 12;
    int unit = number % 60;
    StringBuilder sheet = new StringBuilder();
    sheet.append(code(year, number)).append("**Obiettivo di prova numero ").append(number).append(" del PEG**\n\n");
    sheet.append("Direzione\tDIREZIONE ").append(department).append("\tDirettore\t").append(person(department, 0))
        .append("\tClassificazione\tDIREZIONALE\n");
    sheet.append("-----------\t----\t-----------\t----\t-----------------\t----\n\n");
    sheet.append("Servizio\tSERVIZIO ").append(unit).append(" DELLA DIREZIONE ").append(department).append("\tDirigente\t")
        .append(person(unit, 1)).append("\tTipologia\tSVILUPPO\n");
    sheet.append("----------\t--\t-----------\t----\t-----------\t----\n\n");
    sheet.append("**Descrizione\ndettagliata\ndell'obiettivo**\n\n");
    sheet.append("Descrizione dell'obiettivo ").append(number).append(", con i suoi paragrafi come nei fogli reali.\n\n");
    sheet.append("Secondo paragrafo della descrizione dell'obiettivo.\n\n");
    sheet.append("FASI\t\t\t\t\t\n");
    int phases = 4 + random.nextInt(5);
    int[] weights = weights(phases);
    for (int p = 0; p < phases; p++) {
      LocalDate start = LocalDate.of(year, 1 + random.nextInt(6), 1);
      LocalDate end = start.plusMonths(3 + random.nextInt(6)).minusDays(1);
      sheet.append("FASE\tFase ").append(p + 1).append(" dell'obiettivo ").append(number).append("\t\t\t\t\n");
      sheet.append("\tInizio Previsto\tFine Prevista\tPeso\tResponsabile\tCentro di Responsabilità\n");
      sheet.append('\t').append(DAY.format(start)).append('\t').append(DAY.format(end)).append('\t')
          .append(weights[p]).append(",00\t").append(responsible(unit, p)).append(" - P.O. UFFICIO ").append(p)
          .append("\tSERVIZIO ").append(unit).append(" DELLA DIREZIONE ").append(department).append('\n');
      sheet.append("Note\t\t\t\t\t\n");
    }
    sheet.append("\nINDICATORI\n\nDescrizione\tTipo\tValore Atteso\n");
    int indicators = 2 + random.nextInt(4);
    for (int i = 0; i < indicators; i++) {
      String target = TARGETS.get((number + i) % TARGETS.size()).replace("%d", Integer.toString(year));
      sheet.append("Indicatore ").append(i + 1).append(" dell'obiettivo ").append(number).append("\tRISULTATO\t")
          .append(target).append('\n');
    }
    return sheet.toString();
  }

  private int[] weights(int phases) {
    int[] weights = new int[phases];
    int left = 100;
    for (int p = 0; p < phases - 1; p++) {
      weights[p] = 100 / phases;
      left -= weights[p];
    }
    weights[phases - 1] = left;
    return weights;
  }

  private String responsible(int unit, int phase) {
    if (!largeCity) {
      return person(unit * 7 + phase, 2);
    }
    int index = unit * 8 + phase;
    String name = SURNAMES[index % SURNAMES.length] + " " + NAMES[(index / SURNAMES.length) % NAMES.length];
    int second = index / (SURNAMES.length * NAMES.length);
    return second == 0 ? name : name + " " + SECOND_NAMES[(second - 1) % SECOND_NAMES.length];
  }

  /** A city of a few hundred people: the same responsibles come back across objectives. */
  private static String person(int seed, int role) {
    int index = Math.abs(seed * 31 + role * 17);
    return SURNAMES[index % SURNAMES.length] + " " + NAMES[(index / SURNAMES.length) % NAMES.length];
  }
}
