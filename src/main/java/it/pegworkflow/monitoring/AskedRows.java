package it.pegworkflow.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The rows of a campaign as {@link CampaignQueries} reads them, before {@link Reader}'s rule and the status. */
final class AskedRows {

  private AskedRows() {}

  /**
   * An objective asked, with its Dirigente's task. {@code openPhases}: its phases (not dropped) not
   * completed by the reference date.
   */
  record AskedObjective(String code, String title, String department, String unit, String manager, String managerId,
      String processInstanceId, String state, String comment, String answeredBy, LocalDateTime answeredAt,
      int openPhases) {}

  /** A phase asked: the plan, the responsible's answer and, beside it, the Dirigente's correction. */
  record AskedPhase(String code, int number, String name, LocalDate plannedStart, LocalDate plannedEnd,
      String responsibleId, String responsible, BigDecimal plannedProgress, String state, BigDecimal completion,
      LocalDate forecastEnd, String criticality, String note, String proposal, String answeredBy,
      LocalDateTime answeredAt, BigDecimal correctedCompletion, LocalDate correctedForecastEnd,
      String correctedCriticality, String correctionNote, String correctedBy) {

    boolean corrected() {
      return correctedCompletion != null || correctedForecastEnd != null || correctedCriticality != null
          || correctionNote != null;
    }

    BigDecimal realised() {
      return correctedCompletion != null ? correctedCompletion : completion;
    }

    LocalDate forecastEndCounted() {
      return correctedForecastEnd != null ? correctedForecastEnd : forecastEnd;
    }

    String criticalityCounted() {
      return correctedCriticality != null ? correctedCriticality : criticality;
    }
  }

  /** An indicator of an objective asked, with the Dirigente's intermediate value or the reason it is empty. */
  record AskedIndicator(String code, int number, String description, String target, String intermediateValue,
      String missingReason) {}
}
