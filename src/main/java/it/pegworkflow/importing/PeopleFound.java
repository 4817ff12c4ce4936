package it.pegworkflow.importing;

import it.pegworkflow.directory.DirectoryPerson;
import java.util.Map;

/**
 * What the directory said about the people of a sheet, asked before the import's transaction (and
 * not again when it is tried again).
 *
 * @param ids the account each printed name is ({@code Directory.key} to user id); the mapping's names are not here
 * @param accounts the directory's person behind each user id, mapped names' included: their names and e-mail
 * @param refusals why a printed name is no account (Italian, said after the name, naming the candidates)
 */
public record PeopleFound(Map<String, String> ids, Map<String, DirectoryPerson> accounts, Map<String, String> refusals) {

  static final PeopleFound WITHOUT_DIRECTORY = new PeopleFound(Map.of(), Map.of(), Map.of());

  public PeopleFound {
    ids = Map.copyOf(ids);
    accounts = Map.copyOf(accounts);
    refusals = Map.copyOf(refusals);
  }
}
