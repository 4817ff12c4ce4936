package it.pegworkflow.platform;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * When the application stops (SIGTERM, an upgrade), the job executor stops first: it takes no new
 * job, gives back the ones it had taken but not started, and the running ones finish while the
 * database and our beans are still there. Left to the usual order, Spring closed them under the
 * running jobs, which failed and lost a retry (and filled the log with errors at every stop).
 */
@Component
class JobExecutorStop implements ApplicationListener<ContextClosedEvent>, Ordered {

  private static final String CAMUNDA_TASK_EXECUTOR = "camundaTaskExecutor";
  private static final Duration GRACE = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(JobExecutorStop.class);

  private final ProcessEngine engine;
  private final ApplicationContext context;

  JobExecutorStop(ProcessEngine engine, ApplicationContext context) {
    this.engine = engine;
    this.context = context;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (event.getApplicationContext() != context || jobs == null || !jobs.isActive()) {
      return;
    }
    jobs.shutdown();
    if (context.containsBean(CAMUNDA_TASK_EXECUTOR)
        && context.getBean(CAMUNDA_TASK_EXECUTOR) instanceof ThreadPoolTaskExecutor pool) {
      awaitIdle(pool);
    }
  }

  private static void awaitIdle(ThreadPoolTaskExecutor pool) {
    long deadline = System.nanoTime() + GRACE.toNanos();
    while (pool.getActiveCount() > 0 || pool.getQueueSize() > 0) {
      if (System.nanoTime() > deadline) {
        LOG.warn("Arresto: {} compiti del job executor ancora in corso dopo {} s", pool.getActiveCount(), GRACE.toSeconds());
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
