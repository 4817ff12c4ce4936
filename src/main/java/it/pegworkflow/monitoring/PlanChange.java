package it.pegworkflow.monitoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One attribute changed by one act of the controllo di gestione (a row of {@code peg_plan_change}
 * with its {@code peg_variation}): the act, when it takes effect, who sent it and when, and the value
 * before and after as the API shows them (docs/variations.md). {@code phase} and {@code indicator}
 * are the stable numbers; {@code attribute} is the API name of a {@code variation.Attribute}.
 */
public record PlanChange(
    long changeId,
    long variationId,
    String kind,
    String act,
    LocalDate effective,
    String sentBy,
    LocalDateTime sentAt,
    String objectiveCode,
    Integer phase,
    Integer indicator,
    String attribute,
    String before,
    String after) {

  /** Whether it changed this phase or indicator (both null: the objective's own attributes). */
  boolean of(Integer phase, Integer indicator) {
    return Objects.equals(this.phase, phase) && Objects.equals(this.indicator, indicator);
  }
}
