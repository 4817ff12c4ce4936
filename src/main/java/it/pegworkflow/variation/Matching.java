package it.pegworkflow.variation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which printed phase (or indicator) of the new version is which one of the version in force
 * (docs/variations.md, "Matching"):
 * <ol>
 *   <li>by name (a phase's name, an indicator's description), compared after collapsing whitespace
 *       and ignoring case; among equal names, in order;
 *   <li>each one still unmatched, by its printed number, when a still-unmatched current one has that
 *       stable number: a phase renamed and printed in its place is the same phase with a new name,
 *       not one removed and one added;
 *   <li>whatever is still unmatched is new, and takes the next stable numbers in printed order.
 * </ol>
 * Current ones that nothing matched are removed.
 */
final class Matching {

  private Matching() {}

  /** One current phase or indicator: its stable number and its name. */
  record Current(int number, String name) {}

  /**
   * The stable number of each of {@code printed} (names in printed order, printed numbers 1..n), new
   * ones numbered from {@code firstFree}.
   */
  static List<Integer> stableNumbers(List<Current> current, List<String> printed, int firstFree) {
    Integer[] numbers = new Integer[printed.size()];
    Set<Integer> free = new LinkedHashSet<>();
    current.forEach(c -> free.add(c.number()));
    for (int i = 0; i < printed.size(); i++) {
      String key = key(printed.get(i));
      for (Current c : current) {
        if (free.contains(c.number()) && key(c.name()).equals(key)) {
          numbers[i] = c.number();
          free.remove(c.number());
          break;
        }
      }
    }
    for (int i = 0; i < printed.size(); i++) {
      if (numbers[i] == null && free.remove(i + 1)) {
        numbers[i] = i + 1;
      }
    }
    int next = firstFree;
    List<Integer> stable = new ArrayList<>();
    for (Integer number : numbers) {
      stable.add(number == null ? next++ : number);
    }
    return stable;
  }

  /** A name as matching compares it. */
  static String key(String name) {
    return collapsed(name).toLowerCase(Locale.ITALIAN);
  }

  /** Runs of whitespace as one space, none at the ends: a reprint's spacing is no change. */
  static String collapsed(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }
}
