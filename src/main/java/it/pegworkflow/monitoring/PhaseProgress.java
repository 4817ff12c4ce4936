package it.pegworkflow.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The latest progress a responsible recorded on a phase without ending it (docs/process.md,
 * "Progress updates"): completion so far, when, by whom (the name the sheets print, else the id),
 * the note and the forecast end if given.
 */
public record PhaseProgress(BigDecimal completion, LocalDateTime recordedAt, String authorId, String author,
    LocalDate forecastEnd, String note) {}
