package it.pegworkflow.monitoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A monitoring campaign as the process left it in {@code peg_campaign} (docs/campaigns.md): the date
 * the answers refer to, their deadline, the Direzioni asked ({@code scope}, empty for all of them),
 * OPEN or CLOSED («aperta», «chiusa»), and whether the controllo closed it before the deadline.
 */
public record Campaign(
    long id,
    LocalDate referenceDate,
    LocalDate deadline,
    List<String> scope,
    String scopeLabel,
    String state,
    String stateLabel,
    String startedBy,
    LocalDateTime startedAt,
    LocalDateTime closedAt,
    boolean closedEarly) {

  static Campaign of(long id, LocalDate referenceDate, LocalDate deadline, String scope, String state, String startedBy,
      LocalDateTime startedAt, LocalDateTime closedAt, boolean closedEarly) {
    List<String> direzioni = scope == null ? List.of()
        : scope.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    return new Campaign(id, referenceDate, deadline, direzioni,
        direzioni.isEmpty() ? "tutte le Direzioni" : String.join(", ", direzioni), state,
        "OPEN".equals(state) ? "aperta" : "CLOSED".equals(state) ? "chiusa" : state, startedBy, startedAt, closedAt,
        closedEarly);
  }
}
