#!/usr/bin/env bash
# Installs and fetches what the test suite needs; safe to run again (it skips what is there).
#  - gcc: the tests compare Altitude's layouts and the corpus expectations with gcc.
#  - csmith (and its header, libcsmith-dev): generated programs are a source of correct C.
#  - the SQLite amalgamation, from the better-sqlite3 package in the npm registry, into .cache/sqlite
#    (never committed): the front end must read it without error.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v gcc >/dev/null || need+=(gcc)
command -v npm >/dev/null || need+=(npm)
command -v csmith >/dev/null || need+=(csmith)
[ -f /usr/include/csmith/csmith.h ] || need+=(libcsmith-dev)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "setup: please install: ${need[*]}" >&2
  fi
fi

sqlite_version=13.2.0
dest=.cache/sqlite
if { [ ! -f "$dest/sqlite3.c" ] || [ ! -f "$dest/sqlite3.h" ]; } && command -v npm >/dev/null; then
  tmp=$(mktemp -d)
  if (cd "$tmp" && npm pack --silent "better-sqlite3@$sqlite_version" >/dev/null 2>&1); then
    mkdir -p "$dest"
    tar xzf "$tmp"/better-sqlite3-*.tgz -C "$tmp" package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h
    mv "$tmp/package/deps/sqlite3/sqlite3.c" "$dest/sqlite3.c"
    mv "$tmp/package/deps/sqlite3/sqlite3.h" "$dest/sqlite3.h"
  else
    echo "setup: could not fetch the SQLite amalgamation (npm pack better-sqlite3@$sqlite_version)" >&2
  fi
  rm -rf "$tmp"
fi

# Lua 5.4's sources, from Debian's source packages, into .cache/lua (never committed): real code
# the front end must accept. Source packages need a deb-src line; add it to Debian's own entry.
dest=.cache/lua
if [ ! -d "$dest/src" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  sources=/etc/apt/sources.list.d/debian.sources
  if [ -f "$sources" ] && ! grep -q "deb-src" "$sources"; then
    sed -i 's/^Types: deb$/Types: deb deb-src/' "$sources"
    apt-get update -qq >/dev/null 2>&1 || true
  fi
  tmp=$(mktemp -d)
  if (cd "$tmp" && apt-get source -qq --download-only lua5.4 >/dev/null 2>&1); then
    mkdir -p "$dest"
    tar xzf "$tmp"/lua5.4_*.orig.tar.gz -C "$tmp"
    mv "$tmp"/lua-5.4*/src "$dest/src"
  else
    echo "setup: could not fetch the Lua 5.4 sources (apt-get source lua5.4)" >&2
  fi
  rm -rf "$tmp"
fi

# zlib, lz4, cJSON, xxHash, bzip2 and md4c from Debian's source packages, into .cache/zlib,
# .cache/lz4, .cache/cjson, .cache/xxhash, .cache/bzip2 and .cache/md4c
# (never committed): real programs the tests in tests/Altitude.Tests/RealCode run under Altitude and
# compare with a gcc build. Each unpacked tree keeps its top directory's contents.
fetch_debian_source() { # package, destination, file that shows it is there
  local package=$1 dest=$2 marker=$3 tmp
  [ -f "$dest/$marker" ] && return 0
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 0
  tmp=$(mktemp -d)
  # Only the upstream tarball is needed: a missing Debian packaging file must not stop us.
  (cd "$tmp" && apt-get source -qq --download-only "$package" >/dev/null 2>&1) || true
  if compgen -G "$tmp/${package}_*.orig.tar.*" >/dev/null; then
    mkdir -p "$tmp/src" "$dest"
    tar xf "$tmp"/"${package}"_*.orig.tar.* -C "$tmp/src"
    cp -r "$tmp"/src/*/. "$dest/"
  else
    echo "setup: could not fetch the $package sources (apt-get source $package)" >&2
  fi
  rm -rf "$tmp"
}
fetch_debian_source zlib .cache/zlib zlib.h
fetch_debian_source lz4 .cache/lz4 lib/lz4.c
fetch_debian_source cjson .cache/cjson cJSON.c
fetch_debian_source xxhash .cache/xxhash xxhash.h
fetch_debian_source bzip2 .cache/bzip2 bzlib.h
fetch_debian_source md4c .cache/md4c src/md4c.c
