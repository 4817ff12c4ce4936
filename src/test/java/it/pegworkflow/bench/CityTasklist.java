package it.pegworkflow.bench;

/**
 * Tasklist looked at in the first year on the empty database ({@code empty}) and in the last years
 * on the filled one ({@code filled}), at the same moments of the year: on 1 July of the first year
 * and of the sixth (every phase open), on 15 March after the first year and after the last past
 * year (every report waiting for the Nucleo).
 */
record CityTasklist(TasklistReads empty, TasklistReads filled, int first, int lastPast) {

  /** What to look at while {@code year} is lived through. */
  PastYears.Moments whileLiving(int year) {
    return new PastYears.Moments() {
      @Override
      public void phasesOpen(int lived) {
        if (lived == first) {
          empty.phasesOpen(lived);
        }
      }

      @Override
      public void validationsPending(int lived) {
        if (lived == first) {
          empty.validationsPending(lived);
        }
        if (lived == lastPast) {
          filled.validationsPending(lived);
        }
      }
    };
  }
}
