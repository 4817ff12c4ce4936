package it.pegworkflow.monitoring;

import it.pegworkflow.italian.ItalianDates;
import java.time.LocalDate;

/** The Gantt's legend: the symbols every chart has, then those of a varied plan and of a campaign. */
final class GanttLegend {

  private GanttLegend() {}

  /** {@code anyRemoved}: a phase was dropped by a variation; {@code campaignDate}: the latest campaign's reference date, or null. */
  static void draw(Svg svg, int y, boolean anyRemoved, LocalDate campaignDate) {
    svg.append("<g class=\"legend\">\n");
    item(svg, 20, y, "<rect x=\"0\" y=\"-10\" width=\"28\" height=\"12\" rx=\"3\" fill=\"#cfe2f3\" stroke=\"#3d85c6\"/>", "Periodo previsto");
    item(svg, 180, y, "<rect x=\"0\" y=\"-7\" width=\"28\" height=\"6\" fill=\"#3d85c6\"/>", "Completamento");
    item(svg, 330, y, "<rect x=\"0\" y=\"-10\" width=\"28\" height=\"12\" rx=\"3\" fill=\"#f5c6cb\" stroke=\"#c0392b\"/>", "Fase in ritardo");
    item(svg, 490, y, "<path d=\"M 14 -13 l 6 9 l -6 9 l -6 -9 z\" fill=\"#222222\"/>", "Fine effettiva");
    item(svg, 760, y, "<path d=\"M 14 -13 l 6 9 l -6 9 l -6 -9 z\" fill=\"#ffffff\" stroke=\"#222222\"/>", "Fine prevista");
    item(svg, 630, y, "<line x1=\"14\" y1=\"-14\" x2=\"14\" y2=\"6\" stroke=\"#c0392b\" stroke-width=\"2\" stroke-dasharray=\"5,3\"/>", "Oggi");
    item(svg, 20, y + 22, "<rect x=\"0\" y=\"-7\" width=\"28\" height=\"" + GanttChart.BASELINE + "\" fill=\"#9e9e9e\" stroke=\"#757575\"/>",
        "Pianificazione iniziale");
    if (campaignDate != null) {
      item(svg, 500, y + 22, "<line x1=\"14\" y1=\"-14\" x2=\"14\" y2=\"4\" stroke=\"#d35400\" stroke-width=\"3\"/>",
          "Monitoraggio al " + ItalianDates.format(campaignDate) + " (realizzato dichiarato)");
    }
    if (anyRemoved) {
      item(svg, 230, y + 22, "<rect x=\"0\" y=\"-7\" width=\"28\" height=\"" + GanttChart.BASELINE + "\" fill=\"#d9d9d9\" stroke=\"#757575\"/>",
          "Fase soppressa da una variazione");
    }
    svg.append("</g>\n");
  }

  private static void item(Svg svg, int x, int y, String symbol, String label) {
    svg.append("<g transform=\"translate(").append(x).append(',').append(y).append(")\">").append(symbol);
    svg.append("<text x=\"36\" y=\"0\">").append(Svg.escape(label)).append("</text></g>\n");
  }
}
