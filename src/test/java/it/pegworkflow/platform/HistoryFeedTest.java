package it.pegworkflow.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;

/** Our tables follow the engine's history: without the full history the engine does not start. */
class HistoryFeedTest {

  private final HistoryFeed feed = new HistoryFeed(new EngineHistory() {
    @Override public String processKey() { return "PegObjective"; }
    @Override public boolean followsVariable(String name) { return false; }
    @Override public void activityStarted(String activityId, DelegateExecution execution) { }
    @Override public void activityEnded(String activityId, boolean completed, DelegateExecution execution) { }
    @Override public void variableSet(String name, Object value, DelegateExecution execution) { }
  });

  @Test
  void anEngineWithLessThanTheFullHistoryIsRefusedWithAClearMessage() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_AUDIT);

    assertThatThrownBy(() -> feed.postInit(configuration)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Il livello di storia di Camunda deve essere «full»")
        .hasMessageContaining("Camunda's history level must be full");
  }

  @Test
  void theFullHistoryIsAccepted() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);

    assertThatCode(() -> feed.postInit(configuration)).doesNotThrowAnyException();
  }
}
