#!/usr/bin/env bash
# Builds every program in programs/ with kiln and compares its output and exit code with
# node's. The packages are installed from the npm registry into a scratch copy of this
# directory, so this is not part of `cargo test` (CI has no registry); run it by hand:
#
#   tests/npm/run.sh [NAME...]        # NAME: a program's file name without .js/.mjs
#
# KILN (default target/release/kiln) and NODE (default node) pick the binaries.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
kiln="${KILN:-$root/target/release/kiln}"
node_bin="${NODE:-node}"
work="${KILN_NPM_WORK:-${TMPDIR:-/tmp}/kiln-npm-trial}"
mkdir -p "$work/out"
cp "$here/package.json" "$here/package-lock.json" "$work/"
cp -r "$here/programs" "$work/"
if [ ! -d "$work/node_modules" ] || [ "$here/package.json" -nt "$work/node_modules" ]; then
  (cd "$work" && npm ci --no-audit --no-fund --silent) || { echo "npm install failed" >&2; exit 2; }
  touch "$work/node_modules"
fi
cd "$work/programs"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for file in *.js *.mjs; do [ -e "$file" ] && names+=("${file%.*}"); done
fi
pass=0
failed=()
for name in "${names[@]}"; do
  file="$name.js"
  [ -e "$file" ] || file="$name.mjs"
  expected="$work/out/$name.node"
  actual="$work/out/$name.kiln"
  "$node_bin" "$file" > "$expected" 2>&1 < /dev/null
  echo "exit $?" >> "$expected"
  if ! timeout 300 "$kiln" build "$file" -o "$work/out/$name" > "$work/out/$name.build" 2>&1; then
    failed+=("$name (build: $(grep -m1 -E '^(error|SyntaxError)' "$work/out/$name.build"))")
    continue
  fi
  timeout 60 "$work/out/$name" > "$actual" 2>&1 < /dev/null
  echo "exit $?" >> "$actual"
  if cmp -s "$expected" "$actual"; then
    pass=$((pass + 1))
  else
    failed+=("$name ($(diff "$expected" "$actual" | grep -m1 '^>' | cut -c3-120))")
  fi
done
echo "npm trial: $pass of ${#names[@]} programs match node"
for entry in "${failed[@]}"; do
  echo "  differs: $entry"
done
