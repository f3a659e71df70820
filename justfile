# Conveniences only: nothing here is needed by the README's commands or by CI.

# Everything CI runs.
ci:
    CI=true bash .ci/run

test:
    cargo test --workspace

# Review changed snapshots after an intended change of behaviour.
review:
    cargo insta review

# The engine's throughput benchmark (figures in docs/performance.md).
bench:
    cargo bench -p sim-core

# The CLI contract on the shipped scenarios: needs the project's contract checker beside the clone
# (../shared/tools, not part of this repository); says so and does nothing without it.
contract:
    cargo build --release
    if [ -x ../shared/tools/contract-check ]; then ../shared/tools/contract-check target/release/weft; else echo "contract-check needs ../shared/tools (outside this repository)"; fi

# The YAML language server (as VS Code runs it) validates and completes a scenario from the schema.
editor-check:
    cd tools/editor-check && npm install --silent && node lsp.js ../../docs/scenario.schema.json

# Real CPython beside weft on the same experiments (bench/cpython/), with their ratio.
fidelity:
    cargo build --release && python3 bench/cpython/fidelity.py target/release/weft

# Every CPython on this machine (pyenv) beside weft's presets, workload by workload (bench/cpython/live.py;
# minutes; never in CI). Extra arguments go to live.py, e.g. `just fidelity-live --repeats 3 --only convoy`.
fidelity-live *ARGS:
    cargo build --release && python3 bench/cpython/live.py {{ARGS}}

# Draw the example pictures in docs/images and render them to PNG (resvg) to look at.
pictures:
    cargo build --release
    target/release/weft compare scenarios/gil-cpu-threads.yaml --set cores=1,2,4,8 --set gil=new,none --plot docs/images/gil-cores.svg
    target/release/weft compare scenarios/martelli-cores.yaml --set cores=1,2,4,8 --set kind=process,thread --plot docs/images/martelli.svg
    target/release/weft run scenarios/convoy.yaml --svg docs/images/convoy.svg
    cd tools/render-svg && cargo build --release
    for f in gil-cores martelli convoy; do tools/render-svg/target/release/render-svg docs/images/$f.svg docs/images/$f.png; done
