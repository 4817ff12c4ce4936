package it.pegworkflow.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's comments for whoever may read the task: {@code GET task/{id}/comment},
 * {@code GET task/{id}/comment/{commentId}} and {@code POST task/{id}/comment/create}, on
 * {@code /engine-rest} and on the webapps' copy of it, which Tasklist calls («Aggiungi commento», the
 * comments in «Cronologia»). Camunda's resource looks the task up in the history only, and a
 * responsible has no right there (a grant on historic tasks would read every variable of the
 * objective: docs/security.md), so he could neither add nor read a comment on his own phase.
 *
 * <p>Here the task is looked up as the caller, first among running tasks, then in the history: who
 * finds it may read and add its comments, and the comment always goes on the task's process instance
 * (the objective's trail reads it there), whatever the body says. Who does not find it hears what an
 * unknown task answers. The engine's own comment commands check no authorization, which is why the
 * check is made here. The answers have the shape of Camunda's ({@link CommentDto}), so Tasklist works
 * unchanged. Comments are part of the objective's record (the trail): nobody changes or deletes one,
 * on a task or on a process instance ({@link #UNCHANGEABLE}).
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class TaskComments implements ContainerRequestFilter {

  static final String NOT_FOUND = "Compito inesistente, o non visibile all'utente";
  private static final Logger LOG = LoggerFactory.getLogger(TaskComments.class);
  private static final Pattern PATH = Pattern.compile("/?(engine/[^/]+/)?task/([^/]+)/comment(?:/([^/]+))?/?");
  private static final Pattern INSTANCE_PATH = Pattern.compile("/?(engine/[^/]+/)?process-instance/[^/]+/comment(?:/[^/]+)?/?");
  static final String UNCHANGEABLE = "I commenti fanno parte della storia dell'obiettivo: non si modificano e non si cancellano";
  private static final int MAX_BODY = 256 * 1024;

  /** The task as the caller sees it: running or in the history. */
  private record ReadableTask(String id, String processInstanceId, boolean open) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    // segments without their matrix parameters, as Jersey matches them ("task/1;x=y/comment" is task 1)
    String segments = request.getUriInfo().getPathSegments(true).stream().map(PathSegment::getPath)
        .collect(Collectors.joining("/"));
    Matcher path = PATH.matcher(segments);
    String method = request.getMethod();
    if ((path.matches() || INSTANCE_PATH.matcher(segments).matches()) && ("PUT".equals(method) || "DELETE".equals(method))) {
      request.abortWith(error(Response.Status.FORBIDDEN, UNCHANGEABLE));
      return;
    }
    if (!path.matches()) {
      return;
    }
    boolean create = "POST".equals(method) && "create".equals(path.group(3));
    if (!create && !"GET".equals(method)) {
      return; // anything else: Camunda's resource answers (405)
    }
    String prefix = path.group(1) == null ? "" : path.group(1);
    ProcessEngine engine = EngineUtil.lookupProcessEngine(prefix.isEmpty() ? null : prefix.split("/")[1]);
    if (engine == null) {
      return; // Camunda answers that the engine does not exist
    }
    if (CurrentUser.of(engine.getIdentityService()).isEmpty()) {
      request.abortWith(error(Response.Status.UNAUTHORIZED, "Autenticazione richiesta"));
      return;
    }
    ReadableTask task = readable(engine, path.group(2));
    if (task == null) {
      request.abortWith(error(Response.Status.NOT_FOUND, NOT_FOUND));
    } else if (create) {
      request.abortWith(create(engine, task, request, prefix));
    } else if (path.group(3) != null) {
      Comment comment = engine.getTaskService().getTaskComment(task.id(), path.group(3));
      request.abortWith(comment == null ? error(Response.Status.NOT_FOUND, "Commento inesistente su questo compito")
          : json(CommentDto.fromComment(comment)));
    } else {
      List<CommentDto> comments = engine.getTaskService().getTaskComments(task.id()).stream()
          .map(CommentDto::fromComment).toList();
      request.abortWith(json(new GenericEntity<>(comments) {}));
    }
  }

  /** Checked as the caller: the engine's authorization decides which tasks they find. */
  private static ReadableTask readable(ProcessEngine engine, String taskId) {
    Task running = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (running != null) {
      return new ReadableTask(running.getId(), running.getProcessInstanceId(), true);
    }
    HistoricTaskInstance past = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    return past == null ? null : new ReadableTask(past.getId(), past.getProcessInstanceId(), past.getEndTime() == null);
  }

  private static Response create(ProcessEngine engine, ReadableTask task, ContainerRequestContext request, String prefix)
      throws IOException {
    if (!task.open()) {
      return error(Response.Status.CONFLICT, "Il compito è concluso: non si commenta più");
    }
    CommentText text;
    try {
      text = CommentText.of(request.getEntityStream().readNBytes(MAX_BODY), task.processInstanceId());
    } catch (CommentText.Refused refused) {
      LOG.info("Commento rifiutato sul compito {}: {}", task.id(), refused.getMessage());
      return error(Response.Status.BAD_REQUEST, refused.getMessage());
    }
    Comment comment;
    try {
      comment = engine.getTaskService().createComment(task.id(), task.processInstanceId(), text.message());
    } catch (ProcessEngineException | NullPointerException e) {
      // the task was completed between the check and the comment
      LOG.info("Commento non salvato sul compito {}: {}", task.id(), e.getMessage());
      return error(Response.Status.NOT_FOUND, NOT_FOUND);
    }
    CommentDto answer = CommentDto.fromComment(comment);
    URI self = request.getUriInfo().getBaseUriBuilder().path(prefix).path("task").path(task.id()).path("comment")
        .path(comment.getId()).build();
    answer.addReflexiveLink(self, "GET", "self");
    return json(answer);
  }

  private static Response json(Object entity) {
    return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Camunda's error shape, which Tasklist shows. */
  private static Response error(Response.Status status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", message);
    body.put("code", null);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
