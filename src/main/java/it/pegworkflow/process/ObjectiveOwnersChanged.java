package it.pegworkflow.process;

/**
 * A variation changed who leads the objective: whoever keeps the grants on its instance
 * (access.AccessRules) moves them from {@code formerManagerId} to {@code managerId}, the Dirigente
 * now in our tables. Published in the variation's transaction.
 */
public record ObjectiveOwnersChanged(String code, String processInstanceId, String formerManagerId, String managerId) {}
