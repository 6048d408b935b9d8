#!/usr/bin/env bash
# Makes a zfs-fuse daemon available for the @tn/zfs integration tests (packages/zfs/test/zfsFuse.integration.test.ts).
#
#   1. installs Debian's zfs-fuse if `zfs-fuse`, `zpool` or `zfs` is missing (needs root or passwordless sudo);
#   2. starts `zfs-fuse --no-daemon --no-kstat-mount` in the background unless one is already running
#      (only one daemon per machine: a second one would fight over /var/run/zfs);
#   3. waits until `zpool list` answers.
#
# Exit status: 0 ready, 2 no /dev/fuse (the tests then skip), 1 anything else.
# Env: ZFS_FUSE_LOG (default /tmp/zfs-fuse.log), ZFS_FUSE_WAIT_SECONDS (default 15).
set -euo pipefail

log=${ZFS_FUSE_LOG:-/tmp/zfs-fuse.log}
wait_seconds=${ZFS_FUSE_WAIT_SECONDS:-15}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

if [ ! -e /dev/fuse ]; then
  echo "zfsFuse.sh: /dev/fuse is missing; zfs-fuse cannot run here" >&2
  exit 2
fi

if ! command -v zfs-fuse >/dev/null || ! command -v zpool >/dev/null || ! command -v zfs >/dev/null; then
  echo "zfsFuse.sh: installing zfs-fuse" >&2
  # The package's init script would start a daemon of its own; policy-rc.d in containers usually forbids it.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends zfs-fuse >&2 || {
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends zfs-fuse >&2
  }
fi

started=0
start_daemon() {
  echo "zfsFuse.sh: starting zfs-fuse (log: $log)" >&2
  as_root sh -c "nohup zfs-fuse --no-daemon --no-kstat-mount >'$log' 2>&1 </dev/null &"
  started=1
}

if pgrep -x zfs-fuse >/dev/null; then
  echo "zfsFuse.sh: zfs-fuse already running (pid $(pgrep -x zfs-fuse | head -n1))" >&2
else
  start_daemon
fi

deadline=$((SECONDS + wait_seconds))
until as_root zpool list >/dev/null 2>&1; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "zfsFuse.sh: zfs-fuse did not answer within ${wait_seconds}s; last log lines:" >&2
    tail -n 20 "$log" >&2 2>/dev/null || true
    exit 1
  fi
  if ! pgrep -x zfs-fuse >/dev/null; then
    if [ "$started" -eq 1 ]; then
      echo "zfsFuse.sh: zfs-fuse exited; log:" >&2
      tail -n 20 "$log" >&2 2>/dev/null || true
      exit 1
    fi
    # The daemon we saw was shutting down: start our own.
    start_daemon
  fi
  sleep 0.2
done
echo "zfsFuse.sh: ready" >&2
