package it.pegworkflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text Camunda's webapps show in English has our Italian translation: a Camunda patch that
 * adds a key fails here instead of showing the raw key to a user.
 */
class ItalianTranslationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasItsItalianTranslation(String app) throws IOException {
    Set<String> english = keys(read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json"));
    Set<String> italian = keys(read("META-INF/resources/webjars/camunda/app/" + app + "/locales/it.json"));

    assertThat(english).as("the English locale of %s is found in Camunda's webjar", app).isNotEmpty();
    Set<String> missing = new TreeSet<>(english);
    missing.removeAll(italian);
    assertThat(missing).as("keys of %s without an Italian translation", app).isEmpty();
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = ItalianTranslationTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return JSON.readTree(in);
    }
  }

  private static Set<String> keys(JsonNode locale) {
    Set<String> keys = new TreeSet<>();
    collect("", locale.has("labels") ? locale.get("labels") : locale, keys);
    return keys;
  }

  private static void collect(String prefix, JsonNode node, Set<String> keys) {
    if (!node.isObject()) {
      keys.add(prefix);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      var field = fields.next();
      collect(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), keys);
    }
  }
}
