//! The integration tests: one test binary (one link, one file on disk) rather than one per file.
//!
//! Each file of tests/ is a module here; `tests/common` and `tests/support` are shared by them. Run one
//! file's tests with `cargo test --test integration python_import::`.

mod common;
mod support;

mod asyncio_condition;
mod asyncio_loop;
mod asyncio_races;
mod cancel_last_await;
mod charts;
mod check_cli;
mod choices_explore;
mod cli;
mod computed_lengths;
mod conditional_expression;
mod distributed;
mod doc_links;
mod engine_claims;
mod executors;
mod exploration;
mod explore_cli;
mod explore_scenarios_vs_enumeration;
mod explore_vs_enumeration;
mod fidelity;
mod float_value;
mod format11_engine;
mod format11_explore;
mod format11_programs;
mod format_doc;
mod future_states;
mod futures_explore;
mod futures_refused;
mod futures_values;
mod fuzz_failures;
mod fuzz_memo;
mod guide;
mod help_and_quiet;
mod honest_clocks;
mod hostile_runs;
mod hostile_signals;
mod import_cycles;
mod invalid_inputs;
mod invisible_explore;
mod job_faults;
mod limits;
mod live_presets;
mod loop_lag_pictures;
mod loop_order_explore;
mod many_tasks;
mod merge_and_signals;
mod none_value;
mod objects_explore;
mod priority_heap;
mod process_exits_explore;
mod properties;
mod python_import;
mod queue_order;
mod queue_timeouts;
mod readme;
mod reentrant_conditions;
mod run_objects;
mod scenario_snapshots;
mod schema_agrees;
mod sctbench;
mod settings;
mod string_value;
mod test_command;
mod time_window_explore;
mod timeouts;
mod timeouts_explore;
mod try_blocks;
mod tuple_value;
mod unowned_lock;
mod virtual_time;

/// With `autotests = false`, a file of tests/ that this module does not declare would never be
/// compiled or run: every `tests/*.rs` must appear here as `mod name;`.
#[test]
fn every_test_file_is_a_module_of_this_binary() {
    let tests_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let main_source = std::fs::read_to_string(tests_dir.join("main.rs")).expect("tests/main.rs");
    let mut missing = Vec::new();
    let mut entries: Vec<_> =
        std::fs::read_dir(&tests_dir).expect("tests/").map(|entry| entry.expect("entry").path()).collect();
    entries.sort();
    for path in entries {
        let Some(stem) = path.file_stem().and_then(|stem| stem.to_str()) else { continue };
        let is_test_file = path.extension().is_some_and(|extension| extension == "rs") && stem != "main";
        if is_test_file && !main_source.lines().any(|line| line == format!("mod {stem};")) {
            missing.push(stem.to_string());
        }
    }
    assert!(missing.is_empty(), "tests/main.rs does not declare: {missing:?}");
}
mod coroutine_dpor;
mod thread_polls;
