package it.pegworkflow.varying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** A change of the plan that meets another transaction's write is a 409 in Italian, rolled back, never a 500. */
class PlanTransactionTest {

  private final List<String> ends = new ArrayList<>();
  private final PlanTransaction transaction = new PlanTransaction(new PlatformTransactionManager() {
    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
      return new SimpleTransactionStatus();
    }

    @Override
    public void commit(TransactionStatus status) {
      ends.add(status.isRollbackOnly() ? "rolled back" : "committed");
    }

    @Override
    public void rollback(TransactionStatus status) {
      ends.add("rolled back");
    }
  }, null);

  @Test
  void theEnginesOptimisticLockingADuplicateKeyOrALockNotObtainedAre409AndRolledBack() {
    for (RuntimeException concurrent : List.of(new OptimisticLockingException("updated by another transaction"),
        new DuplicateKeyException("peg_phase primary key"), new CannotAcquireLockException("lock timeout"),
        new DataIntegrityViolationException("wrapped", new SQLException("unique", "23505")))) {
      assertThatThrownBy(() -> transaction.run(false, () -> {
        throw concurrent;
      })).isInstanceOfSatisfying(VariationRefused.class, refused -> {
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.getMessage()).contains("nello stesso momento", "riprovare");
      });
    }
    assertThat(ends).containsOnly("rolled back").hasSize(4);
  }

  @Test
  void anyOtherFailureStaysWhatItIs() {
    IllegalStateException bug = new IllegalStateException("a bug");
    assertThatThrownBy(() -> transaction.run(false, () -> {
      throw bug;
    })).isSameAs(bug);
  }

  @Test
  void aDryRunIsRolledBackAndAnswersTheSame() {
    assertThat(transaction.run(true, () -> "the diff")).isEqualTo("the diff");
    assertThat(transaction.run(false, () -> "the diff")).isEqualTo("the diff");
    assertThat(ends).containsExactly("rolled back", "committed");
  }
}
