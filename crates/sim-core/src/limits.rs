//! Every size a scenario file or a flag can make large, in one place. The loader rejects files past these
//! bounds with a clear error; the engine ends a run that reaches a run-time bound with a reported outcome
//! (`fault` or `step_limit`), never a panic. docs/reliability.md lists the same limits for users, row by row.
//!
//! Bounds on products, not only on single values: a duration times the steps that could take it is
//! bounded by [`MAX_VIRTUAL_TIME_NS`] (checked as time advances); tasks times the instructions of each
//! by [`MAX_TASKS`] and [`MAX_TOTAL_INSTRUCTIONS`]; pools after pools by [`MAX_AFTER_EDGES`]; what a
//! loop can make grow by a bound over all objects together (queue items, map keys) or per task
//! (submitted instances, within [`MAX_TASKS`]), and virtual time by [`MAX_VIRTUAL_TIME_NS`].
//!
//! `--max-steps` ([`DEFAULT_MAX_STEPS`], at most [`MAX_STEPS_CEILING`]; for `weft explore`
//! [`DEFAULT_EXPLORE_MAX_STEPS`], at most [`MAX_EXPLORE_STEPS_CEILING`]) bounds two counts of one run,
//! each on its own: the steps the tasks take, and the time-driven work the engine does between steps
//! (events handled: time slices, GIL requests and hand-offs, wake-ups, time-outs, context switches; and
//! segments of work done in place). Reaching either ends the run with status `step_limit`, and the
//! failure line says which one ran out, so a file that only livelocks (slices of 1ns, an old GIL that
//! checks every nanosecond) still ends.
//!
//! Stated where they live instead (each beside the code that enforces it, and listed here):
//! - the YAML parser's budgets (nesting depth 64, 10,000 aliases and anchors, 1,000,000 events,
//!   500,000 nodes): `crates/scenarios/src/yaml_error.rs`, which words their messages and hands them
//!   to the parser's options;
//! - `jitter` (0 to 1000 percent), PCT `depth` (1 to 64), a `snapshot:` block (64 seeds, 8 policies):
//!   `crates/scenarios/src/compile.rs`, beside their messages;
//! - `weft fuzz --jobs` (at most 1,024 threads), its chunks of 512 seeds and how far workers run ahead of
//!   the merge (64 chunks): `src/fuzz.rs`;
//! - `weft check`: at most 20 errors reported per file (`src/check.rs`);
//! - the memory of `weft explore`'s state cache (32 Mi words, 256 MiB; past it new states are not
//!   cached, which costs time, never soundness): `crates/sim-core/src/schedulers/state_cache.rs`;
//! - a spin-waiting task remembers at most 64 reads (`crates/sim-core/src/engine/sync_state.rs`);
//! - `weft import` of Python programs: `crates/pyimport/src/lib.rs` and `translate.rs`.

