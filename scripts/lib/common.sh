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

# The node's build is stale when dist's library folder is missing or any module's pom or main source is newer.
local_build_is_stale() {
  local stamp="$ROOT/dist/target/lib"
  [[ ! -d "$stamp" || ! -f "$ROOT/dist/target/.built" ]] && return 0
  [[ -n "$(find "$ROOT" -path "$ROOT/.git" -prune -o -path '*/target' -prune -o -path "$ROOT/.opsflow" -prune -o \
    \( -name pom.xml -o -path '*/src/main/*' \) -newer "$ROOT/dist/target/.built" -print -quit)" ]]
}

# Builds the node (every module dist needs) without tests when its output is missing or stale.
ensure_local_build() {
  if local_build_is_stale; then
    echo "opsflow: building ..." >&2
    rm -rf "$ROOT/dist/target/lib"
    mvn -q -B -f "$ROOT/pom.xml" -pl dist -am package -DskipTests >&2
    touch "$ROOT/dist/target/.built"
  fi
}

# Module classes come from dist/target/lib's jars (dist copies every module it depends on, built by package).
local_classpath() {
  echo "$ROOT/dist/target/lib/*"
}
