package it.pegworkflow.bench;

import static it.pegworkflow.process.ProcessConstants.*;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import it.pegworkflow.PegApplication;
import it.pegworkflow.process.ProcessHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A profile of what people do on a city's database after some years, for finding what grows with
 * them (docs/benchmark.md, "Five-year profile"). Not a test of the build (its name matches no
 * surefire pattern): run it on its own,
 * {@code mvn -o test -Dbench.skip=true -Dtest=FiveYearProfile -Dprofile.db=postgres -Dprofile.years=4 -Dprofile.per-year=150}.
 * It fills {@code profile.years} past years through the application ({@link PastYears}) and the
 * current one up to mid-May, with a monitoring campaign open, on a database kept under
 * {@code target/profile5-*} (a second run measures the same data without filling again), then calls
 * what a responsible, a Dirigente, the Nucleo and the controllo call, and prints each call's p50/p99
 * and the statements the database spent its time on (pg_stat_statements, H2's query statistics).
 */
class FiveYearProfile {

  private static final int REPEAT = Integer.getInteger("profile.repeat", 20);
  private static final String NUCLEO = "profnucleo";
  private static final String CONTROLLO = "profcontrollo";

  @Test
  void profile() throws Exception {
    boolean postgres = "postgres".equals(System.getProperty("profile.db"));
    int years = Integer.getInteger("profile.years", 4);
    int perYear = Integer.getInteger("profile.per-year", 150);
    Path data = Path.of("target", "profile5-" + (postgres ? "pg" : "h2") + "-" + years + "x" + perYear).toAbsolutePath();
    Files.createDirectories(data);
    EmbeddedPostgres server = postgres ? EmbeddedPostgres.builder().setDataDirectory(data.resolve("pgdata"))
        .setCleanDataDirectory(false).setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain")
        .setServerConfig("pg_stat_statements.track", "all")
        // Every statement slower than this is logged with its plan and real parameters (target/profile5-*/postgres.log).
        .setServerConfig("auto_explain.log_min_duration", System.getProperty("profile.explain-ms", "-1"))
        .setServerConfig("auto_explain.log_analyze", "on")
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(data.resolve("postgres.log").toFile()))
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(data.resolve("postgres.log").toFile())).start() : null;
    try (ConfigurableApplicationContext app = start(postgres ? url(server) : h2(data))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      DataSource dataSource = app.getBean(DataSource.class);
      Benchmark.pauseJobExecutor(engine);
      JdbcClient jdbc = JdbcClient.create(dataSource);
      int current = LocalDate.now(Benchmark.ROME).getYear();
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      ProfileCalls calls = new ProfileCalls(port);
      try {
        if (jdbc.sql("select count(*) from peg_objective").query(Long.class).single() == 0) {
          fill(engine, new Http(port), calls, years, perYear, current);
        }
        ProcessHarness.today(current + "-05-15");
        otherPeoplesGrants(jdbc, postgres, Integer.getInteger("profile.extra-grants", 0));
        measure(engine, jdbc, new SqlStatistics(dataSource, postgres), calls, current);
      } finally {
        ProcessHarness.resetClock();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private void fill(ProcessEngine engine, Http http, ProfileCalls calls, int years, int perYear, int current)
      throws Exception {
    long began = System.nanoTime();
    PastYears past = new PastYears(engine, http, perYear);
    for (int year = current - years; year < current; year++) {
      past.importYear(year);
      past.liveThrough(year);
      System.out.printf("PROFILE filled %d after %.0f s%n", year, (System.nanoTime() - began) / 1e9);
    }
    past.importYear(current);
    ProcessHarness.today(current + "-05-15");
    ProfileCalls.runDueJobs(engine);
    BenchPeople.member(engine, NUCLEO, NUCLEO_GROUP);
    BenchPeople.member(engine, CONTROLLO, CONTROLLO_GROUP);
    String campaign = calls.startCampaign(CONTROLLO, "30/04/" + current, "31/05/" + current);
    ProfileCalls.runDueJobs(engine);
    System.out.printf("PROFILE filled %d (running, campaign %s) after %.0f s%n", current, campaign,
        (System.nanoTime() - began) / 1e9);
  }

  private void measure(ProcessEngine engine, JdbcClient jdbc, SqlStatistics statistics, ProfileCalls calls, int current)
      throws Exception {
    IdentityService identity = engine.getIdentityService();
    String responsible = jdbc.sql("""
            select ASSIGNEE_ from ACT_RU_TASK where TASK_DEF_KEY_ = ? group by ASSIGNEE_ order by count(*) desc, ASSIGNEE_""")
        .param(TASK_COMPLETE_PHASE).query(String.class).list().get(0);
    String manager = jdbc.sql("select manager_id from peg_objective group by manager_id order by count(*) desc, manager_id")
        .query(String.class).list().get(0);
    for (String person : List.of(responsible, manager)) {
      User user = identity.createUserQuery().userId(person).singleResult();
      user.setPassword(Benchmark.PASSWORD);
      identity.saveUser(user);
    }
    String code = jdbc.sql("select code from peg_objective where manager_id = ? and objective_year = ? order by code")
        .params(manager, current).query(String.class).list().get(0);
    long campaign = jdbc.sql("select max(campaign_id) from peg_campaign").query(Long.class).single();
    Map<String, String> people = new LinkedHashMap<>();
    people.put("responsible " + responsible, responsible);
    people.put("Dirigente " + manager, manager);
    people.put("Nucleo", NUCLEO);
    people.put("controllo", CONTROLLO);
    System.out.printf("PROFILE %d objectives, %d grants, %d open tasks%n",
        jdbc.sql("select count(*) from peg_objective").query(Long.class).single(),
        jdbc.sql("select count(*) from ACT_RU_AUTHORIZATION").query(Long.class).single(),
        jdbc.sql("select count(*) from ACT_RU_TASK").query(Long.class).single());

    List<Filter> filters = engine.getFilterService().createFilterQuery().orderByFilterId().asc().list();
    statistics.reset();
    for (var person : people.entrySet()) {
      for (Filter filter : filters) {
        calls.time(person.getKey() + " count «" + filter.getName() + "»", REPEAT,
            () -> calls.get(person.getValue(), "/engine-rest/filter/" + filter.getId() + "/count"));
        calls.time(person.getKey() + " list «" + filter.getName() + "»", REPEAT,
            () -> calls.tasklistPage(person.getValue(), filter.getId()));
      }
    }
    print("Tasklist", statistics);

    statistics.reset();
    for (var person : people.entrySet()) {
      String who = person.getValue();
      calls.time(person.getKey() + " /api/objectives", REPEAT, () -> calls.get(who, "/api/objectives"));
      calls.time(person.getKey() + " /api/dashboard?year", REPEAT, () -> calls.get(who, "/api/dashboard?year=" + current));
      calls.time(person.getKey() + " /api/dashboard", REPEAT, () -> calls.get(who, "/api/dashboard"));
      calls.time(person.getKey() + " report " + (current - 1) + ".xlsx", 5,
          () -> calls.get(who, "/api/reports/" + (current - 1) + ".xlsx"));
      calls.time(person.getKey() + " /api/campaigns", REPEAT, () -> calls.get(who, "/api/campaigns"));
      calls.time(person.getKey() + " /api/campaigns/{id}", REPEAT, () -> calls.getOrMissing(who, "/api/campaigns/" + campaign));
      calls.time(person.getKey() + " versions", REPEAT, () -> calls.getOrMissing(who, "/api/objectives/" + code + "/versions"));
      calls.time(person.getKey() + " detail", REPEAT, () -> calls.getOrMissing(who, "/api/objectives/" + code));
    }
    print("API", statistics);

    statistics.reset();
    List<Task> open = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .taskDefinitionKey(TASK_COMPLETE_PHASE).orderByTaskId().asc().listPage(0, REPEAT);
    for (String assignee : open.stream().map(Task::getAssignee).distinct().toList()) {
      User user = identity.createUserQuery().userId(assignee).singleResult();
      user.setPassword(Benchmark.PASSWORD);
      identity.saveUser(user);
    }
    List<Task> queue = new ArrayList<>(open);
    calls.time("complete a phase over REST", queue.size(), () -> {
      Task task = queue.remove(0);
      calls.complete(task.getAssignee(), task.getId(), Map.of(PHASE_COMPLETION, 40, PHASE_REPORT, "Avanzamento"));
    });
    print("Completion", statistics);
    calls.printTimes();
  }

  /**
   * The grants of the objectives a real city has beside ours (a city of 2,000 objectives a year has some
   * 50,000 after five years): per-instance and per-task grants of other people, on resources nobody
   * asks about, so that the authorization table has the size the checks scan. Removed again with 0.
   */
  private static void otherPeoplesGrants(JdbcClient jdbc, boolean postgres, int count) {
    jdbc.sql("delete from ACT_RU_AUTHORIZATION where ID_ like 'profgrant%'").update();
    if (count > 0) {
      String numbers = postgres ? "generate_series(1, ?) as g(x)" : "system_range(1, ?) as g";
      String text = postgres ? "cast(g.x as varchar)" : "cast(g.x as varchar(20))";
      jdbc.sql("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
          + " select 'profgrant' || " + text + ", 1, 1, null, 'profuser' || cast(mod(g.x, 300) as varchar(20)),"
          + " case mod(g.x, 4) when 0 then 7 when 1 then 8 when 2 then 17 else 19 end, 'profresource' || " + text + ", 2"
          + " from " + numbers).param(count).update();
      if (postgres) {
        jdbc.sql("analyze ACT_RU_AUTHORIZATION").update();
      }
    }
  }

  private static void print(String what, SqlStatistics statistics) {
    System.out.println("PROFILE statements, " + what + ":");
    statistics.top(Integer.getInteger("profile.statements", 25)).forEach(s -> System.out.println("  " + s));
  }


  private static String url(EmbeddedPostgres server) throws Exception {
    try (Connection connection = server.getPostgresDatabase().getConnection()) {
      var exists = connection.prepareStatement("select 1 from pg_database where datname = 'profile5'");
      if (!exists.executeQuery().next()) {
        connection.createStatement().execute("create database profile5");
      }
    }
    return "jdbc:postgresql://localhost:" + server.getPort() + "/profile5";
  }

  private static String h2(Path data) {
    return "jdbc:h2:file:" + data.resolve("profile5") + "${peg.h2-settings}";
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(PegApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + (url.startsWith("jdbc:postgresql") ? "postgres" : "sa"),
        "--camunda.bpm.job-execution.enabled=true",
        "--peg.admin.user=" + Benchmark.ADMIN,
        "--peg.admin.password=" + Benchmark.PASSWORD,
        "--logging.level.root=WARN",
        "--spring.main.banner-mode=off");
  }
}
