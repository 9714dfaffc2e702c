package dev.opsflow.local.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code scripts/install-node} into a throwaway root: the release, settings, data directory and systemd units
 * land where the runbook says, with their modes; the units pass {@code systemd-analyze verify} (where the binary
 * exists); the installed launcher runs the CLI; and a second install is an upgrade that keeps the settings and
 * remembers the previous release for a rollback.
 */
class InstallNodeTest {
  private static final Logger LOG = LoggerFactory.getLogger(InstallNodeTest.class);
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path ROOT = Path.of("target", "root").toAbsolutePath();
  private static final Path LIB = Path.of("target", "install-lib").toAbsolutePath();
  private static final List<String> UNITS = List.of("opsflow.service", "opsflow-backup.service", "opsflow-backup.timer");

  @BeforeEach
  void clean() throws IOException {
    TestFiles.deleteTree(ROOT);
    TestFiles.deleteTree(LIB);
    Files.createDirectories(LIB);
    classpathJar(LIB.resolve("opsflow-classpath.jar"));
  }

  @Test
  void installIntoThrowawayRoot_layoutModesUnitsAndLauncher() throws Exception {
    // WHEN the node is installed into target/root
    Result install = run(List.of(REPO.resolve("scripts/install-node").toString(), "--root", ROOT.toString(), "--lib", LIB.toString(),
        "--release", "r1", "--no-start"), Map.of());

    // THEN the release is current, with its jars, launcher, workflows, config and manifest
    assertThat(install.code()).as(install.output()).isZero();
    Path release = ROOT.resolve("opt/opsflow/releases/r1");
    assertThat(Files.readSymbolicLink(ROOT.resolve("opt/opsflow/current"))).isEqualTo(Path.of("releases/r1"));
    assertThat(release.resolve("lib/opsflow-classpath.jar")).exists();
    assertThat(Files.isExecutable(release.resolve("bin/opsflow"))).isTrue();
    assertThat(release.resolve("statemachines")).isDirectory();
    assertThat(release.resolve("functions/manifest.json")).exists();
    assertThat(release.resolve("scripts/lib/common.sh")).exists();
    // ... the settings (0640), the business config, the data and backup directories (0750)
    Path env = ROOT.resolve("etc/opsflow/opsflow.env");
    assertThat(mode(env)).isEqualTo("rw-r-----");
    assertThat(Files.readString(env)).contains("OPSFLOW_DATA_DIR=/var/lib/opsflow/data", "OPSFLOW_BACKUP_DIR=/var/lib/opsflow/backups");
    assertThat(ROOT.resolve("etc/opsflow/config/notifications.json")).exists();
    assertThat(mode(ROOT.resolve("var/lib/opsflow/data"))).isEqualTo("rwxr-x---");
    assertThat(mode(ROOT.resolve("var/lib/opsflow/backups"))).isEqualTo("rwxr-x---");
    // ... the units, hardened
    String service = Files.readString(ROOT.resolve("etc/systemd/system/opsflow.service"));
    assertThat(service).contains("User=opsflow", "Restart=on-failure", "NoNewPrivileges=yes", "ProtectSystem=strict",
        "ReadWritePaths=/var/lib/opsflow", "PrivateTmp=yes", "EnvironmentFile=/etc/opsflow/opsflow.env",
        "ExecStart=/opt/opsflow/current/bin/opsflow local --home /opt/opsflow/current");
    assertThat(Files.readString(ROOT.resolve("etc/systemd/system/opsflow-backup.timer"))).contains("OnCalendar=", "Persistent=true");
    assertThat(Files.readString(ROOT.resolve("etc/systemd/system/opsflow-backup.service")))
        .contains("Type=oneshot", "ExecStart=/opt/opsflow/current/bin/opsflow backup");
    verifyUnits();
    // ... and the installed launcher runs this build's command line
    Result help = run(List.of(release.resolve("bin/opsflow").toString(), "backup", "--help"), Map.of());
    assertThat(help.code()).as(help.output()).isZero();
    assertThat(help.output()).contains("Back up the node's database");
  }

