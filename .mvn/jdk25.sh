# Sourced by ./mvnw, ./vigie and .ci/run: points JAVA_HOME at a JDK 25 or newer.
# Order: $JAVA_HOME if it is 25+, then the usual JVM folders. Fails with a clear message otherwise.
vigie_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
vigie_find_jdk25() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* /usr/lib/jvm/* \
    /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(vigie_java_major "$candidate")
    case "$major" in ''|1.*) continue ;; esac
    if [ "$major" -ge 25 ] 2>/dev/null; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}
if ! JAVA_HOME=$(vigie_find_jdk25); then
  echo "Vigie needs a JDK 25 or newer and found none (looked at \$JAVA_HOME and /usr/lib/jvm)." >&2
  echo "Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
