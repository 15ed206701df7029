#!/usr/bin/env bash
# Re-records the expected output of conformance cases by running them under node.
#
# Usage: tests/conformance/record.sh [CASE.js | CASE.ts | DIRECTORY]...
#
# With no arguments every case under tests/conformance is recorded. Each case runs with its
# own directory as the working directory, no standard input and no arguments, exactly as the
# harness (compiler/tests/conformance.rs) runs the compiled executable. For `NAME.js` it writes
# `NAME.out` (stdout) and, when the exit code is not 0, `NAME.code`; a `.code` file left over
# from an earlier non-zero run is removed. Running it twice changes nothing.
#
# A case whose first line is `// kiln: --script` is a classic script (the harness builds it with
# `kiln build --script`); node runs it through script-host.cjs, which hands the file to
# `vm.runInThisContext` in node's main context, since node itself runs every `.js` file as a
# CommonJS module.
#
# A case under a directory named `stderr/` also gets `NAME.err`: node's standard error with the
# case's directory written as `<dir>` and the stack lines of node's own internals
# (`node:internal/…`) left out, which a compiled program does not have. The harness compares it
# too.
#
# A TypeScript case (`NAME.ts`, `NAME.mts`, `NAME.cts`) cannot run under node 20; its expected
# output comes from its JavaScript twin, `NAME.expected.js` (`.mjs`, `.cjs`: whichever exists),
# a hand-written JavaScript program with the same behaviour, run under node in its place. The
# twins are not cases themselves.
#
# Environment: NODE (default `node`) picks the node binary; expected output comes from node 20.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node_bin="${NODE:-node}"
timeout_seconds="${KILN_RECORD_TIMEOUT:-60}"

if ! command -v "$node_bin" >/dev/null 2>&1; then
  echo "record.sh: node not found (set NODE=/path/to/node)" >&2
  exit 2
fi
node_version="$("$node_bin" --version)"
case "$node_version" in
  v20.*) ;;
  *) echo "record.sh: warning: expected node v20.x, found $node_version" >&2 ;;
esac

# Collect the case files named on the command line (files or directories), or all of them.
cases=()
if [ "$#" -eq 0 ]; then
  set -- "$root"
fi
for arg in "$@"; do
  if [ -d "$arg" ]; then
    while IFS= read -r -d '' file; do
      cases+=("$file")
    done < <(find "$arg" \( -name fixtures -o -name node_modules \) -prune -o -type f \
      \( -name '*.js' -o -name '*.ts' -o -name '*.mts' -o -name '*.cts' \) \
      ! -name '*.expected.*' ! -name '*.d.ts' -print0 | sort -z)
  elif [ -f "$arg" ] && [[ "$arg" =~ \.(js|ts|mts|cts)$ ]] && [[ "$arg" != *.expected.* ]]; then
    cases+=("$arg")
  else
    echo "record.sh: not a .js/.ts case or directory: $arg" >&2
    exit 2
  fi
done

changed=0
nonzero=0
for file in "${cases[@]}"; do
  dir="$(cd "$(dirname "$file")" && pwd)"
  base="$(basename "$file")"
  name="${base%.*}"
  out="$dir/$name.out"
  code_file="$dir/$name.code"

  # What node runs: the case itself, or a TypeScript case's JavaScript twin.
  program="$base"
  if [[ "$base" != *.js ]]; then
    program=""
    for extension in js mjs cjs; do
      if [ -f "$dir/$name.expected.$extension" ]; then
        program="$name.expected.$extension"
      fi
    done
    if [ -z "$program" ]; then
      echo "record.sh: $file has no JavaScript twin ($name.expected.js, .mjs or .cjs)" >&2
      exit 1
    fi
  fi
  tmp="$(mktemp)"

  runner=()
  if [ "$(head -n 1 "$file")" = "// kiln: --script" ]; then
    runner=("$root/script-host.cjs")
  fi

  err_tmp="$(mktemp)"
  set +e
  (cd "$dir" && timeout "$timeout_seconds" "$node_bin" "${runner[@]}" "$program" </dev/null >"$tmp" 2>"$err_tmp")
  code=$?
  set -e
  if [[ "$dir" == */stderr ]]; then
    err_file="$dir/$name.err"
    # The same normalisation as normalize_stderr in compiler/tests/conformance.rs.
    DIR="$dir" "$node_bin" -e '
      const text = require("fs").readFileSync(0, "latin1");
      const kept = text.split("\n").filter((line) => !/^    at (.* \()?node:internal\//.test(line));
      process.stdout.write(kept.join("\n").split(process.env.DIR).join("<dir>"), "latin1");
    ' <"$err_tmp" >"$err_tmp.norm"
    if [ -f "$err_file" ] && cmp -s "$err_tmp.norm" "$err_file"; then
      rm -f "$err_tmp.norm"
    else
      mv "$err_tmp.norm" "$err_file"
      changed=$((changed + 1))
      echo "recorded ${err_file#"$root"/}"
    fi
  fi
  rm -f "$err_tmp"
  if [ "$code" -eq 124 ]; then
    echo "record.sh: $file timed out after ${timeout_seconds}s" >&2
    rm -f "$tmp"
    exit 1
  fi

  if [ -f "$out" ] && cmp -s "$tmp" "$out"; then
    rm -f "$tmp"
  else
    mv "$tmp" "$out"
    changed=$((changed + 1))
    echo "recorded ${file#"$root"/}"
  fi

  if [ "$code" -ne 0 ]; then
    nonzero=$((nonzero + 1))
    if [ ! -f "$code_file" ] || [ "$(cat "$code_file")" != "$code" ]; then
      echo "$code" >"$code_file"
      changed=$((changed + 1))
      echo "recorded ${file#"$root"/} exit code $code"
    fi
  elif [ -f "$code_file" ]; then
    rm -f "$code_file"
    changed=$((changed + 1))
    echo "removed stale ${code_file#"$root"/}"
  fi
done

echo "record.sh: ${#cases[@]} cases, $nonzero with a non-zero exit code, $changed files changed"
