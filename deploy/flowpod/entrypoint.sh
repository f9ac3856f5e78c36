#!/bin/sh
# Entry point of the FlowPod image.
# 1. FLOWPOD_GENERATE_SECRETS_DIR (development, used by docker-compose.yml): creates the token signing
#    key and the link secret there once (generate-secrets.sh) so the stack starts with no setup.
# 2. Docker secrets convention: for every FLOWPOD_<NAME>_FILE, the file's content becomes FLOWPOD_<NAME>
#    (multi-line values such as a PEM key survive).
# 3. Starts FlowPod with $JAVA_OPTS.
set -eu

if [ -n "${FLOWPOD_GENERATE_SECRETS_DIR:-}" ]; then
  "$(dirname "$0")/generate-secrets.sh" "$FLOWPOD_GENERATE_SECRETS_DIR"
fi

for var in $(env | sed -n 's/^\(FLOWPOD_[A-Z0-9_]*\)_FILE=.*/\1/p'); do
  file="$(printenv "${var}_FILE")"
  [ -r "$file" ] || { echo "FlowPod did not start: ${var}_FILE points at unreadable $file" >&2; exit 1; }
  export "$var=$(cat "$file")"
  unset "${var}_FILE"
done

# JAVA_OPTS is split into words on purpose: it holds several JVM flags.
# shellcheck disable=SC2086
exec java $JAVA_OPTS -jar /opt/flowpod/flowpod.jar "$@"
