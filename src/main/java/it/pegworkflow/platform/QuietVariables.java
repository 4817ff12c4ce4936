package it.pegworkflow.platform;

/**
 * Which variables' history would say nothing: told by the process, which knows its variables
 * ({@link HistoryWithoutCopies}). Their runtime values stay, so Cockpit and the forms show them.
 */
public interface QuietVariables {

  /**
   * A copy of a value whose home is elsewhere, kept on the scope for the model, the forms and
   * Cockpit: the phase's plan copied from our tables (whose changes our tables keep, act by act), or
   * one of the engine's own loop counters (which the activity history already tells).
   */
  boolean isCopy(String name);

  /**
   * A slot a phase, an indicator or a task opens, empty or with a default, so that what its task
   * sends stays its own: its history starts with the first value given to it after.
   */
  boolean isSlot(String name);
}
