#!/usr/bin/env bash
# Checks that two weft binaries print byte-identical output (and exit with the same status) for every
# shipped scenario under every built-in policy: run (JSON, text, timeline), fuzz (JSON at --jobs 1 and 2,
# JSONL, a shard, stop-on-failure), explore (JSON) and the front-door scenarios with a step limit.
# A performance change must pass this with the binary before it as BEFORE.
#
#   bench/outputs-identical.sh BEFORE/weft AFTER/weft [SEEDS]     # SEEDS defaults to 0..2000
#   LIMIT=120 bench/outputs-identical.sh ...                       # seconds per command (default 60)
set -u
before=${1:?usage: outputs-identical.sh BEFORE AFTER [SEEDS]}
after=${2:?usage: outputs-identical.sh BEFORE AFTER [SEEDS]}
seeds=${3:-0..2000}
# A bound on each fuzzed run: some scenarios spin to the default limit (10,000,000 steps)
# under `pct`, which made one command take half an hour and the script never reach the last scenarios.
steps=100000
limit=${LIMIT:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
compared=0
differed=0
timed_out=0
scenarios=0

# Runs one command line under both binaries and compares stdout and the exit status. A command that
# outlasts `limit` seconds under either binary is counted apart, not as compared (an `explore` has no
# step bound, and some scenarios spin to the default limit in every schedule).
same() {
    timeout "$limit" "$before" "$@" >"$work/before" 2>/dev/null
    local before_status=$?
    timeout "$limit" "$after" "$@" >"$work/after" 2>/dev/null
    local after_status=$?
    if [ "$before_status" = 124 ] || [ "$after_status" = 124 ]; then
        timed_out=$((timed_out + 1))
        echo "TIMED OUT after ${limit}s (exit $before_status vs $after_status): weft $*"
        return
    fi
    compared=$((compared + 1))
    if [ "$before_status" != "$after_status" ] || ! cmp -s "$work/before" "$work/after"; then
        differed=$((differed + 1))
        echo "DIFFERS (exit $before_status vs $after_status): weft $*"
        diff <(head -c 2000 "$work/before") <(head -c 2000 "$work/after") | head -20
    fi
}

for file in "$root"/scenarios/*.yaml; do
    scenarios=$((scenarios + 1))
    echo "scenario $scenarios: $(basename "$file")" >&2
    same run "$file" --json
    same run "$file"
    same run "$file" --timeline
    for policy in fifo round-robin priority random pct; do
        same run "$file" --policy "$policy" --seed 7 --json
        same fuzz "$file" --seeds "$seeds" --policy "$policy" --json --jobs 1 --max-steps "$steps"
    done
    same fuzz "$file" --seeds "$seeds" --json --jobs 2 --max-steps "$steps"
    same fuzz "$file" --seeds "$seeds" --jsonl --jobs 2 --max-steps "$steps"
    same fuzz "$file" --seeds "$seeds" --shard 2/3 --json --max-steps "$steps"
    same fuzz "$file" --seeds "$seeds" --stop-on-failure --json --max-steps "$steps"
    same fuzz "$file" --seeds "$seeds" --max-steps "$steps"
    same explore "$file" --max-schedules 3000 --json
done
for file in "$root"/bench/front-door/*.yaml; do
    same run "$file" --json --max-steps 300000
    same run "$file" --policy random --json --max-steps 300000
    same run "$file" --policy pct --json --max-steps 300000
done
same fuzz "$root/bench/front-door/bank-race-minimal.yaml" --seeds 0..100000 --json --jobs 2
# Thousands of processes: the run queue's first in line under fifo and round-robin.
many="$work/many-processes.yaml"
printf 'name: many\nmachine: { cores: 8 }\ntasks:\n  w: { kind: process, count: 3000, ops: [ { cpu: 1ms }, { let: "x = 1" }, { cpu: 1ms } ] }\n' >"$many"
for policy in fifo round-robin priority; do
    same run "$many" --policy "$policy" --json
done

total=$(ls "$root"/scenarios/*.yaml | wc -l)
echo "$scenarios of $total scenarios in scenarios/; $compared command lines compared, $differed differ, $timed_out timed out"
[ "$differed" = 0 ]
