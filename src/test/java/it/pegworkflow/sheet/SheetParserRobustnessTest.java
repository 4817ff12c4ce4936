package it.pegworkflow.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import it.pegworkflow.objective.Objective;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Garbage in, Italian errors out: whatever the bytes, parse returns objectives or throws a
 * SheetException with at least one error, never anything else. Fixed seed, so a failure repeats.
 */
class SheetParserRobustnessTest {

  private static final long SEED = 20170630L;
  private static final int CASES = 3000;
  private static final String REAL = Sheets.text(Sheets.REAL);
  private static final String MINIMAL = Sheets.minimal("2017_ZN02");

  private final Random random = new Random(SEED);

  @Test
  void randomBytesAreRejectedCleanly() {
    for (int i = 0; i < CASES; i++) {
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      check("random bytes #" + i, bytes);
    }
  }

  @Test
  void randomPrintableTextWithTabsAndNewLinesIsRejectedCleanly() {
    String alphabet = "\t\n\r *_/.,-%0123456789FASEINDICATORIDirezioneServizioNote2017_ZN02àèì";
    for (int i = 0; i < CASES; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(300); c > 0; c--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      check("random text #" + i, text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void mutationsOfRealSheetsNeverEscapeAsAnotherException() {
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      String source = random.nextBoolean() ? REAL : MINIMAL;
      String mutated = mutate(source, 1 + random.nextInt(4));
      Charset charset = random.nextInt(4) == 0 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
      accepted += check("mutation #" + i, mutated.getBytes(charset)) ? 1 : 0;
    }
    // both outcomes must be exercised, or the mutations test nothing
    assertThat(accepted).isBetween(1, CASES - 1);
  }

  /** True when the bytes were accepted as objectives. */
  private static boolean check(String label, byte[] bytes) {
    try {
      List<Objective> objectives = SheetParser.parse(bytes);
      assertThat(objectives).as(label).isNotEmpty();
      return true;
    } catch (SheetException e) {
      assertThat(e.errors()).as(label).isNotEmpty()
          .allSatisfy(error -> assertThat(error.message()).doesNotStartWith("Errore imprevisto"));
      return false;
    } catch (RuntimeException e) {
      return fail(label + " escaped as " + e + " from bytes " + Arrays.toString(bytes), e);
    }
  }

  private String mutate(String text, int times) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int t = 0; t < times && !lines.isEmpty(); t++) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(6)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(at));
        case 2 -> lines.add(random.nextInt(lines.size()), lines.remove(at));
        case 3 -> lines.set(at, flip(lines.get(at)));
        case 4 -> lines.set(at, lines.get(at).replace('\t', ' '));
        default -> lines.set(at, lines.get(at).replaceAll("\\d", String.valueOf(random.nextInt(10))));
      }
    }
    return String.join("\n", lines);
  }

  private String flip(String line) {
    if (line.isEmpty()) {
      return "\t";
    }
    char[] chars = line.toCharArray();
    int at = random.nextInt(chars.length);
    chars[at] = (char) (chars[at] ^ (1 << random.nextInt(7)));
    return new String(chars);
  }
}
