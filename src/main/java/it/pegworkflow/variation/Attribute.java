package it.pegworkflow.variation;

import java.util.Arrays;

/**
 * What a variation can change, with the name the API, the tables and the report use
 * (docs/variations.md lists them all). Objective attributes have neither phase nor indicator;
 * phase attributes carry the phase's number, indicator attributes the indicator's.
 */
public enum Attribute {
  // the objective
  TITLE("title", Level.OBJECTIVE),
  DESCRIPTION("description", Level.OBJECTIVE),
  DEPARTMENT("department", Level.OBJECTIVE),
  DIRECTOR("director", Level.OBJECTIVE),
  UNIT("unit", Level.OBJECTIVE),
  MANAGER("manager", Level.OBJECTIVE),
  CLASSIFICATION("classification", Level.OBJECTIVE),
  KIND("kind", Level.OBJECTIVE),
  WITHDRAWN("withdrawn", Level.OBJECTIVE),
  // a phase
  PHASE_ADDED("phaseAdded", Level.PHASE),
  PHASE_REMOVED("phaseRemoved", Level.PHASE),
  PHASE_NAME("name", Level.PHASE),
  PLANNED_START("plannedStart", Level.PHASE),
  PLANNED_END("plannedEnd", Level.PHASE),
  WEIGHT("weight", Level.PHASE),
  RESPONSIBLE("responsible", Level.PHASE),
  CENTRE("centre", Level.PHASE),
  PHASE_NOTE("note", Level.PHASE),
  // an indicator
  INDICATOR_ADDED("indicatorAdded", Level.INDICATOR),
  INDICATOR_REMOVED("indicatorRemoved", Level.INDICATOR),
  INDICATOR_DESCRIPTION("indicatorDescription", Level.INDICATOR),
  INDICATOR_TYPE("indicatorType", Level.INDICATOR),
  TARGET("target", Level.INDICATOR);

  /** Whose attribute it is. */
  public enum Level { OBJECTIVE, PHASE, INDICATOR }

  private final String apiName;
  private final Level level;

  Attribute(String apiName, Level level) {
    this.apiName = apiName;
    this.level = level;
  }

  /** The name in the API's JSON, in peg_plan_change.attribute and in the report. */
  public String apiName() {
    return apiName;
  }

  public Level level() {
    return level;
  }

  public static Attribute ofApiName(String name) {
    return Arrays.stream(values()).filter(a -> a.apiName.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown attribute " + name));
  }
}
