package it.pegworkflow.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps an H2 file near the size of its live data while the application runs (docs/operations.md,
 * "Database").
 *
 * <p>H2 (MVStore) never overwrites a page: every commit writes the pages it changed as a new chunk
 * at a free place of the file, and the older copies in earlier chunks become garbage. A chunk is
 * given back only when none of its pages is live any more; a chunk holding a single live page (a
 * history table's full leaf, a row nobody changes again) keeps its whole length. Rewriting those
 * few live pages elsewhere, so that the old chunks can go, is the housekeeping of H2's background
 * writer thread ({@code FileStore.writeInBackground -> RandomAccessStore.doHousekeeping}). That
 * thread exists only with a write delay: {@code WRITE_DELAY=0}, which our URL needs so that a
 * commit is in the file before its answer goes out (CrashIT), stops it
 * ({@code FileStore.setAutoCommitDelay}: the thread is started for a delay {@code > 0} only), and
 * nothing else compacts until the database closes. Measured: 250 objectives of the five-year
 * benchmark left a 3.7 GB file for 44 MB of data.
 *
 * <p>This does the same housekeeping on a thread of ours through MVStore's public API. Every
 * {@link #PERIOD} it forces the file to the disk; while less than {@link #FILL_RATE}% of the older
 * chunks' bytes is live ({@link #IDLE_FILL_RATE}% when nothing was committed since the last round)
 * it rewrites the live pages of the emptiest chunks ({@link #STEP} bytes at a time, under H2's store
 * lock, so between two steps the application's commits go on) and writes them; when the file has
 * much free space it moves the last chunks into it and the file shrinks. Commits still write
 * synchronously, before their answer: durability is unchanged. H2 reuses no chunk younger than its
 * retention time, {@link #RETENTION} here (see {@link #forceToDisk}), so under a stream of commits
 * the file also holds what the last seconds wrote. On PostgreSQL, an in-memory H2 or an H2 URL with
 * a write delay (H2's own writer compacts then) this does nothing.
 */
@Component
class H2FileCompaction implements SmartLifecycle {

  /** Below this share of live bytes in the chunks, the emptiest chunks are rewritten. */
  static final int FILL_RATE = 60;
  /**
   * The same when nothing was committed since the last round: nobody waits for the store lock, so the
   * file is brought nearer its live data (H2's own housekeeping does the same when idle, at its
   * {@code AUTO_COMPACT_FILL_RATE} of 90).
   */
  static final int IDLE_FILL_RATE = 90;
  static final Duration PERIOD = Duration.ofSeconds(1);
  /** Live bytes rewritten in one step under the store lock: a commit waits for one step at most. */
  static final int STEP = 1024 * 1024;
  /** Bytes of chunks moved towards the start of the file at a time, when it is mostly empty. */
  static final int MOVE = 16 * 1024 * 1024;
  /** One round stops after this, leaving the rest to the next one. */
  static final Duration ROUND = Duration.ofMillis(250);
  /**
   * How long H2 leaves a chunk untouched after writing it, while the rounds force the file to the disk
   * every {@link #PERIOD}; H2's own 45 s assume nobody does and the operating system writes its
   * buffers out within that time.
   */
  static final Duration RETENTION = Duration.ofSeconds(10);
  /** A file that takes longer to force to the disk gets H2's own retention time back. */
  static final Duration SLOW_SYNC = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(H2FileCompaction.class);

  private final DataSource dataSource;
  private ThreadPoolTaskScheduler scheduler;
  /** The store's version when the last round ended: the same at the next one, nobody committed. */
  private long versionAfterRound = -1;

  H2FileCompaction(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public synchronized void start() {
    if (fileStoreWithoutWriter().isEmpty()) {
      return;
    }
    scheduler = new ThreadPoolTaskScheduler();
    scheduler.setThreadNamePrefix("peg-h2-compaction-");
    scheduler.setPoolSize(1);
    // a stop waits for the step under way: the database closes after this bean has stopped
    scheduler.setWaitForTasksToCompleteOnShutdown(true);
    scheduler.setAwaitTerminationSeconds(10);
    scheduler.initialize();
    scheduler.scheduleWithFixedDelay(this::round, PERIOD);
    LOG.info("H2: the file is compacted while the application runs, every {} s (WRITE_DELAY=0 leaves H2 without"
        + " its background writer)", PERIOD.toSeconds());
  }

  /** One round of housekeeping; a failure is logged and the next round tries again. */
  void round() {
    try (Connection connection = dataSource.getConnection()) {
      // the borrowed connection keeps the database open during the round
      Optional<MVStore> found = store(connection).filter(H2FileCompaction::withoutWriter);
      if (found.isPresent()) {
        compact(found.get());
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("H2: compaction skipped this round, the next one tries again: {}", e.toString());
    }
  }

  private void compact(MVStore store) {
    forceToDisk(store);
    int fillRate = store.getCurrentVersion() == versionAfterRound ? IDLE_FILL_RATE : FILL_RATE;
    long end = System.nanoTime() + ROUND.toNanos();
    // compact(100, STEP) rewrites the live pages of the emptiest old chunks, STEP bytes of them
    while (!store.isClosed() && rewritableFillRate(store) < fillRate && store.compact(100, STEP)) {
      // the rewritten pages are written now, by this thread, not by the next commit of a user
      store.commit();
      if (System.nanoTime() > end) {
        break;
      }
    }
    // chunks left empty are freed at a commit once their retention time has passed; when they make
    // most of the file, the last chunks move into the holes and the file is cut (moving copies whole
    // chunks and forces the file to the disk several times: not for a few holes)
    while (!store.isClosed() && store.getFillRate() < FILL_RATE && System.nanoTime() < end
        && store.getFileStore() instanceof RandomAccessStore file) {
      long size = file.size();
      file.compactMoveChunks(FILL_RATE, MOVE, store);
      if (file.size() >= size) {
        break;
      }
    }
    versionAfterRound = store.getCurrentVersion();
  }

  /**
   * Forces what the commits wrote to the disk (fsync) and lets H2 reuse a chunk's space once
   * {@link #RETENTION} has passed since its writing: by then it is on the disk, which is what H2's
   * retention time assumes ("a lower value might be dangerous, unless the file system and hard disk
   * flush the buffers earlier": {@code MVStore.setRetentionTime}). A commit already in the file
   * stays there after a kill -9 with or without this; after a power cut, the commits of the last
   * second or so are lost instead of whatever the operating system had not written out yet (about
   * 30 s of them with Linux's defaults).
   */
  private static void forceToDisk(MVStore store) {
    long began = System.nanoTime();
    try {
      store.sync();
    } catch (RuntimeException e) {
      store.setRetentionTime(store.getFileStore().getDefaultRetentionTime());
      throw e;
    }
    boolean slow = System.nanoTime() - began > SLOW_SYNC.toNanos();
    store.setRetentionTime(slow ? store.getFileStore().getDefaultRetentionTime() : (int) RETENTION.toMillis());
  }

  /**
   * The share of live bytes in the chunks that may be rewritten (older than the retention time, not
   * yet empty): the figure H2's own housekeeping decides on, public as {@code info.CHUNKS_FILL_RATE_RW}
   * (also in {@code INFORMATION_SCHEMA.SETTINGS}). Chunks already empty and waiting for their
   * retention time to pass do not count: rewriting more would not free them sooner.
   */
  static int rewritableFillRate(MVStore store) {
    int[] rate = {100};
    store.getFileStore().populateInfo((name, value) -> {
      if (name.equals("info.CHUNKS_FILL_RATE_RW")) {
        rate[0] = Integer.parseInt(value);
      }
    });
    return rate[0];
  }

  private Optional<MVStore> fileStoreWithoutWriter() {
    try (Connection connection = dataSource.getConnection()) {
      return store(connection).filter(H2FileCompaction::withoutWriter);
    } catch (SQLException e) {
      LOG.warn("H2: cannot tell whether the database is an H2 file, it is not compacted while running: {}", e.toString());
      return Optional.empty();
    }
  }

  /** The MVStore of an embedded H2 file behind {@code connection}; empty for anything else. */
  static Optional<MVStore> store(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(JdbcConnection.class)
        || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
      return Optional.empty();
    }
    Database database = session.getDatabase();
    if (!database.isPersistent() || database.getStore() == null) {
      return Optional.empty();
    }
    MVStore store = database.getStore().getMvStore();
    return store.getFileStore() == null || store.getFileStore().isReadOnly() ? Optional.empty() : Optional.of(store);
  }

  /** With a write delay H2's own background writer compacts the file; then we leave it alone. */
  private static boolean withoutWriter(MVStore store) {
    return store.getAutoCommitDelay() == 0;
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdown();
      scheduler = null;
      // nobody forces the file to the disk any more: H2's own retention time again
      try (Connection connection = dataSource.getConnection()) {
        store(connection).ifPresent(store -> store.setRetentionTime(store.getFileStore().getDefaultRetentionTime()));
      } catch (SQLException | RuntimeException e) {
        LOG.warn("H2: retention time not given back at the stop: {}", e.toString());
      }
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
