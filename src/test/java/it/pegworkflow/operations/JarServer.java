package it.pegworkflow.operations;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar as its own JVM, as in production (profile {@code prod}, job executor on), on the
 * given database (null: the default H2 file under {@code work}); its log in {@code target/<name>.log}.
 */
record JarServer(Process process, int port, Path log) {

  static JarServer start(String url, String user, Path work, String name, String admin, String password)
      throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    File log = Path.of("target", name + ".log").toFile();
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", jar().toAbsolutePath().toString(), "--server.port=" + port)
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log);
    if (url != null) {
      builder.environment().put("PEG_DATASOURCE_URL", url);
      builder.environment().put("PEG_DATASOURCE_USERNAME", user);
      builder.environment().put("PEG_DATASOURCE_PASSWORD", "");
    }
    builder.environment().put("PEG_ADMIN_USER", admin);
    builder.environment().put("PEG_ADMIN_PASSWORD", password);
    builder.environment().put("SPRING_PROFILES_ACTIVE", "prod");
    JarServer server = new JarServer(builder.start(), port, log.toPath());
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      if (!server.process.isAlive()) {
        throw new IllegalStateException("The jar stopped at start-up: see " + log);
      }
      try {
        if (Http.get(port, "/api/objectives", admin, password).status() == 200) {
          return server;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        server.kill();
        throw new IllegalStateException("The jar did not start within 3 minutes: see " + log);
      }
      Thread.sleep(500);
    }
  }

  /** {@code kill -9}: no shutdown hook, no last commit. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** {@code kill} (SIGTERM), as {@code systemctl stop} does: the application shuts down, a minute at most. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  String logText() throws IOException {
    return Files.readString(log);
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().matches("peg-workflow-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run mvn verify"));
    }
  }
}
