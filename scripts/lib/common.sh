# Shared by the scripts in scripts/: finding a JDK >= 21 and (re)building the local runtime when stale.
# Source it; it expects ROOT to be the repository root.

java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

# Prints the home of a JDK >= 21: JAVA_HOME if it is one, else Temurin 25, else any /usr/lib/jvm/*21* or *25*.
find_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && (( $(java_major "$JAVA_HOME") >= 21 )); then
    echo "$JAVA_HOME"
    return
  fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*21* /usr/lib/jvm/*25*; do
    if [[ -x "$candidate/bin/java" ]] && (( $(java_major "$candidate") >= 21 )); then
      echo "$candidate"
      return
    fi
  done
  echo "opsflow: no JDK >= 21 found (set JAVA_HOME)" >&2
  exit 2
}

local_build_is_stale() {
  local jar
  jar="$(ls "$ROOT"/local/target/opsflow-local-*.jar 2>/dev/null | head -n 1 || true)"
  [[ -z "$jar" || ! -d "$ROOT/local/target/lib" || ! -d "$ROOT/shared/target/classes" ]] && return 0
  [[ -n "$(find "$ROOT/pom.xml" "$ROOT/local/pom.xml" "$ROOT/shared/pom.xml" \
    "$ROOT/local/src/main" "$ROOT/shared/src/main" -newer "$jar" -print -quit)" ]]
}

# Builds the local module (and what it depends on) without tests when its output is missing or stale.
ensure_local_build() {
  if local_build_is_stale; then
    echo "opsflow: building ..." >&2
    mvn -q -B -f "$ROOT/pom.xml" -pl local -am package -DskipTests >&2
  fi
}

local_classpath() {
  echo "$ROOT/local/target/classes:$ROOT/shared/target/classes:$ROOT/local/target/lib/*"
}
