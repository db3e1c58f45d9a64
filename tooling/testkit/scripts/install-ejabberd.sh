#!/usr/bin/env bash
# Installs Debian's ejabberd (and Erlang's SQLite driver, for fast room archives) when ejabberdctl is missing,
# quietly and without starting a system-wide server. Used by .ci/run and by the messaging tests' setup.
set -euo pipefail

if command -v ejabberdctl >/dev/null 2>&1 || [ -x /usr/sbin/ejabberdctl ]; then
  echo "ejabberd: already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ejabberd is missing: install it as root with apt-get install ejabberd erlang-p1-sqlite3" >&2
  exit 1
fi

echo "ejabberd: installing with apt-get"
log=$(mktemp)
# policy-rc.d tells the package scripts not to start the service.
no_start=
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && no_start=1
fi
install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ejabberd erlang-p1-sqlite3 >>"$log" 2>&1
}
installed=1
install || { apt-get update -q >>"$log" 2>&1 && install; } || installed=
if [ -n "$no_start" ]; then rm -f /usr/sbin/policy-rc.d; fi
if [ -z "$installed" ]; then
  tail -n 30 "$log" >&2
  exit 1
fi
rm -f "$log"
echo "ejabberd: installed $(dpkg-query -W -f '${Version}' ejabberd)"
