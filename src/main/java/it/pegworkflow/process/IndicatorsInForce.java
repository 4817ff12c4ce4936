package it.pegworkflow.process;

import it.pegworkflow.store.IndicatorRow;
import it.pegworkflow.store.ObjectiveStore;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The indicators the reporting asks for: those of the plan in force, by their stable numbers (an
 * indicator removed by a variation is not asked, one added is). The model's <i>Rilevare l'indicatore</i>
 * is one task per number, read each time the reporting starts (again after a send-back of the whole report).
 */
@Component("indicatorsInForce")
public class IndicatorsInForce {

  private final ObjectiveStore store;

  IndicatorsInForce(ObjectiveStore store) {
    this.store = store;
  }

  public List<Integer> numbers(String code) {
    return store.liveIndicators(code).stream().map(IndicatorRow::number).toList();
  }
}
