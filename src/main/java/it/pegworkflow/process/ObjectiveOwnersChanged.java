package it.pegworkflow.process;

import java.util.List;

/**
 * A variation changed who leads the objective: {@code owners} are the Dirigente and, if any, the
 * Direttore now in our tables. Whoever keeps the grants on the instance (access.AccessRules) gives them
 * to these people and takes them from anyone else. Published in the variation's transaction.
 */
public record ObjectiveOwnersChanged(String code, String processInstanceId, List<String> owners) {}
