//! The calibrated model against published CPython measurements (docs/fidelity.md): each figure must stay
//! within 10% of its source by default.

use crate::common;

use common::{load, run};

fn makespan_ms(yaml: &str) -> f64 {
    run(&load(yaml), "round-robin", 0).0.metrics.makespan_ns as f64 / 1e6
}

/// One worker doing all the work against `threads` workers splitting it.
fn ratio(cores: u32, gil: &str, interval: &str, step: &str, threads: u32) -> f64 {
    let scenario = |count: u32, each_ms: u32| {
        format!(
            "name: f\nmachine: {{ cores: {cores}, thread_spawn: 0ns }}\nruntime: {{ gil: {gil}, switch_interval: {interval} }}\ntasks:\n  w: {{ count: {count}, ops: [ {{ {step}: {each_ms}ms }} ] }}\n"
        )
    };
    makespan_ms(&scenario(threads, 200 / threads)) / makespan_ms(&scenario(1, 200))
}

fn check(what: &str, weft: f64, published: f64, tolerance: f64) {
    let off = (weft - published).abs() / published;
    assert!(off <= tolerance, "{what}: weft {weft:.3}, published {published:.3} ({:.1}% off)", off * 100.0);
}

#[test]
fn gil_figures_match_the_published_measurements() {
    // Skvortsov (CPython 3.9): 2 CPU threads vs 1, 5ms interval 6.57/6.52 s; 100us 9.20/6.58 s.
    check("new GIL, 2 threads, 5ms", ratio(2, "new", "5ms", "cpu", 2), 6.57 / 6.52, 0.10);
    check("new GIL, 2 threads, 100us", ratio(2, "new", "100us", "cpu", 2), 9.20 / 6.58, 0.10);
    // Beazley (Python 2): sequential 7.8 s, 2 threads on 4 cores 15.4 s, on 1 core 11.3 s.
    check("old GIL, 2 threads, 4 cores", ratio(4, "old", "5ms", "cpu", 2), 15.4 / 7.8, 0.10);
    check("old GIL, 2 threads, 1 core", ratio(1, "old", "5ms", "cpu", 2), 11.3 / 7.8, 0.10);
    // Skvortsov: SHA-256 (releases the GIL), 1 vs 2 threads on 2 cores, 3.30 vs 1.68 s.
    check("native, 2 threads", ratio(2, "new", "5ms", "native", 2), 1.68 / 3.30, 0.10);
}

fn echo_rate(edit: impl Fn(&str) -> String) -> f64 {
    let scenario = load(&edit(include_str!("../scenarios/echo-server.yaml")));
    let (report, _) = run(&scenario, "round-robin", 0);
    200.0 / (report.tasks["server"].finished_ns.expect("the server finishes") as f64 / 1e9)
}

#[test]
fn an_echo_server_beside_a_cpu_thread_serves_as_measured() {
    // Skvortsov: ~30k req/s alone; beside one CPU thread ~100 (5ms interval), ~500 (1ms); CPU work in a
    // process gives back most of the rate.
    let beside = echo_rate(|s| s.to_string());
    let one_ms =
        echo_rate(|s| s.replace("machine: { cores: 2 }", "machine: { cores: 2 }\nruntime: { switch_interval: 1ms }"));
    let process = echo_rate(|s| s.replace("  cpu-work:\n", "  cpu-work:\n    kind: process\n"));
    let alone = echo_rate(|s| s.split("  cpu-work:").next().unwrap_or(s).replace("snapshot:", "x-unused:"));
    check("echo server alone", alone, 30_000.0, 0.10);
    check("beside a CPU thread, 5ms", beside, 100.0, 0.10);
    check("beside a CPU thread, 1ms", one_ms, 500.0, 0.10);
    assert!(process > 0.6 * alone, "with the CPU work in a process: {process:.0} req/s of {alone:.0}");
}

#[test]
fn the_convoy_slows_the_io_thread_as_cpython_does() {
    // CPython 3.11 on this project's machines (bench/cpython/convoy.py): 5.99x. `just fidelity` measures
    // it live; this pins the model against the recorded figure.
    let alone = makespan_ms(include_str!("../scenarios/convoy-cured.yaml"));
    let (report, _) = run(&load(include_str!("../scenarios/convoy.yaml")), "round-robin", 0);
    let beside = report.tasks["io-thread"].finished_ns.expect("finishes") as f64 / 1e6;
    check("convoy slowdown", beside / alone, 5.99, 0.15);
}

