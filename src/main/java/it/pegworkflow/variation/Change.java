package it.pegworkflow.variation;

/**
 * One attribute of one objective, phase or indicator, before and after a variation. {@code phase}
 * and {@code indicator} are the stable numbers of our tables (null when the attribute is the
 * objective's); {@code before} and {@code after} are as the API shows them, null where there was
 * nothing (a phase added has no before, a phase removed no after).
 */
public record Change(Integer phase, Integer indicator, Attribute attribute, String before, String after) {

  public Change {
    if (attribute == null) {
      throw new IllegalArgumentException("A change names its attribute");
    }
    if ((attribute.level() == Attribute.Level.PHASE) != (phase != null)
        || (attribute.level() == Attribute.Level.INDICATOR) != (indicator != null)) {
      throw new IllegalArgumentException("The change of " + attribute.apiName() + " names the wrong level");
    }
  }

  public static Change ofObjective(Attribute attribute, String before, String after) {
    return new Change(null, null, attribute, before, after);
  }

  public static Change ofPhase(int phase, Attribute attribute, String before, String after) {
    return new Change(phase, null, attribute, before, after);
  }

  public static Change ofIndicator(int indicator, Attribute attribute, String before, String after) {
    return new Change(null, indicator, attribute, before, after);
  }
}
