# Source this file: picks a JDK 21+ (JAVA_HOME first, then the ones under /usr/lib/jvm) and exports it.
# Usage: . scripts/java-env.sh && ./mvnw -B verify
_cw_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2; exit}'; }
_cw_pick_jdk() {
  local min=${MIN_JAVA:-21} d v
  for d in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$d" ] && [ -x "$d/bin/javac" ] || continue
    v=$(_cw_java_major "$d"); v=${v%%.*}
    [ -n "$v" ] && [ "$v" -ge "$min" ] 2>/dev/null && { echo "$d"; return 0; }
  done
  return 1
}
if _cw_jdk=$(_cw_pick_jdk); then
  export JAVA_HOME="$_cw_jdk" PATH="$_cw_jdk/bin:$PATH"
else
  echo "ClusterWorks needs a JDK 21 or newer; none found in JAVA_HOME or /usr/lib/jvm." >&2
  return 1 2>/dev/null || exit 1
fi
unset _cw_jdk
