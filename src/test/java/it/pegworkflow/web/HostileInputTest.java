package it.pegworkflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the import endpoint does with what nobody should send it. */
class HostileInputTest extends RunningApplication {

  private static final long SEED = 20260526L;
  private static final int CASES = 250;
  private static final int FIVE_MB = 5 * 1024 * 1024;
  private static final String MARKUP = "<img src=x onerror=alert(1)>";

  @Autowired JdbcClient jdbc;

  @Test
  void aBodyOverFiveMegabytesIsRefusedWith413InItalianAnnouncedOrChunked() throws Exception {
    byte[] tooLarge = new byte[FIVE_MB + 1];
    java.util.Arrays.fill(tooLarge, (byte) 'x');

    for (boolean chunked : new boolean[] {false, true}) {
      HttpResponse<String> refused = post(chunked
          ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))
          : HttpRequest.BodyPublishers.ofByteArray(tooLarge));

      assertThat(refused.statusCode()).as("chunked " + chunked).isEqualTo(413);
      assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(Api.JSON.readTree(refused.body()).path("detail").asText())
          .isEqualTo("Il file supera il limite di 5 MB: dividerlo in più file");
    }
    // Exactly the limit is read, and judged as a sheet.
    HttpResponse<String> atTheLimit = post(HttpRequest.BodyPublishers.ofByteArray(new byte[FIVE_MB]));
    assertThat(atTheLimit.statusCode()).isEqualTo(400);
  }

  @Test
  void randomlyDamagedFilesAnswer201Or400NeverAServerErrorAndNeverImportHalf() {
    Random random = new Random(SEED);
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      List<String> codes = new ArrayList<>();
      StringBuilder file = new StringBuilder();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        String code = newCode();
        codes.add(code);
        file.append(realSheet(code)).append("\n");
      }
      String damaged = damage(file.toString(), random);
      long before = count("peg_objective");

      Api.Answer answer = as(CONTROLLO).postText("/api/objectives", damaged);

      String label = "case " + i + ": " + answer.text();
      assertThat(answer.status()).as(label).isIn(201, 400);
      long added = count("peg_objective") - before;
      if (answer.status() == 201) {
        accepted++;
        int objectives = answer.body().path("objectives").size();
        assertThat(added).as(label).isEqualTo(objectives);
        answer.body().path("objectives").forEach(o -> assertThat(processInstances(o.path("code").asText())).isOne());
      } else {
        assertThat(added).as(label).isZero();
        assertThat(answer.body().path("errors").size()).as(label).isPositive();
        codes.forEach(code -> assertThat(processInstances(code)).as(label).isZero());
      }
    }
    System.out.printf("Import fuzz: %d cases, %d accepted, the others refused with 400%n", CASES, accepted);
    assertThat(accepted).as("both outcomes exercised").isBetween(1, CASES - 1);
  }

  @Test
  void markupAndControlCharactersInNamesAreStoredAsTheyWereWritten() {
    String code = newCode();
    String phaseName = MARKUP + " Fase \u0007con campanello";
    String sheet = realSheet(code)
        .replace("Ricerca finanziamenti dell'Unione europea nazionale e regionale", phaseName)
        .replace("Il servizio intende", "<script>alert('descrizione')</script> Il servizio intende");

    Api.Answer imported = as(CONTROLLO).postText("/api/objectives", sheet);

    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    Api.Answer detail = as(CONTROLLO).get("/api/objectives/" + code);
    assertThat(detail.contentType()).startsWith("application/json");
    assertThat(detail.body().path("phases").get(3).path("name").asText()).isEqualTo(phaseName);
    assertThat(detail.body().path("description").asText()).startsWith("<script>alert('descrizione')</script> Il servizio");
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
    String credentials = Base64.getEncoder().encodeToString((CONTROLLO + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/objectives"))
        .header("Authorization", "Basic " + credentials).header("Content-Type", "text/plain").POST(body).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** One to four changes a careless editor, a broken export or an attacker could make. */
  private static String damage(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int t = 1 + random.nextInt(5); t > 0 && !lines.isEmpty(); t--) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      switch (random.nextInt(9)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, line);
        case 2 -> lines.add(random.nextInt(lines.size()), lines.remove(at));
        case 3 -> lines.set(at, line.replace('\t', ' '));
        case 4 -> lines.set(at, line.replaceAll("\\d", String.valueOf(random.nextInt(10))));
        case 5 -> lines.set(at, line + MARKUP);
        case 6 -> lines.set(at, line + (char) (1 + random.nextInt(31)));
        case 7 -> lines.set(at, line + "x".repeat(random.nextInt(5_000)));
        default -> lines.set(at, line.isEmpty() ? "\t" : line.substring(0, random.nextInt(line.length())));
      }
    }
    return String.join("\n", lines);
  }
}
