package dev.opsflow.local.workflows.onboarding;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies everything the test JVM prints (slf4j-simple logs to stderr) into {@link #DIR}, once per JVM, while still
 * printing it, so the secret scan reads the application's logs whatever surefire does with the console.
 */
final class LogCapture {
  static final Path DIR = Path.of("target", "onboarding-logs");
  private static boolean installed;

  private LogCapture() {}

  static synchronized void install() {
    if (installed) {
      return;
    }
    try {
      Files.createDirectories(DIR);
      OutputStream file = new FileOutputStream(DIR.resolve("jvm-" + ProcessHandle.current().pid() + ".log").toFile(), true);
      System.setErr(new PrintStream(new Tee(System.err, file), true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8));
      installed = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      first.write(b);
      synchronized (second) {
        second.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      first.write(b, off, len);
      synchronized (second) {
        second.write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      first.flush();
      synchronized (second) {
        second.flush();
      }
    }
  }
}
