# Shared by start, stop and token: where the local stack keeps its state, and small helpers.
# shellcheck shell=bash
set -euo pipefail
LOCAL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$LOCAL_DIR/../.." && pwd)
RUN="$LOCAL_DIR/.run"          # pids, logs, data: everything the stack writes (git-ignored)
KAFKA_LIB="$LOCAL_DIR/tools/kafka/target/lib"  # the broker's jars, copied from Maven Central
OIDC_LIB="$LOCAL_DIR/tools/oidc/target/lib"    # the OIDC issuer's jars (a separate classpath: other Jackson)
PG_PORT=${JIXIAO_PG_PORT:-15432}
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
OIDC_PORT=${JIXIAO_OIDC_PORT:-8090}
OIDC_ISSUER="http://localhost:$OIDC_PORT/jixiao"
# where the scripts reach the issuer and the services; inside a compose network these are other names (see compose)
OIDC_URL=${JIXIAO_OIDC_URL:-$OIDC_ISSUER}
PROJECT_URL=${JIXIAO_PROJECT_URL:-http://localhost:8081}
INDICATOR_URL=${JIXIAO_INDICATOR_URL:-http://localhost:8082}
EVALUATION_URL=${JIXIAO_EVALUATION_URL:-http://localhost:8083}
REVIEW_URL=${JIXIAO_REVIEW_URL:-http://localhost:8084}
SERVICES=(project-service:8081 indicator-service:8082 evaluation-service:8083 review-service:8084)
# The services' JVM options (BENCHMARKS.md, "JVM options"): on two cores shared with PostgreSQL and the broker, the C1
# compiler alone (no C2 burning a core while the service starts or a job runs), the serial collector (no concurrent GC
# threads, no remembered sets) and a heap that starts small and keeps little free room (10-30 %). Measured side by side
# on 2026-12-06: a start alone 7.3-8.7 s → 4.7-6.2 s, RSS after load 455-478 MB → 237-246 MB, table reads the same
# within the machine's noise. Start also gives each service its AppCDS archive (written as the first run after a
# build stops; start, cds_option). glibc's per-thread malloc arenas are capped at two.
JAVA_OPTS=${JIXIAO_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xmx384m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:ReservedCodeCacheSize=48m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# browser apps on these origins may call the services (dev servers: Vite 5173, others 3000; the disclosure page 5173)
CORS_ORIGINS=${JIXIAO_CORS_ORIGINS:-http://localhost:5173,http://127.0.0.1:5173,http://localhost:3000}
mkdir -p "$RUN/logs"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

alive() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # wait_for NAME SECONDS COMMAND...
  local name=$1 secs=$2; shift 2
  local end=$((SECONDS + secs))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $end ] || die "$name not ready after ${secs}s (see $RUN/logs/)"
    sleep 1
  done
}

pg_bin() {
  local b
  b=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$b" ] || die "PostgreSQL is not installed: apt-get install postgresql"
  echo "$b"
}

# Run a PostgreSQL tool as the postgres user when we are root (initdb refuses root).
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# restart_alone NAME PORT: stops one service of the running stack and starts it again through deploy/local/start (which
# starts only what is missing), while the others run; prints the seconds from the JVM's launch until the service is
# ready (not counting the script's own checks before it launches the JVM) and Quarkus's own "started in" seconds
restart_alone() {
  local name=$1 port=$2 starter
  kill "$(cat "$RUN/$name.pid")"
  while alive "$name"; do sleep 0.2; done
  rm -f "$RUN/$name.pid"
  "$LOCAL_DIR/start" >/dev/null 2>&1 &
  starter=$!
  until curl -fsS "http://localhost:$port/q/health/ready" >/dev/null 2>&1; do sleep 0.05; done
  local ready_at
  ready_at=$(date +%s.%N)
  wait $starter || die "deploy/local/start failed restarting $name"
  echo "$(seconds_since_launch "$(cat "$RUN/$name.pid")" "$ready_at") $(started_in "$RUN/logs/${name%-service}.log")"
}

# started_in LOG: the last "started in X.XXXs" Quarkus wrote to a log, in seconds
started_in() { grep -ao 'started in [0-9.]*s' "$1" | tail -1 | grep -o '[0-9.]*[0-9]'; }

# seconds_since_launch PID EPOCH: the seconds from the process's launch to EPOCH (seconds since the epoch), to a tenth
seconds_since_launch() { awk -v r="$2" -v l="$(launched_at "$1")" 'BEGIN { printf "%.1f", r - l }'; }

# launched_at PID: when the process began, in seconds since the epoch: its start in clock ticks after boot (field 22
# of /proc/PID/stat; a java process's name has no spaces), and the boot time from the uptime, to the hundredth
launched_at() {
  local now up
  now=$(date +%s.%N)
  up=$(cut -d' ' -f1 /proc/uptime)
  awk -v now="$now" -v up="$up" -v t="$(cut -d' ' -f22 "/proc/$1/stat")" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.3f", now - up + t / hz }'
}