  @Test
  void secondInstall_isAnUpgradeKeepingTheSettingsAndThePreviousRelease() throws Exception {
    // GIVEN an installed node whose operator edited its settings
    assertThat(install("r1").code()).isZero();
    Path env = ROOT.resolve("etc/opsflow/opsflow.env");
    Files.writeString(env, "OPSFLOW_PUBLIC_URL=https://ops.example.com\n", java.nio.file.StandardOpenOption.APPEND);
    String edited = Files.readString(env);

    // WHEN a new release is installed, and then two more
    Result upgrade = install("r2");
    install("r3");
    install("r4");

    // THEN current is the newest, previous the one before; the settings are untouched; old releases are pruned
    assertThat(upgrade.code()).as(upgrade.output()).isZero();
    assertThat(upgrade.output()).contains("keeping " + env);
    assertThat(Files.readSymbolicLink(ROOT.resolve("opt/opsflow/current"))).isEqualTo(Path.of("releases/r4"));
    assertThat(Files.readSymbolicLink(ROOT.resolve("opt/opsflow/previous"))).isEqualTo(Path.of("releases/r3"));
    assertThat(Files.readString(env)).isEqualTo(edited);
    try (Stream<Path> releases = Files.list(ROOT.resolve("opt/opsflow/releases"))) {
      assertThat(releases.map(p -> p.getFileName().toString()).collect(Collectors.toSet())).containsExactlyInAnyOrder("r2", "r3", "r4");
    }
  }

  private Result install(String release) throws Exception {
    return run(List.of(REPO.resolve("scripts/install-node").toString(), "--root", ROOT.toString(), "--lib", LIB.toString(),
        "--release", release, "--no-start"), Map.of());
  }

  /** systemd-analyze verify on the installed units, with the host's system units copied into the root it resolves against. */
  private static void verifyUnits() throws Exception {
    Path systemdAnalyze = Path.of("/usr/bin/systemd-analyze");
    if (!Files.isExecutable(systemdAnalyze)) {
      LOG.warn("systemd-analyze is not installed here: the units' verification is skipped (the rest of the install was checked)");
      return;
    }
    Path systemUnits = Path.of("/usr/lib/systemd/system");
    Path copy = ROOT.resolve("usr/lib/systemd/system");
    Files.createDirectories(copy.getParent());
    run(List.of("cp", "-r", systemUnits.toString(), copy.getParent().toString()), Map.of());
    List<String> command = new ArrayList<>(List.of(systemdAnalyze.toString(), "--root=" + ROOT, "verify"));
    UNITS.forEach(u -> command.add(ROOT.resolve("etc/systemd/system").resolve(u).toString()));
    Result verify = run(command, Map.of("SYSTEMD_LOG_LEVEL", "notice"));
    assertThat(verify.code()).as(verify.output()).isZero();
    // A bad value or an unknown key is only a message (exit 0): none may appear.
    assertThat(verify.output()).doesNotContainIgnoringCase("error").doesNotContain("not executable", "Failed", "ignoring", "Unknown");
  }

  private record Result(int code, String output) {}

  private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return new Result(process.exitValue(), output);
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  /**
   * A jar whose manifest's Class-Path is this test's class path (this module's classes and every dependency), so
   * the installed launcher's {@code -cp lib/*} runs this very build without packaging the distribution.
   */
  private static void classpathJar(Path jar) throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (entry.endsWith(".jar") && isManifestOnly(path)) {
        try (JarFile booter = new JarFile(path.toFile())) {
          entries.add(booter.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH));
        }
      } else {
        entries.add(path.toUri().toString());
      }
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
    try (OutputStream out = Files.newOutputStream(jar)) {
      new JarOutputStream(out, manifest).close(); // the manifest is the whole jar
    }
  }

  /** Surefire's booter: a jar with nothing but a Class-Path manifest. */
  private static boolean isManifestOnly(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest() != null && file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH) != null
          && file.stream().noneMatch(e -> e.getName().endsWith(".class"));
    }
  }
}