/// Virtual cores of one machine.
pub const MAX_CORES: u32 = 1024;
/// Cores of all machines together (the distributed tier).
pub const MAX_TOTAL_CORES: u32 = 16_384;
/// Tasks after `count` copies are expanded.
pub const MAX_TASKS: usize = 10_000;
/// `after` edges once pools are expanded (a pool after a pool is count x count edges).
pub const MAX_AFTER_EDGES: u64 = 1_000_000;
/// Instructions of one task's compiled program.
pub const MAX_PROGRAM_INSTRUCTIONS: usize = 100_000;
/// Instructions of all tasks' programs together, pool copies and submitted instances included (each
/// copy is a program of its own).
pub const MAX_TOTAL_INSTRUCTIONS: u64 = 4_000_000;
/// Steps one task could take if every repeat ran in full (repeat counts times steps).
pub const MAX_UNROLLED_STEPS_PER_TASK: u64 = 1_000_000_000_000;
/// Nesting of `repeat`/`with` blocks.
pub const MAX_BLOCK_DEPTH: usize = 16;
/// Depth of an expression's operand stack.
pub const MAX_EXPRESSION_DEPTH: usize = 64;
/// Distinct strings of one scenario (its string table, the empty string included): each is a value of
/// its own, in a band of 64-bit patterns just above None's (see `crate::expr::FIRST_STRING`). The
/// strings, the tuples ([`MAX_TUPLES`]) and the objects ([`MAX_OBJECTS`]) share the 65,536 patterns
/// below the format's integers.
pub const MAX_STRINGS: usize = 32_768;
/// Distinct tuples one run makes (`(a, b)` in an expression): each is a value of its own, in a band of
/// 64-bit patterns just above the strings' (see `crate::expr::FIRST_TUPLE`); a run that makes one more
/// ends with a fault that says so. Three quarters of half the band the strings leave: the floats a run
/// makes take the other quarter (since session 23), the objects the other half.
pub const MAX_TUPLES: usize = 12_288;
/// Distinct floats one run makes (`0.5`, `x * 1.5` in an expression; `+0.0` and `-0.0` included): each
/// is a value of its own, in a band of 64-bit patterns just above the tuples' (see
/// `crate::patterns::FIRST_FLOAT`); a run that makes one more ends with a fault that says so.
pub const MAX_FLOATS: usize = 4_096;
/// Mutable objects one run makes (lists, dicts and instances made at run time, `crate::objects`): each
/// is a value of its own, a handle in the band just above the tuples'; a run that makes one more ends
/// with a fault that says so.
pub const MAX_OBJECTS: usize = 16_384;
/// Items of all the objects one run holds together (a list's items, a dict's or an instance's entries):
/// a write that would hold one more ends the run with a fault that says so.
pub const MAX_OBJECT_SLOTS: usize = 1_000_000;
/// Items of one tuple (`(a, b, ...)`), checked at load time.
pub const MAX_TUPLE_LENGTH: usize = 16;
/// Bytes of one string value, written in the file or made by a run (`a + b`, `s * n`, `str(x)`, an
/// f-string): a run that would make a longer one ends with a fault that says so.
pub const MAX_STRING_BYTES: usize = 4_096;
/// Bytes of all the strings one run makes together (each distinct text once; they take the patterns of
/// the strings' band that the file's table leaves, [`MAX_STRINGS`] in all): a run that would make more
/// ends with a fault that says so.
pub const MAX_RUN_STRING_BYTES: usize = 4 * 1024 * 1024;
/// Characters of one expression.
pub const MAX_EXPRESSION_CHARS: usize = 4_096;
/// Items in all queues together, bounded or not: a `put` past it is a run-time fault.
pub const MAX_QUEUE_ITEMS: usize = 1_000_000;
/// Elements of one shared array.
pub const MAX_ARRAY_LENGTH: usize = 100_000;
/// Keys of all shared maps together: a write of a new key past it is a run-time fault.
pub const MAX_MAP_KEYS: usize = 1_000_000;
/// Shared values (variables, array elements, map keys) of all process copies together: every copy of a
/// process task (`count`, or the instances `submit` makes) has its own copy of its process's memory.
pub const MAX_COPIED_SHARED_VALUES: u64 = 2_000_000;
/// Elements of one local array (`let: "fs = array(N)"`), each a local of the task.
pub const MAX_LOCAL_ARRAY_LENGTH: usize = 4_096;
/// Values one choice may choose among (`let: "x = choose(1, 6)"`, `choose_of(...)`): under `weft explore`
/// each is a branch, so a choice of 1,024 values multiplies the schedules by as many.
pub const MAX_CHOICE_VALUES: usize = 1_024;
/// Values of all the choices of one file together (each distinct list of values kept once).
pub const MAX_TOTAL_CHOICE_VALUES: usize = 1_000_000;
/// Instance slots of a task that `submit` starts when the file does not bound how many (a `submit` in a
/// `while`, or in a submitted task): a run that submits more ends with a fault that says so.
pub const DEFAULT_INSTANCE_SLOTS: u64 = 64;
/// Executor workers (`workers:`).
pub const MAX_EXECUTOR_WORKERS: u64 = 1_024;
/// Elements of one array of primitives (`count:` on a lock, semaphore, event or condition).
pub const MAX_PRIMITIVE_ARRAY: usize = 10_000;
/// Elements of all arrays of primitives together.
pub const MAX_PRIMITIVE_ELEMENTS: u64 = 100_000;
/// Bytes of a scenario file.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
/// Bytes of one `weft fuzz --json` report that `weft merge` reads.
pub const MAX_REPORT_BYTES: u64 = 256 * 1024 * 1024;
/// Default for `--max-steps`: the steps of one run, and apart from them its time-driven work (see the
/// module's comment).
pub const DEFAULT_MAX_STEPS: u64 = 10_000_000;
/// Largest `--max-steps` accepted.
pub const MAX_STEPS_CEILING: u64 = 10_000_000_000;
/// Default for `weft explore --max-steps`: the search keeps every choice point of the schedule in
/// progress (to backtrack to), about 300 bytes a step beside the state cache's own bound, so a
/// schedule that never ends must stop sooner than one `run`: at 1,000,000 steps the process holds
/// about 560 MB and a schedule takes about 1.5 s (measured 2026-11-29). Python's classic demos (two
/// threads of 100,000 increments: 400,000 steps) finish within it.
pub const DEFAULT_EXPLORE_MAX_STEPS: u64 = 1_000_000;
/// Largest `weft explore --max-steps` accepted: about 1.5 GB of choice points beside the state cache.
pub const MAX_EXPLORE_STEPS_CEILING: u64 = 5_000_000;
/// Trace events kept in full from the start of a run (the rest only enter the digest).
pub const TRACE_HEAD_EVENTS: usize = 4_096;
/// Trace events kept before a failure (a ring buffer).
pub const TRACE_TAIL_EVENTS: usize = 256;
/// Seeds in one `fuzz` invocation.
pub const MAX_SEEDS: u64 = 1_000_000_000;
/// Decision points a `fuzz` worker remembers of the runs it has made (the run memo of the `random`
/// policy): 12 bytes each, so at most 12 MiB a worker, whatever the number of seeds.
pub const MAX_MEMO_NODES: usize = 1 << 20;
/// Words of outcome keys (final values, failure, status) the run memo keeps: 8 bytes each, 32 MiB a
/// worker at most.
pub const MAX_MEMO_KEY_WORDS: usize = 1 << 22;
/// Latest instant of virtual time a run may reach (about 146 years): a run that would go past it ends
/// with a fault. Every single step adds at most a few durations (each at most [`MAX_DURATION_NS`], times
/// jitter), so `now + duration` below this bound never overflows a u64.
pub const MAX_VIRTUAL_TIME_NS: u64 = 1 << 62;
/// Largest duration accepted anywhere: about 11.6 days of virtual time.
pub const MAX_DURATION_NS: u64 = 1_000_000_000_000_000;
/// Entries of the access log that happens-before analysis (races, coverage) reads per run.
pub const MAX_ACCESSES: usize = 2_000_000;
/// Tasks up to which a run's data races are checked (vector clocks take tasks x tasks of memory).
pub const MAX_RACE_CHECK_TASKS: usize = 1_000;
/// Machines of the distributed tier (`machines:` entries, or `compare --set machines=N`).
pub const MAX_MACHINES: u64 = 1_024;
/// Segments of a run's timeline (pictures) kept; later ones are counted, not kept.
pub const MAX_SEGMENTS: usize = 1_000_000;
/// Choices one schedule token may hold.
pub const MAX_CHOICES: usize = 10_000_000;
/// Races reported per run at most.
pub const MAX_RACES: usize = 64;
/// Schedules `weft explore` runs unless `--max-schedules` says otherwise, and the most it accepts.
pub const DEFAULT_MAX_SCHEDULES: u64 = 100_000;
pub const MAX_SCHEDULES_CEILING: u64 = 100_000_000;
/// Rows (combinations of settings) of one `weft compare`.
pub const MAX_COMPARE_ROWS: usize = 10_000;
