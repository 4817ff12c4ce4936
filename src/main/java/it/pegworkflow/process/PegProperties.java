package it.pegworkflow.process;

import it.pegworkflow.scoring.ScoringRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings of PEG Workflow ({@code peg.*}).
 *
 * @param timeZone the municipality's zone: planned dates start and end in it
 * @param reportingDeadline the day of the year after the objective's year when open phases close
 * @param phasesShare the weight of the phases against the indicators in the objective's score
 * @param penaltyPerDayLate points a deadline indicator loses for each day late
 * @param directoryMapping optional file of {@code SURNAME NAME = userid} lines for real directory ids
 * @param importAtStartup sheet files or folders imported when the application starts
 * @param admin the administrator created at start-up, when both user and password are given
 * @param maxSheetSize the largest request body {@code /api} accepts (a sheet file); larger ones get 413
 */
@ConfigurationProperties("peg")
public record PegProperties(
    @DefaultValue("Europe/Rome") ZoneId timeZone,
    @DefaultValue("--01-31") MonthDay reportingDeadline,
    @DefaultValue("0.5") BigDecimal phasesShare,
    @DefaultValue("1") BigDecimal penaltyPerDayLate,
    Path directoryMapping,
    @DefaultValue("") List<Path> importAtStartup,
    @DefaultValue Admin admin,
    @DefaultValue("5MB") DataSize maxSheetSize) {

  public record Admin(String user, String password) {
    public boolean configured() {
      return user != null && !user.isBlank() && password != null && !password.isBlank();
    }
  }

  public ScoringRules scoringRules() {
    return new ScoringRules(phasesShare, penaltyPerDayLate);
  }
}
