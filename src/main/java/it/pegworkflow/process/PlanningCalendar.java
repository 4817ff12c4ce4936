package it.pegworkflow.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import it.pegworkflow.platform.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Turns the sheets' days into the instants the engine's timers and due dates need: a phase starts
 * at the first moment of its planned start and is late after the last moment of its planned end.
 */
@Component
public class PlanningCalendar {

  private static final LocalTime LAST_MOMENT = LocalTime.of(23, 59, 59);

  private final PegProperties properties;

  public PlanningCalendar(PegProperties properties) {
    this.properties = properties;
  }

  public Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(properties.timeZone()).toInstant());
  }

  public Date endOf(LocalDate day) {
    return Date.from(day.atTime(LAST_MOMENT).atZone(properties.timeZone()).toInstant());
  }

  /** When the phases of an objective of {@code year} still open are closed as not completed. */
  public Date reportingDeadline(int year) {
    return endOf(properties.reportingDeadline().atYear(year + 1));
  }

  /** Today in the municipality, by the engine's clock (which tests move). */
  public LocalDate today() {
    return dayOf(Date.from(EngineClock.now()));
  }

  public LocalDate dayOf(Date instant) {
    return instant.toInstant().atZone(properties.timeZone()).toLocalDate();
  }
}
