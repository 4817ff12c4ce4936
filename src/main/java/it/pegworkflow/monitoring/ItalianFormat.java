package it.pegworkflow.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates and numbers the way Italian readers write them: 31/12/2017, 78,50. */
final class ItalianFormat {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] MONTHS = {"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"};

  private ItalianFormat() {}

  static String date(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  static String decimal(BigDecimal number) {
    return number == null ? "" : number.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  /** A percentage without useless decimals: 80%, 12,5%. */
  static String percent(BigDecimal number) {
    if (number == null) {
      return "";
    }
    BigDecimal plain = number.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',') + "%";
  }

  static String month(LocalDate day) {
    return MONTHS[day.getMonthValue() - 1];
  }
}
