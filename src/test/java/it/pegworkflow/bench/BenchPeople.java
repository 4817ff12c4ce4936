package it.pegworkflow.bench;

import static it.pegworkflow.process.ProcessConstants.PROCESS_KEY;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

/** The people the benchmark logs in as: the sheets' people given the benchmark's password, and the two roles no sheet names. */
final class BenchPeople {

  static final String NUCLEO = "benchnucleo";
  static final String CONTROLLO = "benchcontrollo";

  private BenchPeople() {}

  /** The assignees of the open {@code taskKey} tasks of the objectives {@code codes}, those with the most tasks first. */
  static List<String> withMostTasks(ProcessEngine engine, String codes, String taskKey, int limit) {
    Map<String, Long> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKeyLike(codes).taskDefinitionKey(taskKey).list().stream()
        .filter(task -> task.getAssignee() != null)
        .collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
    return tasks.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  /** Gives the sheets' people the benchmark's password (the import makes them without one), as a city's directory would. */
  static void givePassword(ProcessEngine engine, Collection<String> ids) {
    IdentityService identity = engine.getIdentityService();
    Map<String, User> users = identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(User::getId, Function.identity()));
    for (String id : ids.stream().sorted(Comparator.naturalOrder()).toList()) {
      User user = users.get(id);
      if (user == null) {
        throw new IllegalStateException("No user " + id);
      }
      user.setPassword(Benchmark.PASSWORD);
      identity.saveUser(user);
      identity.unlockUser(id);
    }
  }

  /** A member of a role group, with the benchmark's password, made once. */
  static String member(ProcessEngine engine, String id, String group) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Benchmark");
      user.setLastName(group);
      user.setPassword(Benchmark.PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
    return id;
  }
}
