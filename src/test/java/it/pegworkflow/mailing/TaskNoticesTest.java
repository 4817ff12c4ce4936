package it.pegworkflow.mailing;

import static it.pegworkflow.process.ProcessConstants.TASK_COMPLETE_PHASE;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import it.pegworkflow.process.PegProperties;
import it.pegworkflow.store.MailOutbox;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** A notice that cannot be written never stops a task from being created; the database's failure does. */
class TaskNoticesTest {

  private final MailOutbox outbox = mock(MailOutbox.class);
  private final TaskNotices notices = notices();

  @Test
  void aNoticeThatCannotBeWrittenIsAWarningNotAFailedTask() {
    DelegateTask task = phaseTask();
    when(task.getVariable(anyString())).thenThrow(new ClassCastException("a variable the model no longer sets"));

    assertThatCode(() -> notices.created(task)).doesNotThrowAnyException();
  }

  @Test
  void theDatabaseFailingFailsTheTransaction() {
    DelegateTask task = phaseTask();
    when(task.getVariable(anyString())).thenReturn(null);
    when(outbox.queue(any(), any(), any(), any())).thenThrow(new DataAccessResourceFailureException("gone"));

    assertThatThrownBy(() -> notices.created(task)).isInstanceOf(DataAccessResourceFailureException.class);
  }

  private static DelegateTask phaseTask() {
    DelegateTask task = mock(DelegateTask.class);
    ProcessEngine engine = mock(ProcessEngine.class);
    when(engine.getName()).thenReturn("default");
    when(task.getProcessEngine()).thenReturn(engine);
    when(task.getId()).thenReturn("t1");
    when(task.getAssignee()).thenReturn("vernamarco");
    when(task.getTaskDefinitionKey()).thenReturn(TASK_COMPLETE_PHASE);
    when(task.getDueDate()).thenReturn(new java.util.Date());
    return task;
  }

  private TaskNotices notices() {
    PegProperties peg = mock(PegProperties.class);
    when(peg.timeZone()).thenReturn(ZoneId.of("Europe/Rome"));
    MailSettings settings = new MailSettings("http://peg", "peg@x", it.pegworkflow.mail.Frequency.DAILY_DIGEST, "07:00", 7,
        false, java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(5),
        java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1), 2000);
    return new TaskNotices(outbox, new Links(settings, new CamundaBpmProperties()), peg);
  }
}
