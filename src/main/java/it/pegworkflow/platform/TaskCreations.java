package it.pegworkflow.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Told of every user task a process creates, in the engine's transaction, after the model's own
 * create listeners (the task has its name, assignee, candidates and due date). Fed by
 * {@link TaskCreationHook} without a line in the BPMN; implemented by the e-mail notices
 * (mailing.TaskNotices). Platform knows no process: the implementation says which it follows.
 */
public interface TaskCreations {

  /** The key of the process definition whose user tasks are followed. */
  String processKey();

  /**
   * A task was created. Runs as the application, not as the person whose action created it: looking
   * up a group's members or another task needs no grant of theirs.
   */
  void created(DelegateTask task);

  /**
   * A task was given to someone (a variation's new responsible, an administrator's reassignment), in
   * the same way as {@link #created}; the engine says so at a creation with an assignee too.
   */
  default void reassigned(DelegateTask task) {}
}
