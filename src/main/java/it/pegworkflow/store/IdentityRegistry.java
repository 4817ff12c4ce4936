package it.pegworkflow.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ids that came from sheets ({@code peg_sheet_identity}), by kind ({@code USER}, {@code GROUP}),
 * with the name first printed for each. Two imports registering the same id at once: the second
 * waits on the primary key and fails, and is tried again.
 */
@Repository
public class IdentityRegistry {

  /** Ids per query: far below what H2 and PostgreSQL accept in an IN list. */
  private static final int CHUNK = 500;

  private final JdbcClient jdbc;

  public IdentityRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The printed name of each of {@code ids} a sheet gave before. */
  public Map<String, String> printedNames(String kind, Collection<String> ids) {
    Map<String, String> names = new HashMap<>();
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      jdbc.sql("select id, printed_name from peg_sheet_identity where kind = :kind and id in (:ids)")
          .param("kind", kind).param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
          .query((rs, row) -> names.put(rs.getString("id"), rs.getString("printed_name"))).list();
    }
    return names;
  }

  public void register(String kind, String id, String printedName) {
    jdbc.sql("insert into peg_sheet_identity (kind, id, printed_name) values (?, ?, ?)")
        .params(kind, id, printedName).update();
  }
}
