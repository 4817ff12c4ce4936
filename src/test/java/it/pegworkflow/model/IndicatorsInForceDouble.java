package it.pegworkflow.model;

import java.util.List;
import java.util.stream.IntStream;

/** Stands in for process.IndicatorsInForce on the plain engine: indicators 1..count, or the numbers set. */
public final class IndicatorsInForceDouble {

  List<Integer> numbers = List.of();

  void count(int count) {
    numbers = IntStream.rangeClosed(1, count).boxed().toList();
  }

  public List<Integer> numbers(String code) {
    return numbers;
  }
}
