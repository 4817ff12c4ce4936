package it.pegworkflow.process;

import static it.pegworkflow.process.ProcessConstants.*;

import it.pegworkflow.scoring.ObjectiveScore;
import it.pegworkflow.store.ProgressStore;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps that close the year: the score, the Dirigente's justification, the Nucleo's word. */
@Configuration
class ClosingSteps {

  private final ObjectiveScorer scorer;
  private final ProgressStore progress;
  private final PlanningCalendar calendar;

  ClosingSteps(ObjectiveScorer scorer, ProgressStore progress, PlanningCalendar calendar) {
    this.scorer = scorer;
    this.progress = progress;
    this.calendar = calendar;
  }

  @Bean
  JavaDelegate scoreObjective() {
    return execution -> {
      ObjectiveScore score = scorer.score((String) execution.getVariable(OBJECTIVE_CODE));
      execution.setVariable(PHASES_SCORE, score.phases().doubleValue());
      execution.setVariable(INDICATORS_SCORE, score.indicators() == null ? null : score.indicators().doubleValue());
      execution.setVariable(OBJECTIVE_SCORE, score.total().doubleValue());
    };
  }

  @Bean
  TaskListener justifyDeviation() {
    return task -> {
      String reason = new TaskInput(task, calendar).text(DEVIATION_REASON, "Motivazione dello scostamento", true, 4000);
      progress.deviationJustified((String) task.getVariable(OBJECTIVE_CODE), reason);
    };
  }

  @Bean
  TaskListener validateReport() {
    return task -> {
      TaskInput input = new TaskInput(task, calendar);
      boolean approved = input.yesOrNo(VALIDATION_APPROVED, "Rendicontazione approvata");
      String reason = input.text(VALIDATION_REASON, "Motivo del rinvio", !approved, 4000);
      task.setVariable(VALIDATION_APPROVED, approved);
      progress.validationNote((String) task.getVariable(OBJECTIVE_CODE), reason);
    };
  }
}
