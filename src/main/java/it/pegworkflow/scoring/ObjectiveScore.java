package it.pegworkflow.scoring;

import java.math.BigDecimal;

/** The scores of an objective: its phases, its indicators (absent without indicators), the total. */
public record ObjectiveScore(BigDecimal phases, BigDecimal indicators, BigDecimal total) {

}
