package it.pegworkflow.process;

import it.pegworkflow.importing.ObjectiveImport;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An import that meets another transaction writing the same membership is tried again, quietly. */
@ExtendWith(OutputCaptureExtension.class)
class RetriedImportTest extends ProcessTest {

  @Autowired IdentityService identity;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void anImportRetriedAfterAConcurrentWriteSucceedsAndLeavesNoErrorInTheLog(CapturedOutput log) throws Exception {
    String name = "VERNA MARCO " + letters(code);
    String userId = name.toLowerCase().replace(" ", "");
    harness.importSheet(ProcessHarness.realSheet(code).replace("VERNA MARCO", name));
    // The second sheet puts him in the Direzione's office too: a membership he does not have yet.
    String second = ProcessHarness.newCode();
    String sheet = ProcessHarness.realSheet(second).replace("VERNA MARCO", name)
        .replaceFirst("INCLUSIONE SOCIALE\tSERVIZIO SOCIALE AMMINISTRATIV", "INCLUSIONE SOCIALE\tSERVIZI SOC");
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    // Another node adds the same membership and has not committed yet when the import writes it.
    CompletableFuture<Void> otherNode = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
        .executeWithoutResult(status -> {
          identity.createMembership(userId, "servizisociali");
          written.countDown();
          await(commit);
        }));
    assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
    AtomicReference<Thread> importer = new AtomicReference<>();
    CompletableFuture<ObjectiveImport.Imported> imported = CompletableFuture.supplyAsync(() -> {
      importer.set(Thread.currentThread());
      return harness.importSheet(sheet);
    });
    waitUntilBlockedInTheDatabase(importer);
    commit.countDown();
    otherNode.get(10, TimeUnit.SECONDS);

    assertThat(imported.get(30, TimeUnit.SECONDS).code()).isEqualTo(second);
    assertThat(log.getOut()).as("the first attempt failed and was tried again").contains("Import retried (2 of 3)");
    assertThat(log.getOut()).as("a retried and successful import is no error").doesNotContain(" ERROR ")
        .doesNotContain("\tat org.camunda");
    assertThat(identity.createUserQuery().userId(userId).memberOfGroup("servizisociali").count()).isEqualTo(1);
  }

  /**
   * H2 waits for another transaction's key by trying the insert again and again until its lock
   * timeout: a thread found inside {@code MVTable.addRow} three times in a row (40 ms) is waiting.
   */
  private static void waitUntilBlockedInTheDatabase(AtomicReference<Thread> importer) throws InterruptedException {
    int seen = 0;
    for (int i = 0; i < 500 && seen < 3; i++) {
      Thread thread = importer.get();
      boolean inserting = thread != null && Arrays.stream(thread.getStackTrace())
          .anyMatch(f -> f.getClassName().equals("org.h2.mvstore.db.MVTable") && f.getMethodName().equals("addRow"));
      seen = inserting ? seen + 1 : 0;
      Thread.sleep(20);
    }
    if (seen < 3) {
      throw new AssertionError("The import never waited for the other transaction's key");
    }
  }

  private static String letters(String code) {
    StringBuilder out = new StringBuilder();
    for (char c : code.substring(5).toCharArray()) {
      out.append(Character.isDigit(c) ? (char) ('A' + (c - '0')) : c);
    }
    return out.toString();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
