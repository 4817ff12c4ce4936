package it.pegworkflow.campaigning;

import static it.pegworkflow.process.CampaignConstants.*;

import it.pegworkflow.italian.ItalianDates;
import it.pegworkflow.process.PlanningCalendar;
import it.pegworkflow.store.CampaignStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Campaigns that start by themselves (docs/campaigns.md): on each day of {@code peg.monitoring.dates}
 * (e.g. {@code --06-30,--09-30}; none by default, and then no thread at all) a campaign over every
 * Direzione with that day as reference date and {@code peg.monitoring.answer-days} (15) to answer,
 * unless a campaign with that reference date exists already (one the controllo started, or this one
 * an hour ago). Looked at every hour, so a node that was down at midnight still starts it that day.
 */
@Component
public class ScheduledCampaigns implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledCampaigns.class);

  private final RuntimeService runtime;
  private final CampaignStore store;
  private final PlanningCalendar calendar;
  private final List<MonthDay> dates;
  private final int answerDays;
  private ThreadPoolTaskScheduler scheduler;

  ScheduledCampaigns(RuntimeService runtime, CampaignStore store, PlanningCalendar calendar,
      @Value("${peg.monitoring.dates:}") String dates, @Value("${peg.monitoring.answer-days:15}") int answerDays) {
    this.runtime = runtime;
    this.store = store;
    this.calendar = calendar;
    this.dates = dates(dates);
    if (answerDays < 1) {
      throw new IllegalStateException("peg.monitoring.answer-days: i giorni per rispondere sono almeno 1, non " + answerDays);
    }
    this.answerDays = answerDays;
  }

  public static List<MonthDay> dates(String configured) {
    List<MonthDay> days = new ArrayList<>();
    for (String day : configured.split(",")) {
      if (day.isBlank()) {
        continue;
      }
      try {
        days.add(MonthDay.parse(day.strip()));
      } catch (DateTimeParseException e) {
        throw new IllegalStateException("peg.monitoring.dates: «" + day.strip() + "» non è un giorno dell'anno nella forma "
            + "--mm-gg (per esempio --06-30)");
      }
    }
    return List.copyOf(days);
  }

  /** The campaign of {@code today} if it is one of {@code days} and none has that reference date yet: its instance id. */
  public Optional<String> startIfDue(LocalDate today, List<MonthDay> days) {
    if (!days.contains(MonthDay.from(today)) || store.hasCampaignAt(today)) {
      return Optional.empty();
    }
    var instance = runtime.startProcessInstanceByKey(CAMPAIGN_PROCESS_KEY, Map.of(REFERENCE_DATE, ItalianDates.format(today),
        ANSWER_DEADLINE, ItalianDates.format(today.plusDays(answerDays))));
    LOG.info("Monitoring campaign at {} started by peg.monitoring.dates: instance {}", today, instance.getId());
    return Optional.of(instance.getId());
  }

  @Override
  public synchronized void start() {
    if (dates.isEmpty()) {
      return;
    }
    scheduler = new ThreadPoolTaskScheduler();
    scheduler.setThreadNamePrefix("peg-campaigns-");
    scheduler.setPoolSize(1);
    scheduler.initialize();
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        startIfDue(calendar.today(), dates);
      } catch (RuntimeException e) {
        LOG.warn("Monitoring campaign: the start at a configured date failed, the next round tries again: {}", e.toString());
      }
    }, Instant.now().plusSeconds(60), Duration.ofHours(1));
    LOG.info("Monitoring campaigns start by themselves on {}", dates);
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdown();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
