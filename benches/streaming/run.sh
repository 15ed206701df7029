#!/usr/bin/env bash
# Times the streaming benchmarks: each program reads INPUT (default: a 1 GiB file of base64
# text generated once under /tmp, never committed) on standard input, through a pipe, and
# writes to /dev/null through a pipe. Prints, per engine, the median of ROUNDS runs of
# wall seconds, user and system seconds and peak RSS in KiB (`/usr/bin/time -f '%e %U %S %M'`),
# and checks that kiln's output equals node's.
#
# Usage: benches/streaming/run.sh [PROGRAM.js ...]   (default: upper.js passthrough.js)
# Environment: KILN (default target/release/kiln), NODE (default node), ROUNDS (default 3),
#              INPUT (default /tmp/kiln-streaming-1g.txt), SIZE (bytes, default 1073741824).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
kiln="${KILN:-$root/target/release/kiln}"
node_bin="${NODE:-node}"
rounds="${ROUNDS:-3}"
size="${SIZE:-1073741824}"
input="${INPUT:-/tmp/kiln-streaming-1g.txt}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -s "$input" ] || [ "$(stat -c %s "$input")" != "$size" ]; then
  echo "generating $input ($size bytes)" >&2
  head -c "$size" /dev/urandom | base64 -w 100 | head -c "$size" > "$input"
fi

programs=("$@")
[ ${#programs[@]} -eq 0 ] && programs=(upper.js passthrough.js)

median() { sort -n | awk '{ v[NR] = $0 } END { print v[int((NR + 1) / 2)] }'; }

for program in "${programs[@]}"; do
  name="$(basename "$program" .js)"
  "$kiln" build "$here/$name.js" -o "$work/$name"
  cat "$input" | "$node_bin" "$here/$name.js" | md5sum > "$work/node.sum"
  cat "$input" | "$work/$name" | md5sum > "$work/kiln.sum"
  if ! cmp -s "$work/node.sum" "$work/kiln.sum"; then
    echo "$name: kiln's output differs from node's" >&2
    exit 1
  fi
  for engine in kiln node; do
    : > "$work/$engine.times"
    for _ in $(seq "$rounds"); do
      if [ "$engine" = kiln ]; then command=("$work/$name"); else command=("$node_bin" "$here/$name.js"); fi
      cat "$input" | /usr/bin/time -o "$work/one" -f '%e %U %S %M' "${command[@]}" | cat > /dev/null
      cat "$work/one" >> "$work/$engine.times"
    done
    wall=$(cut -d' ' -f1 "$work/$engine.times" | median)
    user=$(cut -d' ' -f2 "$work/$engine.times" | median)
    sys=$(cut -d' ' -f3 "$work/$engine.times" | median)
    rss=$(cut -d' ' -f4 "$work/$engine.times" | median)
    echo "$name $engine wall ${wall}s user ${user}s sys ${sys}s rss ${rss}KiB"
  done
done
