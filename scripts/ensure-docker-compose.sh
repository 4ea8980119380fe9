#!/usr/bin/env bash
# Makes `docker compose config` available for the compose-file test. With Docker's Compose v2
# plugin installed there is nothing to do. Otherwise (machines with only the docker client) we
# install Debian's docker-compose and register it as the `docker compose` CLI plugin.
set -euo pipefail

if docker compose version >/dev/null 2>&1; then exit 0; fi

if ! command -v docker-compose >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Neither 'docker compose' nor 'docker-compose' is installed: install Docker Compose, then re-run." >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
fi

plugin_dir="${DOCKER_CONFIG:-$HOME/.docker}/cli-plugins"
mkdir -p "$plugin_dir"
cat > "$plugin_dir/docker-compose" <<'PLUGIN'
#!/bin/sh
# Docker CLI plugin shim: `docker compose …` runs Debian's docker-compose.
if [ "${1:-}" = "docker-cli-plugin-metadata" ]; then
  echo '{"SchemaVersion":"0.1.0","Vendor":"Debian docker-compose","Version":"1","ShortDescription":"Docker Compose"}'
  exit 0
fi
shift
exec docker-compose "$@"
PLUGIN
chmod +x "$plugin_dir/docker-compose"
docker compose version
