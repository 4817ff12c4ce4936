package it.pegworkflow.varying;

import it.pegworkflow.platform.ConcurrentWrite;
import it.pegworkflow.platform.CurrentUser;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One change of the plan, all or nothing: our tables, the act's rows and the engine's work in one
 * transaction. Another transaction writing the same rows at the same moment (a phase completed, a
 * second variation, the engine's optimistic locking) makes this one a 409: tried again by the caller,
 * it is compared with what the other made.
 */
@Component
class PlanTransaction {

  private static final Logger LOG = LoggerFactory.getLogger(PlanTransaction.class);

  private final TransactionTemplate transaction;
  private final IdentityService identity;

  PlanTransaction(PlatformTransactionManager transactions, IdentityService identity) {
    this.transaction = new TransactionTemplate(transactions);
    this.identity = identity;
  }

  /** Runs {@code work}; with {@code dryRun} everything it did is rolled back. */
  <T> T run(boolean dryRun, Supplier<T> work) {
    try {
      return transaction.execute(status -> {
        if (dryRun) {
          status.setRollbackOnly();
        }
        return work.get();
      });
    } catch (RuntimeException e) {
      if (e instanceof VariationRefused || !concurrent(e)) {
        throw e;
      }
      LOG.info("Change of the plan refused: another transaction wrote the same rows ({})", e.toString());
      throw VariationRefused.conflict("Un'altra modifica degli stessi obiettivi (una fase completata, un'altra "
          + "variazione) è avvenuta nello stesso momento: nulla è stato cambiato, riprovare");
    }
  }

  /** Who sends the act: the authenticated user (the controller let in only the controllo di gestione). */
  String sender() {
    return CurrentUser.of(identity).map(CurrentUser::id)
        .orElseThrow(() -> new IllegalStateException("A change of the plan without an authenticated user"));
  }

  private static boolean concurrent(Throwable e) {
    return e instanceof ConcurrencyFailureException || e instanceof DuplicateKeyException
        || e instanceof OptimisticLockingException || ConcurrentWrite.causes(e);
  }
}
