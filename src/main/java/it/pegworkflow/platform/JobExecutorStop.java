package it.pegworkflow.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
        && context.getBean(CAMUNDA_TASK_EXECUTOR) instanceof ThreadPoolTaskExecutor pool && awaitIdle(pool)) {
      giveBackLocks(jobs.getLockOwner());
    }
  }

  /**
   * Jobs this node acquired but never ran (its pool was full) keep its lock until the lock expires,
   * five minutes later: the timers they carry would fire that late after a restart. Once nothing of
   * ours runs, the locks go back, so the next node (or this one, restarted) takes them at once.
   */
  private void giveBackLocks(String lockOwner) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    try (Connection db = configuration.getDataSource().getConnection();
        PreparedStatement unlock = db.prepareStatement("update " + table
            + " set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null, REV_ = REV_ + 1 where LOCK_OWNER_ = ?")) {
      unlock.setString(1, lockOwner);
      int given = unlock.executeUpdate();
      if (!db.getAutoCommit()) {
        db.commit();
      }
      LOG.info("Stop: {} jobs taken but not run given back", given);
    } catch (SQLException e) {
      LOG.warn("Stop: jobs taken but not run keep their lock until it expires: {}", e.getMessage());
    }
  }

  /** Whether every running job finished within the grace period. */
  private static boolean awaitIdle(ThreadPoolTaskExecutor pool) {
    long deadline = System.nanoTime() + GRACE.toNanos();
    while (pool.getActiveCount() > 0 || pool.getQueueSize() > 0) {
      if (System.nanoTime() > deadline) {
        LOG.warn("Arresto: {} compiti del job executor ancora in corso dopo {} s", pool.getActiveCount(), GRACE.toSeconds());
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
