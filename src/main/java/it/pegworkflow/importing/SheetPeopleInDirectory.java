package it.pegworkflow.importing;

import it.pegworkflow.directory.DirectoryPeople;
import it.pegworkflow.directory.DirectoryPerson;
import it.pegworkflow.directory.DirectoryUnavailable;
import it.pegworkflow.objective.Organisation;
import it.pegworkflow.objective.Phase;
import it.pegworkflow.people.Directory;
import it.pegworkflow.sheet.PrintedObjective;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the municipality's directory who the people of a sheet are, before the import's transaction:
 * each printed name (surname and given name) must be exactly one person of the directory, and
 * becomes that account (docs/directory.md). A name of the mapping file is the operator's decision:
 * it is not searched by name, but its id is looked up, so that the account gets its names and
 * e-mail address from the directory when the directory has it. Without a directory nothing is asked.
 */
@Component
public class SheetPeopleInDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(SheetPeopleInDirectory.class);
  private static final int MAX_ID_LENGTH = 64;

  private final DirectoryPeople people;
  private final Directory mapping;
  private final ProcessEngine engine;

  SheetPeopleInDirectory(DirectoryPeople people, Directory mapping, ProcessEngine engine) {
    this.people = people;
    this.mapping = mapping;
    this.engine = engine;
  }

  /** @throws DirectoryDown when the directory does not answer: nothing is imported */
  public PeopleFound lookUp(List<PrintedObjective> sheet) {
    if (!people.configured()) {
      return PeopleFound.WITHOUT_DIRECTORY;
    }
    Map<String, String> searched = new LinkedHashMap<>();
    Map<String, String> mapped = new LinkedHashMap<>();
    for (String name : personNames(sheet)) {
      if (mapping.isMapped(name)) {
        mapped.putIfAbsent(Directory.key(name), mapping.idOf(name).value());
      } else {
        searched.putIfAbsent(Directory.key(name), name);
      }
    }
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, DirectoryPerson> accounts = new LinkedHashMap<>();
    Map<String, String> refusals = new LinkedHashMap<>();
    try {
      people.find(searched.values()).forEach((name, found) -> {
        String key = Directory.key(name);
        if (found.matches().size() == 1) {
          DirectoryPerson person = found.matches().get(0);
          String id = person.login().toLowerCase(Locale.ROOT);
          if (usableId(id)) {
            ids.put(key, id);
            accounts.put(id, person);
          } else {
            refusals.put(key, "è nell'elenco del personale (LDAP) come «" + person.login() + "», un identificativo che "
                + "Camunda non accetta: indicarne uno nel file di mappatura, o ammetterlo nelle impostazioni "
                + "(userResourceWhitelistPattern, vedi docs/directory.md)");
          }
        } else if (found.matches().isEmpty()) {
          refusals.put(key, "non è nell'elenco del personale (LDAP): nessuno vi ha cognome e nome «" + name + "»"
              + (found.similar().isEmpty() ? "" : "; nomi simili: " + described(found.similar()))
              + ". Correggere il nome nel foglio, o indicarne l'identificativo nel file di mappatura");
        } else {
          refusals.put(key, "è ambiguo: nell'elenco del personale (LDAP) corrispondono " + found.matches().size()
              + " persone: " + described(found.matches())
              + ". Indicare nel file di mappatura l'identificativo di chi è");
        }
      });
      Map<String, DirectoryPerson> byLogin = mapped.isEmpty() ? Map.of() : people.byLogin(mapped.values());
      mapped.values().forEach(id -> {
        DirectoryPerson person = byLogin.get(id.toLowerCase(Locale.ROOT));
        if (person != null) {
          accounts.put(id, person);
        }
      });
    } catch (DirectoryUnavailable e) {
      LOG.warn("Import refused: the directory does not answer ({})", e.getMessage());
      throw new DirectoryDown(e);
    }
    return new PeopleFound(ids, accounts, refusals);
  }

  private static List<String> personNames(List<PrintedObjective> sheet) {
    return sheet.stream().flatMap(printed -> {
      Organisation org = printed.objective().organisation();
      var names = new java.util.ArrayList<String>();
      if (org.director() != null) {
        names.add(org.director().fullName());
      }
      names.add(org.manager().fullName());
      for (Phase phase : printed.objective().phases()) {
        names.add(phase.responsible().fullName());
      }
      return names.stream();
    }).toList();
  }

  /** Camunda's rule for user ids (by default letters and digits), and our length. */
  private boolean usableId(String id) {
    var configuration = engine.getProcessEngineConfiguration();
    String pattern = configuration.getUserResourceWhitelistPattern() != null
        ? configuration.getUserResourceWhitelistPattern() : configuration.getGeneralResourceWhitelistPattern();
    return id.length() <= MAX_ID_LENGTH && Pattern.matches(pattern == null ? "[a-zA-Z0-9]+" : pattern, id);
  }

  private static String described(List<DirectoryPerson> people) {
    return people.stream().map(DirectoryPerson::described).collect(Collectors.joining("; "));
  }
}