/// A thread blocked on a lock, woken when its holder lets go after 1ms of I/O: (its finish, its blocked
/// time) in nanoseconds, under `policy` and `seed` (round-robin: the timed driver; random: the exploring
/// clock).
fn woken_waiter_ns(runtime: &str, policy: &str, seed: u64) -> (u64, u64) {
    let yaml = format!(
        "name: wake\nmachine: {{ cores: 2, thread_spawn: 0ns }}\n{runtime}locks: [l]\ntasks:\n  holder: {{ ops: [ {{ lock: l }}, {{ io: 1ms }}, {{ unlock: l }} ] }}\n  waiter: {{ ops: [ {{ io: 10us }}, {{ lock: l }}, {{ unlock: l }} ] }}\n"
    );
    let (report, _) = run(&load(&yaml), policy, seed);
    let waiter = &report.tasks["waiter"];
    (waiter.finished_ns.expect("the waiter finishes"), waiter.blocked_ns)
}

#[test]
fn a_thread_woken_through_a_primitive_runs_its_presets_wake_up_later() {
    // docs/fidelity.md, "Waking a thread blocked on a primitive": 13.5us under 3.x, 19.4us under 2.7, and
    // none without `python:`, in timed and exploring runs alike; the wait counts as blocked.
    for policy in ["round-robin", "random"] {
        // The first seed whose schedule has the holder take the lock first, so that the waiter blocks.
        let seed = (0..64).find(|&seed| woken_waiter_ns("", policy, seed).1 > 900_000).expect("a seed that blocks");
        let (at_once, blocked_at_once) = woken_waiter_ns("", policy, seed);
        for (runtime, latency_ns) in
            [("runtime: { python: \"3.12\" }\n", 13_500), ("runtime: { python: \"2.7\" }\n", 19_400)]
        {
            let (finished, blocked) = woken_waiter_ns(runtime, policy, seed);
            assert_eq!(
                (finished - at_once, blocked - blocked_at_once),
                (latency_ns, latency_ns),
                "{policy}, {runtime}"
            );
        }
    }
}

#[test]
fn a_presets_process_start_is_linuxs_default_start_method() {
    // docs/fidelity.md, "Presets": fork before 3.14 (timed here), forkserver from 3.14, spawn's 50ms
    // without `python:`; `process_spawn` in the file overrides the preset.
    let process_ms = |runtime: &str, machine: &str| {
        makespan_ms(&format!(
            "name: p\nmachine: {{ cores: 2{machine} }}\n{runtime}tasks:\n  w: {{ kind: process, ops: [ {{ cpu: 10ms }} ] }}\n"
        ))
    };
    for (runtime, start_ms) in [
        ("", 50.0),
        ("runtime: { python: \"2.7\" }\n", 1.6),
        ("runtime: { python: \"3.11\" }\n", 4.8),
        ("runtime: { python: \"3.12\" }\n", 3.9),
        ("runtime: { python: \"3.13t\" }\n", 3.9),
        ("runtime: { python: \"3.14\" }\n", 15.0),
    ] {
        let cpu_ms = if runtime.contains("3.13t") { 14.0 } else { 10.0 };
        assert_eq!(process_ms(runtime, ""), start_ms + cpu_ms, "{runtime}");
    }
    assert_eq!(process_ms("runtime: { python: \"3.11\" }\n", ", process_spawn: 50ms"), 60.0);
}

#[test]
fn a_process_start_is_left_out_of_the_fingerprint_of_a_file_without_processes() {
    // Tokens of thread-only files survived the presets' move to fork (2026-11-29).
    let fingerprint = |yaml: &str| {
        sim_core::fingerprint(&load(&format!("name: f\n{yaml}tasks:\n  w: {{ ops: [ {{ cpu: 1ms }} ] }}\n")).model)
    };
    assert_eq!(
        fingerprint("runtime: { python: \"3.11\" }\n"),
        fingerprint("runtime: { python: \"3.11\" }\nmachine: { process_spawn: 50ms }\n")
    );
    let with_process = |spawn: &str| {
        sim_core::fingerprint(&load(&format!(
            "name: f\nmachine: {{ process_spawn: {spawn} }}\ntasks:\n  w: {{ kind: process, ops: [ {{ cpu: 1ms }} ] }}\n"
        ))
        .model)
    };
    assert_ne!(with_process("50ms"), with_process("5ms"));
}
