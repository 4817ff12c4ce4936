package it.pegworkflow.web;

import it.pegworkflow.monitoring.ChangeWords;
import it.pegworkflow.variation.Attribute;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Cockpit's page «Caricamento del PEG» (peg-loading.js) needs besides the import and the
 * variation themselves: whether the logged-in user may load the PEG (else the page and its link in
 * the navbar stay hidden: the server refuses the writes anyway), and the Italian word of each
 * attribute a variation may change, the same words as the report and the versions
 * ({@link ChangeWords}), so that the preview reads like them.
 */
@RestController
class LoadingPageController {

  private final ImportPermission permission;

  LoadingPageController(ImportPermission permission) {
    this.permission = permission;
  }

  @GetMapping("/api/loading")
  Map<String, Object> page() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Attribute attribute : Attribute.values()) {
      labels.put(attribute.apiName(), ChangeWords.attribute(attribute.apiName()));
    }
    return Map.of("allowed", permission.granted(), "labels", labels);
  }
}
