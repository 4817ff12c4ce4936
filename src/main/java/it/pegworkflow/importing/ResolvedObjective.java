package it.pegworkflow.importing;

import it.pegworkflow.objective.Objective;
import it.pegworkflow.people.ObjectiveIds;

/** An objective of a sheet with the ids its people and offices got: what the import works with. */
public record ResolvedObjective(Objective objective, ObjectiveIds ids) {}
