package it.pegworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * An H2 file with the application's own settings ({@code peg.h2-settings} of application.yaml,
 * {@code WRITE_DELAY=0} among them) written the way the engine writes it: thousands of small
 * commits, each adding history rows, adding and deleting runtime rows and updating a hot row. Without
 * compaction while running the file stayed at 20 times its live data (146 MB for 7 MB: every
 * commit's chunk kept its length for the few live pages left in it).
 */
class H2FileCompactionTest {

  /** Commits of the workload: about 7 MB of live rows at the end. */
  private static final int ROUNDS = 300;
  private static final int COMMITS_PER_ROUND = 20;

  /** How long after the last write the file is looked at. */
  private static final Duration SETTLING = H2FileCompaction.RETENTION.plusSeconds(3);

  @TempDir
  Path directory;

  @Test
  void theFileStaysNearItsLiveDataWhileTheApplicationWrites() throws Exception {
    JdbcDataSource dataSource = h2File("running", applicationSettings());
    Path file = directory.resolve("running.mv.db");
    H2FileCompaction compaction = new H2FileCompaction(dataSource);
    long written;
    long running;
    try (Connection connection = dataSource.getConnection()) {
      compaction.start();
      assertThat(compaction.isRunning()).as("compaction started on an H2 file with WRITE_DELAY=0").isTrue();
      writeLikeTheEngine(connection);
      written = Files.size(file);
      // the last chunks become rewritable once their retention time has passed
      assertThat(retentionTime(connection)).isEqualTo(H2FileCompaction.RETENTION.toMillis());
      Thread.sleep(SETTLING.toMillis());
      compaction.stop();
      running = Files.size(file);
      assertThat(retentionTime(connection)).as("H2's own retention time once nobody forces the file to the disk")
          .isEqualTo(45_000);
      // closed as by a crash: no compaction nor write at the close
      execute(connection, "shutdown immediately");
    }
    try (Connection reopened = dataSource.getConnection(); Statement statement = reopened.createStatement();
        var counts = statement.executeQuery("select (select count(*) from history), (select count(*) from runtime),"
            + " (select value_ from property)")) {
      counts.next();
      assertThat(counts.getLong(1)).as("history rows, every one committed").isEqualTo(ROUNDS * COMMITS_PER_ROUND * 5L);
      assertThat(counts.getLong(2)).as("runtime rows of the last two rounds").isEqualTo(2 * COMMITS_PER_ROUND * 5L);
      assertThat(counts.getLong(3)).as("the hot row's last value").isEqualTo(ROUNDS * COMMITS_PER_ROUND * 5L);
    }

    // the live data: the pages a copy of the closed file keeps (uncompressed, as the running file)
    MVStoreTool.compact(file.toString(), false);
    long live = Files.size(file);
    assertThat(running)
        .as("file %d MB after the writes, %d MB %d s later, against %d MB of live data", written >> 20, running >> 20,
            SETTLING.toSeconds(), live >> 20)
        .isLessThan(2 * live);
  }

  @Test
  void anInMemoryDatabaseOrOneWithH2sOwnWriterIsLeftAlone() throws Exception {
    for (JdbcDataSource dataSource : new JdbcDataSource[] {
        inMemory(), h2File("delayed", ";WRITE_DELAY=500"), h2File("default", "")}) {
      try (Connection open = dataSource.getConnection()) {
        H2FileCompaction compaction = new H2FileCompaction(dataSource);
        compaction.start();
        assertThat(compaction.isRunning()).as(dataSource.getURL()).isFalse();
      }
    }
  }

  /** Per round: commits of five history rows and five runtime rows each, then the runtime rows of an older round go. */
  private static void writeLikeTheEngine(Connection connection) throws SQLException {
    execute(connection, "create table history (id bigint primary key, instance int, name varchar(100), text_ varchar(400))");
    execute(connection, "create index history_instance on history (instance)");
    execute(connection, "create table runtime (id bigint primary key, instance int, name varchar(100), text_ varchar(400))");
    execute(connection, "create index runtime_instance on runtime (instance)");
    execute(connection, "create table property (name varchar(100) primary key, value_ bigint)");
    execute(connection, "insert into property values ('next.dbid', 0)");
    connection.setAutoCommit(false);
    try (PreparedStatement history = connection.prepareStatement("insert into history values (?, ?, ?, ?)");
        PreparedStatement runtime = connection.prepareStatement("insert into runtime values (?, ?, ?, ?)");
        PreparedStatement nextId = connection.prepareStatement("update property set value_ = ? where name = 'next.dbid'");
        PreparedStatement ended = connection.prepareStatement("delete from runtime where instance = ?")) {
      long id = 0;
      for (int round = 0; round < ROUNDS; round++) {
        for (int commit = 0; commit < COMMITS_PER_ROUND; commit++) {
          for (int row = 0; row < 5; row++) {
            id++;
            insert(history, id, round, "variable" + row, text(id));
            insert(runtime, id, round, "variable" + row, text(-id));
          }
          nextId.setLong(1, id);
          nextId.executeUpdate();
          connection.commit();
        }
        ended.setInt(1, round - 2);
        ended.executeUpdate();
        connection.commit();
      }
    }
    connection.setAutoCommit(true);
  }

  /** 200 characters that do not compress: the file's size is not a matter of luck. */
  private static String text(long seed) {
    java.util.Random random = new java.util.Random(seed);
    StringBuilder text = new StringBuilder();
    while (text.length() < 200) {
      text.append(Long.toString(random.nextLong(), 36));
    }
    return text.toString();
  }

  private static void insert(PreparedStatement insert, long id, int instance, String name, String text) throws SQLException {
    insert.setLong(1, id);
    insert.setInt(2, instance);
    insert.setString(3, name);
    insert.setString(4, text);
    insert.executeUpdate();
  }

  private static long retentionTime(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        var setting = statement.executeQuery("select setting_value from information_schema.settings where setting_name = 'RETENTION_TIME'")) {
      setting.next();
      return Long.parseLong(setting.getString(1));
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private JdbcDataSource h2File(String name, String settings) {
    return dataSource("jdbc:h2:file:" + directory.resolve(name).toAbsolutePath() + settings);
  }

  private static JdbcDataSource inMemory() {
    return dataSource("jdbc:h2:mem:compaction;WRITE_DELAY=0");
  }

  private static JdbcDataSource dataSource(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    return dataSource;
  }

  /** {@code peg.h2-settings}, exactly as the application puts it on its H2 URL. */
  private static String applicationSettings() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    String settings = yaml.getObject().getProperty("peg.h2-settings");
    assertThat(settings).contains("WRITE_DELAY=0");
    return settings;
  }
}
