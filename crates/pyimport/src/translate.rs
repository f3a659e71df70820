//! The module to a scenario: module-level code is the main thread, every `threading.Thread` a task whose
//! ops are its target's body (with its arguments bound), calls of the program's own functions are
//! inlined, module globals of int, list and dict type are shared memory, and the objects of `threading`
//! and `queue` are the scenario's declarations.

/// The value an exception is in the list of `gather(..., return_exceptions=True)` (a string no
/// program that imports holds: `isinstance(x, Exception)` is `x == '<exception>'`).
pub(crate) const EXCEPTION_VALUE: &str = "<exception>";

mod argument_waits;
mod array_index_updates;
mod array_items;
mod array_sets;
mod array_slice_reads;
mod array_temporaries;
mod array_tuples;
mod as_completed_deadline;
mod as_completed_orders;
mod assign_forms;
mod asyncio_primitives;
mod asyncio_run_values;
mod attribute_dict_stores;
mod barrier_actions;
mod barrier_states;
mod blocking_done_callbacks;
mod bool_calls;
mod bool_carriers;
mod bool_flows;
mod bool_keys;
mod bool_methods;
mod bool_names;
mod bool_parameters;
mod bool_tuples;
mod bool_values;
mod builtin_iterations;
mod builtin_values;
mod bytes_values;
mod c_doubles;
mod callables;
mod callback_lists;
mod callback_states;
mod callback_tables;
mod cancel_callbacks;
mod cancel_lists;
mod cancelled_exceptions;
mod cancelled_gather_passes;
mod cancelled_structures;
mod caught_faults;
mod chained_submits;
mod choices;
mod chosen_containers;
mod classes;
mod closure_jobs;
mod closures;
pub(crate) mod collection_objects;
mod completion;
mod comprehension_extends;
mod comprehension_reads;
mod conditional_waits;
mod constant_dict_loops;
pub(crate) mod constant_set_displays;
mod constructor_unpacking;
mod container_copies;
mod coroutines;
mod counters;
mod counts;
mod ctypes_widths;
mod daemon_inheritance;
mod dataclass_membership;
mod def_cost_values;
mod default_executor;
mod deques;
mod dict_value_lengths;
mod display_key_reads;
mod display_keys;
mod display_lookups;
mod display_membership;
mod display_records;
mod display_unpacking;
mod display_views;
mod done_callback_raises;
mod done_callbacks_at_once;
mod done_membership;
mod done_orders;
mod drained_lists;
mod dropped_calls;
mod dropped_returns;
mod duration_dicts;
mod duration_tables;
mod early_return_joins;
mod engine_raises;
mod enumerated_arrays;
mod exception_lists;
mod exception_values;
mod exceptions;
mod executor_raises;
mod faulting_finally;
mod filtered_future_sets;
mod filtered_lists;
mod finally_awaits;
mod finally_jumps;
mod float_arithmetic;
mod float_globals;
mod float_item_stores;
mod float_table_views;
mod float_values;
mod folded_work;
mod foreign_future_lists;
mod function_dicts;
mod function_sort_keys;
mod future_dict_items;
mod future_dicts;
mod future_entries;
mod future_exception_waits;
mod future_exceptions;
mod future_keyed_stores;
mod future_lists;
mod future_set_comprehensions;
mod futures;
mod gather_cancel;
mod gather_decisions;
mod gather_ends;
mod gather_failures;
mod gather_passes;
mod gathered_exception_texts;
mod gathered_executor_jobs;
mod gathered_outcome_zips;
mod getattr_defaults;
mod given_lists;
mod global_loop_targets;
mod growing_tuple_lists;
mod held_dict_gets;
mod held_dict_stores;
mod held_objects;
mod held_set_methods;
mod immediate_exit;
mod implicit_raises;
mod init_order;
mod inline_instances;
mod instance_arguments;
mod instance_attributes;
mod instance_texts;
mod int_parameters;
mod item_stores;
mod job_cancels;
mod job_raises;
mod joins;
mod kept_apart_classes;
mod kept_exceptions;
mod keyed_extremes;
pub(crate) mod known_comprehensions;
mod known_lines;
mod known_names;
mod known_raises;
mod known_tuples;
mod lambda_cells;
mod lambdas;
mod list_repeats_in_place;
mod list_row_items;
mod list_searches;
mod maybe_unbound;
mod module_list_displays;
mod module_loop_finals;
mod module_unpacking;
mod name_scans;
mod nested_unpacking;
mod parameter_arguments;
mod raising_harmless_calls;
mod result_bools;
mod returned_comprehensions;
mod run_time_dict_views;
mod scoping;
mod semaphore_tries;
mod semaphore_withs;
mod shutdown_thread_names;
mod task_names;
mod thread_subclass_names;
mod unknown_kinds;
mod wait_for_passes;
mod walked_tuples;
pub(crate) use filtered_lists::{comprehension_loop, renamed_apart};
pub(crate) use future_predicates::refuse_future_predicate;
pub(crate) use held_objects::HeldObject;
pub(crate) use list_dicts::is_dict_of_lists;
pub(crate) use refusal_words::folded_arithmetic_refusal;
mod block_objects;
mod call_costs;
mod clock_burns;
pub(crate) mod clock_values;
mod context_vars;
mod copied_records;
mod copied_result_lists;
mod done_lists;
mod failed_takes;
mod feeder_orders;
mod future_predicates;
mod future_slices;
mod future_states;
mod global_map_results;
mod group_aborts;
mod group_ends;
mod group_members;
mod group_operation_faults;
mod group_texts;
mod grown_dicts;
mod guarded_reads;
mod handed_containers;
mod handed_instances;
mod handed_lists;
mod held_reads;
mod immutable_results;
mod known_arguments;
mod line_costs;
mod list_concatenations;
mod list_dicts;
mod list_edits;
mod list_methods;
mod list_results;
mod list_values;
mod local_display_views;
mod lock_reads;
mod lock_timeouts;
mod loop_callbacks;
mod loop_costs;
mod looped_sums;
mod loud_limits;
mod machine_sizes;
mod made_display_texts;
mod managers;
mod map_chunks;
mod map_lookups;
mod map_raises;
mod map_reads;
mod mapped_instances;
mod missing_table_keys;
mod module_objects;
mod module_result_arrays;
mod object_dicts;
mod object_returns;
pub(crate) mod object_table_views;
mod one_pass_executors;
mod one_path_strings;
mod order_free_takes;
mod ordered_dict_methods;
mod partly_read_queues;
mod passed_collections;
mod passed_functions;
mod passed_instances;
mod pending_loop_orders;
mod pending_set_lists;
mod per_key_locks;
mod placeholder_displays;
mod pool_callback_raises;
mod pool_map_failures;
mod popped_items;
mod predicate_values;
mod primitive_wait_fors;
mod printed_effects;
mod process_dict_copies;
mod process_exception_pickles;
mod process_exits;
mod process_pool_callables;
mod processes;
mod proxy_slice_copies;
mod proxy_walks;
mod pure_calls;
mod quantifiers;
mod queue_feeders;
mod raise_causes;
mod raising_arguments;
mod range_values;
mod read_displays;
mod reads_after_writes;
mod rebinding;
mod rebound_locals;
mod rebound_timers;
mod record_copies;
mod record_keys;
mod record_texts;
mod record_updates;
mod record_views;
mod record_walks;
mod record_writes;
mod records;
mod recursion;
mod reentrant_conditions;
mod refusal_words;
mod repeated_shutdowns;
mod result_feeders;
mod result_list_methods;
mod result_list_objects;
mod result_maps;
mod result_membership;
mod result_types;
mod returned_aliases;
mod returned_displays;
mod returned_instances;
mod returned_list_names;
mod returned_lists;
mod returned_ranges;
mod returned_tuples;
mod run_memory;
mod run_time_collections;
mod run_time_comprehensions;
mod run_time_display_loops;
mod run_time_elements;
mod run_time_exception_reads;
mod run_time_extends;
mod run_time_futures;
mod run_time_list_displays;
mod run_time_task_counts;
mod running_loop_calls;
mod safe_edits;
mod sent_records;
mod sequences;
mod set_comprehensions;
mod set_gathers;
mod set_orders;
mod set_updates;
mod shared_lists;
mod shared_thread_locals;
mod shield_values;
mod sibling_cancels;
mod sort_keys;
mod sorted_pairs;
mod special_methods;
mod split_lists;
mod spread_tuples;
mod starred_args;
mod start_orders;
mod statement_forms;
mod stepped_reads;
mod straight_globals;
mod straight_instances;
mod straight_objects;
mod straight_tasks;
mod task_callbacks;
mod task_groups;
mod task_loops;
mod task_try_context;
mod text_growth;
mod text_work;
mod thread_creation;
mod thread_dict_arguments;
mod thread_form_refusals;
mod thread_lifecycle;
mod thread_local_presence;
mod thread_name_prefixes;
mod thread_names;
mod thread_subclasses;
pub(crate) mod thread_values;
mod timed_asyncio_waits;
mod timed_first_completed;
mod timed_pending_loops;
mod timed_results;
mod timeout_blocks;
mod timeout_returns;
mod timer_woken_children;
mod true_words;
mod tuple_appends;
mod tuple_item_lists;
mod tuple_keyed_maps;
mod tuple_keys;
mod tuple_membership;
pub(crate) mod tuple_objects;
mod tuple_scopes;
mod typed_arguments;
mod unfinished_counts;
mod wait_done_states;
mod zero_timeout_waits;

mod received_values;
mod unmodelled_call_statements;
mod unreachable_steps;
mod unread_init_arguments;
mod unrolled_jumps;
mod value_rewrites;
mod wait_for_exceptions;
mod wait_pending_loops;
mod wait_set_sums;
mod walks;
mod whole_reads;
mod work_queue_orders;
mod written_items;

pub use choices::Draw;
pub use futures::refusal;
use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::Options;
use crate::expr::{ATOM, Ex, NOT, wrap};
use crate::out::{Item, Node, Scenario, SharedInit, Step, Task};
use crate::source::{Cost, Placement, SourceText, seconds_to_duration};
use crate::value::{Items, Object, QueueOrder, Shape, Value};
use barrier_actions::WrittenBarrier;
use name_scans::{NameScan, collect_assigned, collect_nonlocal};

/// An error at a byte offset of the Python text.
#[derive(Debug)]
pub struct Error {
    pub offset: usize,
    pub message: String,
    pub help: Option<String>,
    /// The offset of a dict display with string keys that gains a key it does not list, which a
    /// translation again takes as a shared map (grown_dicts.rs).
    pub grown_dict: Option<usize>,
    /// The keys of a dict of objects looked up here by a key known only at run time, which a
    /// translation again dispatches on (object_keys.rs).
    pub object_keys: Option<Vec<String>>,
    /// The length of a list of objects indexed here by a position known only at run time, which a
    /// translation again dispatches on (list_rows.rs).
    pub list_rows: Option<usize>,
}

impl Error {
    pub fn at(node: &impl Ranged, message: impl Into<String>) -> Self {
        Error {
            offset: node.start().to_usize(),
            message: message.into(),
            help: None,
            grown_dict: None,
            object_keys: None,
            list_rows: None,
        }
    }
    pub fn at_offset(offset: usize, message: impl Into<String>) -> Self {
        Error { offset, message: message.into(), help: None, grown_dict: None, object_keys: None, list_rows: None }
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

pub type Result<T> = std::result::Result<T, Error>;

pub fn fail<T>(node: &impl Ranged, message: impl Into<String>) -> Result<T> {
    Err(Error::at(node, message))
}

/// Most tasks (threads) one program may make, and most unrolled iterations of one loop.
const MAX_TASKS: usize = 1_000;
pub(crate) const MAX_UNROLL: usize = 1_000;
/// Deepest chain of inlined calls.
const MAX_CALL_DEPTH: usize = 32;

/// A loop around the code being translated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LoopKind {
    /// A `while` or `repeat` of the scenario: `break` and `continue` work.
    Emitted,
    /// Unrolled at import time (a loop over threads): `break` and `continue` have no scenario form.
    Unrolled,
    /// Unrolled at import time, its passes inside loops of the scenario that run once, so that `break`
    /// leaves them and `continue` (a `break` of its pass's loop) ends a pass (unrolled_jumps.rs).
    UnrolledPass,
}

/// What a `try:` catches the exception of (`Translator::timeout_handler`): the time-out of its first
/// statement, or the ValueError of a bounded semaphore's release.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CaughtException {
    /// `await asyncio.wait_for(...)`, or `async with asyncio.timeout(t):`, / `except TimeoutError:`.
    WaitFor,
    /// `q.get(timeout=t)`, `q.get_nowait()` / `except queue.Empty:`.
    QueueGet,
    /// `q.put(x, timeout=t)`, `q.put_nowait(x)` on a bounded queue / `except queue.Full:`.
    QueuePut,
    /// `sem.release()` of a `BoundedSemaphore` / `except ValueError:` (released too many times).
    BoundedRelease,
    /// `barrier.wait()` with a time-out (its own or the barrier's) / `except threading.BrokenBarrierError:`.
    BarrierWait,
    /// `[x =] f.result()` / `except C:` where C is one of [`RAISABLE`]: the job's own exception.
    JobException(&'static str),
}

/// The exception classes `raise` imports with, and that `except` around `f.result()` may name: built-in
/// classes of which none derives from another but `Exception`, so that catching is a match by name
/// (or `Exception`, which catches them all), as the engine does it.
const RAISABLE: [&str; 8] = [
    "Exception",
    "ValueError",
    "RuntimeError",
    "KeyError",
    "IndexError",
    "TypeError",
    "ZeroDivisionError",
    "AssertionError",
];

impl CaughtException {
    /// The local that says whether the wait came in time.
    fn flag(self) -> &'static str {
        match self {
            CaughtException::WaitFor => "in_time",
            CaughtException::QueueGet => "got_item",
            CaughtException::QueuePut => "put_in",
            CaughtException::BoundedRelease => "released",
            CaughtException::BarrierWait => "passed",
            CaughtException::JobException(_) => "no_exception",
        }
    }

    fn nothing_to_catch(self) -> &'static str {
        match self {
            CaughtException::WaitFor => "this `wait_for` has no time-out to catch (`timeout=None` never raises)",
            CaughtException::QueueGet => "this `get` waits for ever (`timeout=None`): it never raises queue.Empty",
            CaughtException::QueuePut => {
                "this `put` never raises queue.Full: it waits for ever (`timeout=None`), or its queue has no `maxsize`"
            }
            CaughtException::BoundedRelease => {
                "this `release` never raises ValueError: its semaphore is a `Semaphore`, not a `BoundedSemaphore`"
            }
            CaughtException::BarrierWait => {
                "this barrier `wait` has no time-out (of its own or the `Barrier`'s), so nothing here breaks the barrier; a barrier broken by another party's time-out is not imported yet"
            }
            CaughtException::JobException(_) => {
                "a job's exception is caught around `f.result()` or `x = f.result()` as the `try`'s first statement"
            }
        }
    }
}

/// The state of one function being translated (or of the module's own code).
#[derive(Clone, Debug)]
pub struct Frame {
    pub task: usize,
    pub module_level: bool,
    /// The code of an `async def` (a coroutine on the loop): `await` is allowed.
    pub coroutine: bool,
    /// Python name to what it stands for in this function.
    pub locals: BTreeMap<String, Value>,
    /// Python locals whose value is known at import time, at this point of the translation.
    pub known: BTreeMap<String, Value>,
    globals_declared: BTreeSet<String>,
    /// The names the function assigns anywhere (`=`, `+=`, a `for` target) without `global` or
    /// `nonlocal`: Python's locals of the whole function, so a global of the same name is never read
    /// through them (a read before the binding is UnboundLocalError: `scoping.rs`).
    function_locals: BTreeSet<String>,
    /// Locals of the function bound on some paths to here only (maybe_unbound.rs).
    maybe_unbound: BTreeSet<String>,
    /// The names bound in more than one place, whose constant bindings are `let`s (rebinding.rs).
    rebound: BTreeSet<String>,
    /// The task's own function: `return` ends the task.
    top: bool,
    /// Inside an `if`, `while` or a loop the scenario runs: objects cannot be created here.
    pub(crate) dynamic: u32,
    /// The depth of `dynamic` at which the function's own statements run: an inlined call inside a loop
    /// the scenario runs is translated afresh for each call site, so a local its top level binds to an
    /// object known at import time is bound the same way on every pass.
    binding_depth: u32,
    loops: Vec<LoopKind>,
    /// Steps that leave with a `with` of a semaphore (its release), with the loop depth they were made at.
    cleanups: Vec<(usize, Step)>,
    /// How many of `cleanups` the `try` around (inside their `with` blocks) already releases when an
    /// exception leaves it (semaphore_tries.rs).
    cleanups_released_by_try: usize,
    pub in_condition: bool,
    /// The `try:` bodies and one-pass bodies being translated (straight_instances.rs).
    straight_levels: Vec<straight_instances::StraightLevel>,
    /// The line carries its own cost annotation: calls weft does not know cost nothing more.
    cost_given: bool,
    /// The statement about to be translated shares its line's cost with the one before it, which
    /// counted it (line_costs.rs).
    line_cost_counted: bool,
    /// An inlined function with a `return` before its end: its body runs inside a one-pass loop.
    early_return: Option<EarlyReturn>,
    /// The flags of the loops with an `else:` being translated, with the depth in `loops` at which a
    /// `break` leaves that loop (`loop_else_start`).
    break_flags: Vec<(usize, String)>,
    /// The task is a job or a coroutine task whose `return` value is a future's result: a `return`
    /// without a value gives `None`, as Python's does (the format's bare `return` gives 0).
    gives_result: bool,
    /// The function's caller drops its value (a call as a statement, a thread's target): its
    /// trailing `return`'s value is read by nobody (loop_costs.rs).
    result_dropped: bool,
    /// The line that calls this inlined function carries its own cost (call_costs.rs).
    caller_cost_given: bool,
    /// This inlined function's body is the work of its caller's cost, in one `atomic` (call_costs.rs).
    whole_call: bool,
}

/// How a `return` leaves an inlined function: it sets the result local, then breaks out of the one-pass
/// loop around the body (at `depth` in `loops`); from a loop inside the body it first sets `flag`, which
/// every enclosing loop tests after it ends.
#[derive(Clone, Debug)]
struct EarlyReturn {
    depth: usize,
    result: Option<String>,
    flag: Option<String>,
    /// The function's name and `frame.dynamic` inside its one-pass loop: a binding made there with
    /// no `if` or loop of its own around it is dynamic only because the function returns early.
    function: String,
    dynamic: u32,
}

impl Frame {
    fn new(task: usize, module_level: bool, top: bool) -> Self {
        Frame {
            task,
            module_level,
            coroutine: false,
            locals: BTreeMap::new(),
            known: BTreeMap::new(),
            globals_declared: BTreeSet::new(),
            function_locals: BTreeSet::new(),
            maybe_unbound: BTreeSet::new(),
            rebound: BTreeSet::new(),
            top,
            dynamic: 0,
            binding_depth: 0,
            loops: Vec::new(),
            cleanups: Vec::new(),
            cleanups_released_by_try: 0,
            in_condition: false,
            straight_levels: Vec::new(),
            cost_given: false,
            line_cost_counted: false,
            early_return: None,
            break_flags: Vec::new(),
            gives_result: false,
            result_dropped: false,
            caller_cost_given: false,
            whole_call: false,
        }
    }
}

pub struct Translator<'a> {
    /// The offsets of dict displays with string keys that gain a key they do not list, each a shared
    /// map (grown_dicts.rs).
    grown_dicts: BTreeSet<usize>,
    /// A dict with string keys's first key's shared variable, and the offset of its display.
    record_displays: BTreeMap<String, usize>,
    /// The `shared_memory:` integers of a `multiprocessing.Value`/`Array` narrower than 64 bits, by
    /// name: their C width and signedness (translate/ctypes_widths.rs).
    ctypes_widths: BTreeMap<String, (u32, bool)>,
    /// The `shared_memory:` doubles of a `multiprocessing.Value("d")`/`Array("d")` (translate/c_doubles.rs).
    c_doubles: BTreeSet<String>,
    /// The local arrays of results (task, local) whose every item is a value no one can change, which a
    /// process pool's job may be given (translate/immutable_results.rs).
    immutable_results: BTreeSet<(usize, String)>,
    /// Set while a `wait_for` is the test of an `if`/`while`, which uses only its truth
    /// (translate/predicate_values.rs).
    wait_for_truth_only: bool,
    /// The lines that size something by the machine's cores (machine_sizes.rs).
    machine_sized: std::cell::RefCell<BTreeMap<u32, String>>,
    /// Whether the program may make a float (translate/float_values.rs): its `range` bounds known only
    /// at run time are then checked as Python's `operator.index` checks them.
    floats_may_flow: bool,
    /// The module dicts and sets that keep each key as its `repr`, since a tuple may be one
    /// (translate/tuple_keyed_maps.rs).
    tuple_keyed_maps: tuple_keyed_maps::TupleKeyedMaps,
    /// Whether the program calls `cancel`, or `wait_for` of a task made before (translate/sibling_cancels.rs).
    tasks_may_be_cancelled: bool,
    /// A `cancel()` call or a `raise CancelledError` in the program (wait_for_exceptions.rs).
    tasks_cancelled_explicitly: bool,
    /// The done callbacks of each task's futures (cancel_callbacks.rs).
    cancel_callbacks: cancel_callbacks::CancelCallbacks,
    /// The `pending` sets (task, name) a `while pending:` loop over `wait` may have left early by a
    /// `break`, which are not followed after it (timed_pending_loops.rs).
    left_pending_sets: BTreeSet<(usize, String)>,
    /// The queues joined, and the reads of `unfinished_tasks` after a join (unfinished_counts.rs).
    unfinished_counts: unfinished_counts::UnfinishedCounts,
    /// More than one place raises TimeoutError (wait_for_exceptions.rs).
    timeout_errors_may_nest: bool,
    source: &'a SourceText<'a>,
    options: &'a Options,
    functions: BTreeMap<String, &'a ast::StmtFunctionDef>,
    /// The names and functions that hold Python's bools, whose text is `True`/`False` (translate/bool_names.rs).
    bool_names: bool_names::BoolNames,
    /// Module-level names: what they stand for.
    globals: BTreeMap<String, Value>,
    /// Globals some code writes after their first assignment (so they are shared, not constants).
    written: BTreeSet<String>,
    /// Names that something `.append`s to.
    appended: BTreeSet<String>,
    /// Names the program stores an item of (`name[k] = v`): a module display of floats so written is
    /// shared memory (translate/float_item_stores.rs).
    float_item_stores: BTreeSet<String>,
    /// Barriers made with `action=f` or whose `wait()` value is used: the function, and the shared
    /// count and generation their waits keep (translate/barrier_actions.rs).
    pub(crate) written_barriers: BTreeMap<String, WrittenBarrier>,
    /// The names whose `wait()` the program calls other than as a statement (`waits_with_values`).
    waits_with_values: BTreeSet<String>,
    /// The dicts whose missing keys read as 0 (`Counter()`, `defaultdict(int)`), and whether a read
    /// puts the 0 in (defaultdict's `__missing__` does, Counter's does not): translate/map_reads.rs.
    defaulting_dicts: BTreeMap<String, bool>,
    /// The shared maps that stand for Python sets (`set()`, `set([...])`): a loop over one is refused,
    /// since CPython walks a set in its hash table's order (translate/set_orders.rs).
    set_names: BTreeSet<String>,
    /// The Python names the file binds to a set made at run time (set_orders.rs).
    set_bound_names: BTreeSet<String>,
    /// The dicts made by `defaultdict(list)` or `defaultdict(set)`, with the scenario's call that makes
    /// a missing key's value (`new_list()`): translate/collection_objects.rs.
    made_default_dicts: BTreeMap<String, &'static str>,
    /// The plain shared dicts whose values `d.setdefault(k, [])` makes (a list or a set made at run
    /// time), with the maker of that value: collection_objects.rs.
    setdefault_dicts: BTreeMap<String, &'static str>,
    /// The program starts a daemon thread of its own (not one the import adds, such as a deadline's).
    daemon_threads: bool,
    /// Threads made without `daemon=`, with the task whose code made them (daemon_inheritance.rs).
    daemon_creators: Vec<(usize, usize)>,
    /// Where the module's own code calls `os._exit`, ending the process at once (immediate_exit.rs).
    immediate_exit: Option<TextRange>,
    /// The private `done` queues of `wait(fs, timeout=t)`, whose loops must be order-free (done_orders.rs).
    timed_done_queues: BTreeSet<String>,
    /// Threads started in code that runs on every run, and threads started anywhere, so far in the
    /// program's order (thread_lifecycle.rs).
    started_threads: BTreeSet<usize>,
    possibly_started_threads: BTreeSet<usize>,
    /// The shared lists made by `collections.deque(...)`, with their `maxlen` (translate/deques.rs).
    deques: BTreeMap<String, Option<usize>>,
    /// Every name the module's own code assigns: a scenario local never takes one (translate's `local_name`).
    module_assigned: BTreeSet<String>,
    /// Names that threads are appended to (lists of threads, known at import time).
    thread_lists: BTreeSet<String>,
    /// Names that functions, lambdas or `partial`s are appended to (callback_lists.rs).
    callback_lists: BTreeSet<String>,
    /// Module lists of futures, each with the task that appends to it (foreign_future_lists.rs).
    future_list_owners: BTreeMap<String, usize>,
    /// The parameters some call of their function gives a callable (callback_lists.rs).
    callback_parameters: BTreeSet<String>,
    /// The lists whose every item is a tuple of at least so many items (tuple_item_lists.rs).
    tuple_item_lists: BTreeMap<String, usize>,
    /// The lists of callbacks made so far, by task and name: how many tasks the scenario had then.
    callback_lists_made: BTreeMap<(usize, String), usize>,
    /// Containers of callbacks kept by an instance or by key (callback_tables.rs).
    callback_tables: callback_tables::CallbackTables,
    scenario: Scenario,
    /// Every identifier of the program, so generated names never clash with one.
    python_names: BTreeSet<String>,
    /// Names taken by shared variables and objects.
    object_names: BTreeSet<String>,
    /// Per task: local names taken.
    task_locals: Vec<BTreeSet<String>>,
    /// The local arrays made under the translation's own names, by task and name: their lengths
    /// (array_temporaries.rs).
    temporary_arrays: BTreeMap<(usize, String), usize>,
    call_stack: Vec<String>,
    /// The threads made with a `name=` known at import time: that name, by task (thread_names.rs).
    thread_names: BTreeMap<usize, String>,
    /// The names CPython gives the threads made without `name=`, by task, while the count of such
    /// threads is known at import time (thread_names.rs).
    python_thread_names: BTreeMap<usize, String>,
    python_thread_count: usize,
    python_thread_count_lost: bool,
    /// How many calls of a function from inside itself the import has unrolled (recursion.rs).
    /// The arguments of the latest call of a function from inside itself that are only known when the
    /// program runs, as written (recursion.rs names them where the recursion is refused).
    unknown_recursive_arguments: Vec<String>,
    recursive_calls: usize,
    /// The statements that read a name bound to a string on one path only, by their start, with the
    /// names (one_path_strings.rs).
    one_path_reads: BTreeMap<ruff_text_size::TextSize, BTreeSet<String>>,
    consumed: BTreeSet<u32>,
    translated_functions: BTreeSet<String>,
    /// Functions defined at the top of another function's body (`def main(): ... def worker(): ...`),
    /// with the function they are defined in.
    nested: BTreeMap<String, String>,
    /// What a nested function sees of its enclosing function: the objects bound there when its `def`
    /// ran (locks, queues, lists), which it reads through its closure.
    closures: BTreeMap<String, BTreeMap<String, Value>>,
    /// A function's closure cells that its nested functions write (`nonlocal count`): shared variables
    /// under their own names, as globals are, since the function runs once (`cells_run`).
    closure_cells: BTreeMap<String, BTreeSet<String>>,
    /// The functions with closure cells that have run: a second run would need cells of its own.
    cells_run: BTreeSet<String>,
    /// The attributes of `threading.local()` objects a task has set so far (in the order the import
    /// meets them): the task-local variable that holds each.
    pub(crate) thread_local_slots: BTreeMap<(usize, String, String), String>,
    /// A thread's attribute of a `threading.local()` bound to a list it made (`context.lines = []`):
    /// the thread's own list (translate/thread_local_presence.rs).
    pub(crate) thread_local_lists: BTreeMap<(usize, String, String), Value>,
    /// The shared variables and task locals known to hold an object made at run time (held_objects.rs).
    pub(crate) held_objects: BTreeMap<held_objects::HeldKey, Option<held_objects::HeldObject>>,
    /// Of those, the ones bound to a list computed from a shared list (list_values.rs).
    list_values: BTreeSet<held_objects::HeldKey>,
    /// Of those, the ones bound to a copy of a shared dict (`dict(d)`, `d.copy()`: container_copies.rs).
    dict_copies: BTreeSet<held_objects::HeldKey>,
    futures: futures::FuturesState,
    /// The next function run is the coroutine of an `await`: its `async def` body may be inlined.
    awaiting_call: bool,
    /// `a, b = f(...)` whose `return x, y` holds a list: the call and its items (returned_tuples.rs).
    split_return: returned_tuples::SplitReturn,
    /// The locals a `for` binds to the items of a local array of results (array_items.rs).
    array_items: array_items::ArrayItems,
    /// The next `run_function` runs a job's own function, whose value is its future's result
    /// (futures.rs sets it; taken at the function's entry).
    job_entry: bool,
    pending_tasks: coroutines::PendingTasks,
    /// The coroutine tasks `asyncio.run` runs, which nothing cancels (gather_cancel.rs).
    loop_roots: BTreeSet<usize>,
    /// The class each `raise` of a task raises (a bare `raise` in a handler: the handler's classes).
    raised_classes: Vec<(usize, String)>,
    /// The classes of the handlers being translated, innermost last (what a bare `raise` raises again).
    handler_classes: Vec<Vec<String>>,
    /// The names of the handlers being translated that bind their exception (`except C as e:`): what a
    /// `raise ... from e` may name (raise_causes.rs).
    caught_names: Vec<String>,
    /// The program reads the exceptions it catches (`str(e)`, `type(e).__name__`, ...): they carry
    /// their values (exception_values.rs).
    exception_values: bool,
    /// The names the file binds to `f.exception()` (future_exceptions.rs).
    exception_variables: BTreeSet<String>,
    /// The program's exception classes with an `__init__` of their own (exception_values.rs).
    exception_inits: BTreeMap<String, exception_values::ExceptionInit>,
    /// The attributes each caught exception's local may be read by (`e.status`), from its handler's
    /// classes' `__init__` (exception_values.rs).
    caught_attributes: BTreeMap<String, Vec<String>>,
    /// The classes of the handler each caught exception's local was bound by (kept_exceptions.rs).
    caught_classes: BTreeMap<String, Vec<String>>,
    /// The task locals that hold a caught exception kept in a name, with its handler's classes.
    kept_exceptions: BTreeMap<(usize, String), Vec<String>>,
    /// The `wait`s whose futures nothing had cancelled, and the futures of their `done` sets
    /// (wait_set_sums.rs).
    wait_sets: wait_set_sums::WaitSets,
    /// The classes the tasks of each failing TaskGroup raise, as its ExceptionGroup holds them, in the
    /// order the groups end (task_groups.rs): what an `except*` around them matches.
    group_raised: Vec<String>,
    /// The local that counts the exceptions of the failing TaskGroup first in the `try` being translated,
    /// when an `except* C as eg:` of it reads `len(eg.exceptions)` (task_groups.rs).
    counted_group: Option<String>,
    /// The shared list of the exceptions of the failing TaskGroup that is the body of the `try` being
    /// translated, when a handler of it reads `eg.exceptions` (group_members.rs).
    group_members: Option<group_members::GroupMembers>,
    /// Coroutine tasks whose own `return` gives a list of results (as a tuple), and its length.
    returned_lists: BTreeMap<usize, usize>,
    /// The `async def` whose list of results `x = asyncio.run(f())` takes (`asyncio_run_list`), while
    /// it is translated: only its `return` gives a list, as a tuple.
    list_returning: Option<String>,
    /// The instances coroutines run by `asyncio.run` give its caller (asyncio_run_values.rs).
    returned_instances: asyncio_run_values::ReturnedInstances,
    /// Which items of each tuple the coroutine of `a, b = asyncio.run(main())` returns are lists made at
    /// run time (run_time_list_displays.rs).
    returned_list_items: Vec<Vec<bool>>,
    pub(crate) classes: classes::Classes<'a>,
    /// The classes that were `@dataclass`es (dataclasses.rs): an instance made at run time prints as one.
    pub(crate) dataclasses: BTreeSet<String>,
    /// The program's `contextvars.ContextVar`s and the tasks that hold a copy (context_vars.rs).
    context_variables: context_vars::ContextVariables,
    /// Whether the program makes lists, dicts or sets at run time (set by the pass that makes one), and
    /// so whether a local of unknown kind (a queue's item, a parameter) may hold one: its `len` and truth
    /// are then read in a step, `size(x)` and `truth(x)` (unknown_kinds.rs).
    pub(crate) made_containers: std::cell::Cell<bool>,
    /// The locks of `defaultdict(threading.Lock)` dicts, made by key on their first lookup (per_key_locks.rs).
    per_key_locks: per_key_locks::PerKeyLocks,
    /// The objects the `return`s of early-returning inlined functions gave (object_returns.rs).
    object_returns: object_returns::ObjectReturns,
    /// The items each line's folds walked at import time, which CPython walks at run time (folded_work.rs).
    folded_work: folded_work::FoldedWork,
    /// The strings whose length weft does not bound, whose methods take time it cannot count (text_work.rs).
    text_work: text_work::TextWork,
    /// Timers held in attributes a method assigns again, and the thread each belongs to (rebound_timers.rs).
    rebound_timers: rebound_timers::ReboundTimers,
    /// Lists and dicts bound again or edited in place, and the uses a rebinding refuses (list_edits.rs).
    rebound_containers: list_edits::ReboundContainers,
    /// Function locals bound to a new list again (rebound_locals.rs).
    rebound_locals: rebound_locals::ReboundLocals,
    /// Names the file hands on as a value (handed_lists.rs).
    handed_on_names: BTreeSet<String>,
    pub(crate) unknown_may_be_container: bool,
    /// Inside the first statement of a `try:` whose one handler catches its exception (`try_timed`:
    /// `await asyncio.wait_for(...)` / `except TimeoutError:`, a queue's time-out, a bounded release's
    /// ValueError): the local that the step sets to 0 when it raises, and, once it is emitted, where the
    /// steps that run only when it did not begin.
    timeout_catch: Option<(String, Option<usize>)>,
    /// The body of an `async with asyncio.timeout(t):` is being translated as `asyncio.wait_for`
    /// (translate/coroutines.rs, `timeout_block`): its one `await` takes the `asyncio.timeout` call.
    timeout_block: bool,
    /// The coroutine tasks that need their own future (an inline `asyncio.timeout` block's timer
    /// cancels them): timeout_blocks.rs.
    own_futures: timeout_blocks::OwnFutures,
    /// Failing TaskGroups refused once the program is read (group_aborts.rs).
    group_first_step_refusals: Vec<(ruff_text_size::TextRange, String)>,
    /// TaskGroups judged for the exceptions of their tasks' operations, judged again once the program
    /// is read (group_operation_faults.rs).
    judged_groups: Vec<group_operation_faults::JudgedGroup>,
    /// The parameters each task is given at its start: the offset of its function's `def`, and each
    /// parameter's local (int_parameters.rs).
    task_parameters: BTreeMap<usize, (usize, BTreeMap<String, String>)>,
    /// TaskGroups ended by their tasks' callbacks in a coroutine task other than `asyncio.run`'s: the
    /// task and the `async with`, checked to run once at a time once the program is read (group_ends.rs).
    callback_group_tasks: Vec<(usize, ruff_text_size::TextRange)>,
    /// `object()` sentinels made (their Python name and where), and the program's own uses of None: a
    /// None literal in a value (from the scan) and the None a job's future gets from a function that
    /// ends without `return`. The scenario says both as its None, so they may not meet in one program.
    sentinels: Vec<(String, usize)>,
    none_literal: Option<usize>,
    none_result: Option<usize>,
    /// Whether the program calls `object()` anywhere (from the scan).
    makes_sentinel: bool,
    /// Inside the rest of `try:`s whose handlers catch an exception (`try_timed`), innermost last: a
    /// `get` there that gives up, or a bounded release there under `except ValueError:`, would be caught
    /// by that handler, which only the `try`'s first statement may be.
    caught_tries: Vec<CaughtException>,
    /// `get`s and `put`s with a time-out that no `try` catches (their task, the call's offset and the
    /// exception): queue.Empty or queue.Full ends a thread, a fault; checked once every task's kind is
    /// known (`check_uncaught_raises`).
    uncaught_raises: Vec<(usize, usize, String)>,
    /// Inside the first statement of a `try:` whose handler catches a job's exception (`try_timed`): the
    /// class, until the `result` step it goes to takes it (`catch_job_exception`).
    job_exception_catch: Option<&'static str>,
    /// `raise` statements (their task and offset): checked once every task's kind is known
    /// (`check_raise_sites`).
    raise_sites: Vec<(usize, usize)>,
    /// The `try`/`finally` blocks being translated: a `raise` inside one would skip its `finally`.
    finally_depth: usize,
    /// The scenario `try:` steps being translated (`try_general`), and the `except`s among them: a bare
    /// `raise` is for inside one.
    general_tries: usize,
    handling: usize,
    /// Whether any `try` took the scenario's `try:` step.
    general_tries_used: bool,
    /// A job of an executor has a `raise` (or an `assert`, AssertionError): the waits that Python's
    /// `wait`, `as_completed` and an executor's shutdown do without raising then catch `Exception`. The
    /// jobs of a `with` are translated at their `submit`, before the waits that follow.
    jobs_raise: bool,
    /// A job's step may fault as Python raises (`exceptions::jobs_may_fault` of the first pass): the
    /// waits that do not raise catch `Exception`, as with `jobs_raise` (whose refusals stay its own).
    jobs_fault: bool,
    /// `jobs_fault` only because a job's operation may raise (engine_raises.rs), and a TaskGroup's end
    /// is being written: CPython's group raises there, so its waits do not catch (sibling_cancels.rs).
    operation_faults_raise_at_group_end: (bool, bool),
    /// Threads joined with a time-out: the event the thread sets as its last step, and where the first
    /// such `join` is (`finish_joined_threads`).
    pub(crate) finished_events: BTreeMap<usize, (String, usize)>,
    /// Timers (`threading.Timer`): the event CPython's Timer calls `finished`, which `cancel` sets.
    timer_events: BTreeMap<usize, String>,
    /// (task, thread) where `task` joined `thread` with a plain `join()` outside every `if`, loop and
    /// `try` the scenario runs: after it, in that task, the thread has ended (`is_alive()` is False, a
    /// process's `exitcode` known: translate/processes.rs).
    pub(crate) joined: BTreeSet<(usize, usize)>,
    /// `multiprocessing.Process`es with copies of the main process's shared state: their task and where
    /// they were made (`check_process_copies`).
    process_copies: Vec<(usize, usize)>,
    /// The RLocks made for `multiprocessing.Value`s (`drop_unused_value_locks`).
    shared_value_locks: Vec<String>,
    /// Locks of `multiprocessing.Lock()` and `RLock()` (and the Values' own): one lock for every process
    /// they are given to.
    multiprocessing_locks: BTreeSet<String>,
    /// Events of `multiprocessing.Event()`: one event for every process they are given to.
    multiprocessing_events: BTreeSet<String>,
    /// `multiprocessing.Manager()`s and their proxies (translate/managers.rs).
    managers: managers::Managers,
    /// Queues of `multiprocessing.JoinableQueue()`: the queues of processes that have `task_done()`
    /// and `join()` (a `multiprocessing.Queue` has neither).
    joinable_queues: BTreeSet<String>,
    /// `multiprocessing.Queue`'s feeder and pipe: the reads and joins checked at the end
    /// (translate/queue_feeders.rs).
    queue_feeders: queue_feeders::QueueFeeders,
    /// The takes of multiprocessing queues and how they use the items (translate/order_free_takes.rs).
    order_free_takes: order_free_takes::OrderFreeTakes,
    /// The module's own statements (`scan_module`): the code outside every function.
    module_body: &'a [Stmt],
    /// The values of `random` drawn for the statements being translated (translate/choices.rs).
    random_draws: choices::Draws,
    /// The objects a job's function makes for its locals, each run its own (translate/run_memory.rs).
    run_memory: run_memory::RunMemory,
    /// Shared globals a module-level `for` binds, with the main thread's local that holds them from the
    /// loop on (module_loop_finals.rs).
    module_loop_locals: Vec<(String, String)>,
    /// The module globals bound to a list of results, copied into shared variables at the main
    /// thread's end (module_result_arrays.rs).
    module_result_arrays: Vec<module_result_arrays::ModuleResultArray>,
    /// A `for`'s iterable, a call of a function of the file, is being inlined: a `range(...)` it returns
    /// is made into a list of its integers (returned_ranges.rs).
    ranges_walked_as_lists: bool,
    /// The list comprehension being made is the list `sorted(g)` takes (run_time_comprehensions.rs).
    sorted_listing: bool,
    /// While the starts of tasks CPython makes in any order are translated, the offset in their steps
    /// where each one's begins (translate/start_orders.rs).
    item_start_offsets: Option<Vec<usize>>,
}

pub fn translate(
    file: &str,
    source: &SourceText<'_>,
    body: &[Stmt],
    options: &Options,
    dataclasses: &BTreeSet<String>,
) -> Result<Scenario> {
    // A clock's reading refused where a value decides something: again, with every reading a value
    // (clock_values.rs).
    match translate_growing(file, source, body, options, dataclasses) {
        Err(error) if !options.clock_values && clock_values::refused_for_a_reading(&error.message) => {
            let options = Options { clock_values: true, ..options.clone() };
            translate_growing(file, source, body, &options, dataclasses)
        }
        translated => translated,
    }
}

/// `translate` as the options say.
fn translate_growing(
    file: &str,
    source: &SourceText<'_>,
    body: &[Stmt],
    options: &Options,
    dataclasses: &BTreeSet<String>,
) -> Result<Scenario> {
    // A dict display with string keys found to gain a key: again, with that dict a shared map
    // (grown_dicts.rs). Each pass adds one display, so this ends.
    let mut grown = BTreeSet::new();
    loop {
        match translate_passes(file, source, body, options, dataclasses, &grown) {
            Err(Error { grown_dict: Some(display), .. }) if grown.insert(display) => {}
            translated => return translated,
        }
    }
}

/// `translate` with the dicts of `grown` taken as shared maps.
fn translate_passes(
    file: &str,
    source: &SourceText<'_>,
    body: &[Stmt],
    options: &Options,
    dataclasses: &BTreeSet<String>,
    grown: &BTreeSet<usize>,
) -> Result<Scenario> {
    let (first, first_may_raise, containers) =
        translate_once(file, source, body, (options, dataclasses, grown), (false, (false, false), false))?;
    let translate_jobs_faulting = |jobs_raise, jobs_fault| {
        let passes = (jobs_raise, jobs_fault, containers);
        translate_once(file, source, body, (options, dataclasses, grown), passes)
            .map(|(scenario, raise, _)| (scenario, raise))
    };
    let translate_once = |jobs_raise, jobs_fault| translate_jobs_faulting(jobs_raise, (jobs_fault, false));
    // A program that makes lists, dicts or sets at run time: again, with a local of unknown kind's
    // `len` and truth read in a step (unknown_kinds.rs).
    let (scenario, jobs_may_raise) = if containers { translate_once(false, false)? } else { (first, first_may_raise) };
    if jobs_may_raise {
        // With a scenario `try:`, a job's own fault goes to its future (docs/format.md, "Exceptions and
        // `try`"): the waits that CPython's shutdown, `wait` and `as_completed` do without raising catch
        // `Exception`, as when a job raises; they come before the `try` the second pass knows of. So it is
        // when a job submits to an executor another task made (RuntimeError once that one is shut down).
        return translate_once(true, false).map(|(scenario, _)| scenario);
    }
    if exceptions::jobs_may_fault(&scenario) {
        // A job whose step may fault as Python raises (a missing index or key, `min()` of an empty list):
        // its future keeps the exception, so the waits that do not raise catch it, as above.
        return translate_once(false, true).map(|(scenario, _)| scenario);
    }
    if engine_raises::jobs_may_raise_in_engine(&scenario) {
        // A job's operation may raise (`None > 25`): the same, but a TaskGroup's end still raises.
        return translate_jobs_faulting(false, (true, true)).map(|(scenario, _)| scenario);
    }
    Ok(scenario)
}

/// One pass over the module, with or without `jobs_raise`: the scenario, and whether the program's jobs
/// may raise (a second pass with `jobs_raise` is then made).
fn translate_once(
    file: &str,
    source: &SourceText<'_>,
    body: &[Stmt],
    (options, dataclasses, grown_dicts): (&Options, &BTreeSet<String>, &BTreeSet<usize>),
    (jobs_raise, (jobs_fault, operation_faults_only), unknown_may_be_container): (bool, (bool, bool), bool),
) -> Result<(Scenario, bool, bool)> {
    let mut translator = Translator {
        ctypes_widths: BTreeMap::new(),
        c_doubles: BTreeSet::new(),
        immutable_results: BTreeSet::new(),
        wait_for_truth_only: false,
        floats_may_flow: false,
        tuple_keyed_maps: Default::default(),
        tasks_may_be_cancelled: false,
        tasks_cancelled_explicitly: false,
        cancel_callbacks: Default::default(),
        left_pending_sets: Default::default(),
        unfinished_counts: Default::default(),
        timeout_errors_may_nest: false,
        source,
        options,
        dataclasses: dataclasses.clone(),
        context_variables: Default::default(),
        grown_dicts: grown_dicts.clone(),
        record_displays: BTreeMap::new(),
        made_containers: std::cell::Cell::new(false),
        per_key_locks: Default::default(),
        object_returns: Default::default(),
        folded_work: folded_work::FoldedWork::default(),
        text_work: text_work::TextWork::default(),
        rebound_timers: rebound_timers::ReboundTimers::default(),
        rebound_containers: list_edits::ReboundContainers::default(),
        rebound_locals: rebound_locals::ReboundLocals::default(),
        handed_on_names: BTreeSet::new(),
        unknown_may_be_container,
        module_body: &[],
        random_draws: Default::default(),
        item_start_offsets: None,
        functions: BTreeMap::new(),
        machine_sized: Default::default(),
        bool_names: bool_names::BoolNames::of_module(body),
        globals: BTreeMap::new(),
        written: BTreeSet::new(),
        appended: BTreeSet::new(),
        float_item_stores: BTreeSet::new(),
        deques: BTreeMap::new(),
        daemon_threads: false,
        daemon_creators: Vec::new(),
        immediate_exit: None,
        timed_done_queues: BTreeSet::new(),
        started_threads: BTreeSet::new(),
        possibly_started_threads: BTreeSet::new(),
        defaulting_dicts: BTreeMap::new(),
        set_names: BTreeSet::new(),
        set_bound_names: BTreeSet::new(),
        made_default_dicts: BTreeMap::new(),
        setdefault_dicts: BTreeMap::new(),
        written_barriers: BTreeMap::new(),
        waits_with_values: BTreeSet::new(),
        module_assigned: BTreeSet::new(),
        thread_lists: BTreeSet::new(),
        callback_lists: BTreeSet::new(),
        future_list_owners: BTreeMap::new(),
        callback_parameters: BTreeSet::new(),
        tuple_item_lists: BTreeMap::new(),
        callback_lists_made: BTreeMap::new(),
        callback_tables: Default::default(),
        scenario: Scenario { name: crate::scenario_name(file), ..Scenario::default() },
        python_names: BTreeSet::new(),
        object_names: BTreeSet::new(),
        task_locals: Vec::new(),
        temporary_arrays: BTreeMap::new(),
        call_stack: Vec::new(),
        thread_names: BTreeMap::new(),
        one_path_reads: BTreeMap::new(),
        python_thread_names: BTreeMap::new(),
        python_thread_count: 0,
        python_thread_count_lost: false,
        recursive_calls: 0,
        unknown_recursive_arguments: Vec::new(),
        consumed: BTreeSet::new(),
        translated_functions: BTreeSet::new(),
        nested: BTreeMap::new(),
        closures: BTreeMap::new(),
        closure_cells: BTreeMap::new(),
        cells_run: BTreeSet::new(),
        thread_local_slots: BTreeMap::new(),
        thread_local_lists: BTreeMap::new(),
        held_objects: BTreeMap::new(),
        list_values: BTreeSet::new(),
        dict_copies: BTreeSet::new(),
        futures: futures::FuturesState::default(),
        awaiting_call: false,
        split_return: Default::default(),
        array_items: Default::default(),
        job_entry: false,
        timeout_catch: None,
        timeout_block: false,
        own_futures: Default::default(),
        group_first_step_refusals: Vec::new(),
        judged_groups: Vec::new(),
        task_parameters: BTreeMap::new(),
        callback_group_tasks: Vec::new(),
        pending_tasks: coroutines::PendingTasks::default(),
        loop_roots: BTreeSet::new(),
        returned_lists: BTreeMap::new(),
        raised_classes: Vec::new(),
        handler_classes: Vec::new(),
        caught_names: Vec::new(),
        exception_values: false,
        exception_variables: BTreeSet::new(),
        exception_inits: BTreeMap::new(),
        caught_attributes: BTreeMap::new(),
        caught_classes: BTreeMap::new(),
        kept_exceptions: BTreeMap::new(),
        wait_sets: wait_set_sums::WaitSets::default(),
        group_raised: Vec::new(),
        counted_group: None,
        group_members: None,
        list_returning: None,
        returned_instances: asyncio_run_values::ReturnedInstances::default(),
        returned_list_items: Vec::new(),
        classes: classes::Classes::default(),
        sentinels: Vec::new(),
        none_literal: None,
        none_result: None,
        makes_sentinel: false,
        caught_tries: Vec::new(),
        uncaught_raises: Vec::new(),
        job_exception_catch: None,
        raise_sites: Vec::new(),
        finally_depth: 0,
        general_tries: 0,
        handling: 0,
        general_tries_used: false,
        jobs_raise,
        jobs_fault,
        operation_faults_raise_at_group_end: (operation_faults_only, false),
        finished_events: BTreeMap::new(),
        joined: BTreeSet::new(),
        queue_feeders: Default::default(),
        order_free_takes: Default::default(),
        timer_events: BTreeMap::new(),
        process_copies: Vec::new(),
        shared_value_locks: Vec::new(),
        multiprocessing_locks: BTreeSet::new(),
        multiprocessing_events: BTreeSet::new(),
        managers: managers::Managers::default(),
        joinable_queues: BTreeSet::new(),
        run_memory: run_memory::RunMemory::default(),
        module_loop_locals: Vec::new(),
        module_result_arrays: Vec::new(),
        ranges_walked_as_lists: false,
        sorted_listing: false,
    };
    translator.scan_module(body)?;
    translator.scenario.about = format!("{file}, imported from Python by weft import.");
    translator.new_task("main", false, 0);
    let mut frame = Frame::new(0, true, true);
    frame.rebound = rebinding::rebound_names(&[], body);
    let mut ops = Vec::new();
    translator.block(&mut frame, body, &mut ops, source.line_count() + 1)?;
    let last_line = body.last().map_or(0, |stmt| translator.line(stmt));
    translator.write_back_module_loop_locals(last_line, &mut ops);
    translator.write_back_module_result_arrays(&frame, last_line, &mut ops);
    translator.inherit_daemon_flags();
    translator.finish_immediate_exit()?;
    // The interpreter's exit with daemon threads running: CPython's `start()` returned once the thread
    // ran, and the daemon keeps the GIL to its first blocking call, so its next lines run before the
    // process ends (session14/repro/r08). The exit gives the GIL up once, as a wait of no length, where
    // they may step; the run then ends with the last non-daemon task, as before.
    if translator.daemon_threads && !translator.exits_at_once() {
        let last_line = body.last().map_or(0, |stmt| translator.line(stmt));
        ops.push(Step::new("io", Node::Plain("0ns".to_string()), last_line));
    }
    translator.scenario.tasks[0].ops = ops;
    translator.declare_per_key_locks();
    translator.finish_own_futures()?;
    translator.finish_group_first_steps()?;
    translator.check_judged_groups()?;
    translator.check_callback_groups_run_once()?;
    translator.mark_reentrant_conditions();
    translator.check_annotations_used(body)?;
    translator.check_sentinels()?;
    translator.check_uncaught_raises()?;
    translator.check_raise_sites()?;
    translator.check_done_callbacks_never_wait()?;
    translator.check_unfinished_reads()?;
    translator.finish_joined_threads()?;
    translator.check_process_copies()?;
    translator.finish_managers()?;
    translator.finish_run_memory()?;
    translator.finish_process_locals();
    translator.drop_unused_value_locks();
    translator.wrap_ctypes_stores();
    translator.convert_double_stores();
    translator.check_queue_feeders()?;
    translator.check_feeder_orders()?;
    translator.check_work_queue_orders()?;
    translator.check_chunked_maps()?;
    translator.drop_steps_after_returns();
    translator.scenario.repr_keys = translator.repr_keyed_maps();
    let jobs_may_raise = translator.general_tries_used
        || translator.futures.jobs_submit_elsewhere
        || translator.to_thread_job_raises()
        || translator.done_callback_may_fault();
    let made_containers = translator.made_containers.get();
    translator.scenario.machine_sized = translator.machine_sized_places();
    translator.scenario.folded_items = translator.folded_work.into_lines();
    if let Some(line) = translator.text_work.unbounded_line() {
        translator.scenario.uncosted_call_line.get_or_insert(line);
    }
    if let Some(offset) = text_growth::first_walked_growth(body) {
        translator.scenario.uncosted_call_line.get_or_insert(translator.source.line_of(offset));
    }
    if text_work::shares_long_text(&translator.scenario.shared) {
        translator.scenario.uncosted_call_line.get_or_insert(1);
    }
    Ok((translator.scenario, jobs_may_raise, made_containers))
}

impl<'a> Translator<'a> {
    /// A thread of the program made a daemon (`daemon=True`, `t.daemon = True`) or not.
    fn set_daemon(&mut self, task: usize, daemon: bool) {
        self.scenario.tasks[task].daemon = daemon;
        self.daemon_threads |= daemon;
    }

    // ---- scanning -------------------------------------------------------------------------------

    fn scan_function(&mut self, def: &'a ast::StmtFunctionDef) {
        self.functions.insert(def.name.to_string(), def);
        let mut declared = BTreeSet::new();
        let mut assigned = BTreeSet::new();
        collect_assigned(&def.body, &mut assigned, &mut declared);
        self.written.extend(declared.intersection(&assigned).cloned());
    }

    /// A function defined at the top of another's body: known by its name, as a module function is
    /// (two functions of one name are refused: weft names tasks and steps after them).
    fn scan_nested(&mut self, outer: &'a ast::StmtFunctionDef, nested: &'a ast::StmtFunctionDef) -> Result<()> {
        let name = nested.name.as_str();
        if self.functions.contains_key(name) || self.nested.contains_key(name) {
            return fail(
                &nested.name,
                format!(
                    "`{name}` is defined twice in this file; weft names tasks after functions, so give each its own name"
                ),
            );
        }
        self.nested.insert(name.to_string(), outer.name.to_string());
        self.scan_function(nested);
        Ok(())
    }

    /// `nonlocal x` in a nested function, where the function around it assigns `x`: a closure cell both
    /// share. A module global of the same name would be a second variable under one name: refused.
    fn find_closure_cells(&mut self, module_assignments: &BTreeMap<String, u32>) -> Result<()> {
        for (nested, outer) in &self.nested {
            let (Some(inner_def), Some(outer_def)) = (self.functions.get(nested), self.functions.get(outer)) else {
                continue;
            };
            let mut nonlocal = BTreeSet::new();
            collect_nonlocal(&inner_def.body, &mut nonlocal);
            let mut outer_assigned = BTreeSet::new();
            let mut outer_declared = BTreeSet::new();
            collect_assigned(&outer_def.body, &mut outer_assigned, &mut outer_declared);
            for name in nonlocal {
                if !outer_assigned.contains(&name) || outer_declared.contains(&name) {
                    continue;
                }
                if module_assignments.contains_key(&name) || self.functions.contains_key(&name) {
                    return fail(
                        &inner_def.name,
                        format!(
                            "`{nested}` writes `{name}` of `{outer}` (`nonlocal`), and the module has a `{name}` too; weft keeps a closure cell under its own name: rename one"
                        ),
                    );
                }
                self.closure_cells.entry(outer.clone()).or_default().insert(name);
            }
        }
        Ok(())
    }

    fn scan_module(&mut self, body: &'a [Stmt]) -> Result<()> {
        self.declare_builtin_classes(body);
        self.scan_exception_reads(body);
        self.set_bound_names = set_orders::set_bound_names(body);
        self.floats_may_flow = float_values::floats_may_flow(body);
        self.module_body = body;
        self.tuple_keyed_maps = self.find_tuple_keyed_maps(body);
        self.tasks_may_be_cancelled = sibling_cancels::program_cancels_tasks(body);
        self.tasks_cancelled_explicitly = wait_for_exceptions::program_cancels_explicitly(body);
        self.timeout_errors_may_nest = wait_for_exceptions::timeout_errors_may_nest(body);
        self.module_body = body;
        let mut module_assignments: BTreeMap<String, u32> = BTreeMap::new();
        let manager_blocks = crate::once_blocks::ManagerBlocks::of(body);
        for stmt in body {
            match stmt {
                Stmt::FunctionDef(def) => {
                    self.scan_function(def);
                    for inner in &def.body {
                        if let Stmt::FunctionDef(nested) = inner {
                            self.scan_nested(def, nested)?;
                        }
                    }
                }
                Stmt::Import(_) | Stmt::ImportFrom(_) => self.import(stmt)?,
                Stmt::ClassDef(class) => self.scan_class(class)?,
                _ => count_module_assignments(stmt, &manager_blocks, &mut module_assignments),
            }
        }
        self.find_closure_cells(&module_assignments)?;
        self.module_assigned = module_assignments.keys().cloned().collect();
        self.written.extend(module_assignments.into_iter().filter(|(_, count)| *count > 1).map(|(name, _)| name));
        self.scan_attribute_writes(body);
        self.scan_rebound_timers(body);
        let mut names = NameScan { thread_classes: self.classes.thread_class_names(), ..NameScan::default() };
        for stmt in body {
            names.statement(stmt);
        }
        self.python_names = names.identifiers;
        self.none_literal = names.none_values.iter().find(|at| !names.none_options.contains(at)).copied();
        self.makes_sentinel = names.makes_sentinel;
        self.appended = names.appended.keys().cloned().collect();
        self.float_item_stores = float_item_stores::item_stored_names(body);
        self.rebound_containers = list_edits::ReboundContainers::of_module(body);
        self.rebound_locals = rebound_locals::ReboundLocals::of_module(body);
        self.handed_on_names = handed_lists::handed_on_names(body);
        self.appended.extend(self.rebound_containers.grown_names());
        self.waits_with_values = barrier_actions::waits_with_values(body);
        self.thread_lists = names
            .appended
            .iter()
            .filter(|(_, args)| {
                args.iter().any(|arg| names.thread_names.contains(arg) || arg == "<thread>" || arg == "<future>")
            })
            .map(|(name, _)| name.clone())
            .collect();
        self.callback_parameters = callback_lists::callback_parameters(body);
        self.tuple_item_lists = tuple_item_lists::tuple_item_lists(body);
        self.callback_lists = self.find_callback_lists(&names.appended);
        self.find_callback_tables(body);
        Ok(())
    }

    fn import(&mut self, stmt: &Stmt) -> Result<()> {
        match stmt {
            Stmt::Import(import) => {
                for alias in &import.names {
                    let module = alias.name.as_str();
                    let local = alias
                        .asname
                        .as_ref()
                        .map_or_else(|| module.split('.').next().unwrap_or(module).to_string(), |a| a.to_string());
                    let qualified = if alias.asname.is_some() { module.to_string() } else { local.clone() };
                    self.globals.insert(local, Value::Module(qualified));
                }
            }
            Stmt::ImportFrom(from) => {
                let module = from.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                for alias in &from.names {
                    if alias.name.as_str() == "*" {
                        return fail(
                            alias,
                            format!("`from {module} import *` hides which names are used; import them by name"),
                        );
                    }
                    let local = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    self.globals.insert(local, Value::Module(format!("{module}.{}", alias.name.as_str())));
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn check_annotations_used(&self, body: &[Stmt]) -> Result<()> {
        let mut translated_ranges = vec![];
        for stmt in body {
            match stmt {
                Stmt::FunctionDef(def) if !self.translated_functions.contains(def.name.as_str()) => {}
                other => translated_ranges.push(other.range()),
            }
        }
        for (line, annotation) in &self.source.annotations {
            if self.consumed.contains(line) {
                continue;
            }
            let offset = self.line_offset(*line);
            let inside_translated = translated_ranges.iter().any(|range| {
                let (start, _) = self.source.line_column(range.start().to_usize());
                let (end, _) = self.source.line_column(range.end().to_usize());
                (start..=end).contains(line)
            });
            let at_module_level = annotation.column == 1;
            if inside_translated || at_module_level {
                return Err(Error {
                    grown_dict: None,
                    object_keys: None,
                    list_rows: None,
                    offset: offset + annotation.column as usize - 1,
                    message: "this `# weft:` annotation is not attached to a statement weft translated".into(),
                    help: Some(
                        "put it at the end of a statement's line, on a `def` line, or on a line of its own at the indentation of the statements around it"
                            .into(),
                    ),
                });
            }
        }
        Ok(())
    }

    fn line_offset(&self, line: u32) -> usize {
        let mut offset = 0;
        for (index, text) in self.source.text.split_inclusive('\n').enumerate() {
            if index + 1 == line as usize {
                return offset;
            }
            offset += text.len();
        }
        offset
    }

    /// The offset of the first character of line `line` that is not a space or a tab: where its
    /// statement starts, for a refusal that knows the line of a step but not its expression.
    pub(super) fn statement_offset(&self, line: u32) -> usize {
        let start = self.line_offset(line);
        let indent = self.source.text[start..].bytes().take_while(|byte| *byte == b' ' || *byte == b'\t').count();
        start + indent
    }

    // ---- names ----------------------------------------------------------------------------------

    pub fn resolve(&self, frame: &Frame, name: &str) -> Option<Value> {
        if !frame.globals_declared.contains(name)
            && let Some(value) = frame.locals.get(name)
        {
            return Some(value.clone());
        }
        if frame.function_locals.contains(name) {
            // A local not bound yet: Python never falls back to the global (UnboundLocalError).
            return None;
        }
        if let Some(value) = self.globals.get(name) {
            return Some(value.clone());
        }
        if self.functions.contains_key(name) {
            return Some(Value::Function(name.to_string()));
        }
        match name {
            "True" => Some(Value::Int(1)),
            "False" => Some(Value::Int(0)),
            "__name__" => Some(Value::Str("__main__".into())),
            "len" | "min" | "max" | "abs" | "sum" | "int" | "str" | "bool" | "print" | "range" | "list" | "dict"
            | "object" | "set" | "isinstance" | "sorted" | "all" | "any" | "repr" | "ord" | "chr" | "format"
            | "float" | "round" => Some(Value::Module(name.to_string())),
            _ => None,
        }
    }

    /// `expr` as the program writes it, where its place is the program's own (`None` for an expression
    /// the import made whose place does not hold it).
    pub(crate) fn written(&self, expr: &Expr) -> Option<&str> {
        self.source.text.get(expr.range().to_std_range())
    }

    pub fn is_written(&self, shared: &str) -> bool {
        self.written.contains(shared)
            || self.appended.contains(shared)
            || written_items::items_written(self.module_body, shared)
    }

    /// The value a shared variable of a number, None or a string starts with.
    pub fn shared_initial_value(&self, shared: &str) -> Option<Value> {
        self.scenario.shared.iter().find(|(name, _)| name == shared).and_then(|(_, init)| match init {
            SharedInit::Int(number) => Some(Value::Int(*number)),
            SharedInit::None => Some(Value::None),
            SharedInit::Str(text) => Some(Value::Str(text.clone())),
            _ => None,
        })
    }

    pub fn array_values(&self, shared: &str) -> Vec<Value> {
        self.scenario
            .shared
            .iter()
            .find(|(name, _)| name == shared)
            .and_then(|(_, init)| match init {
                SharedInit::Array(values) => Some(values.iter().map(Item::value).collect()),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// A name for a shared variable or object, unique among them and valid in a scenario.
    fn object_name(&mut self, wanted: &str) -> String {
        let base = scenario_identifier(wanted);
        let mut name = base.clone();
        let mut suffix = 2;
        // `i` and `me` are the scenario's own names, `has` and `is_set` functions of its expressions that
        // no shared variable may be named (a global `has = 0` was weft's own "does not load"). Python's
        // own `len`, `min`, `max` and `abs` are not renamed: a global of that name shadows the builtin.
        while self.object_names.contains(&name) || matches!(name.as_str(), "i" | "me" | "has" | "is_set") {
            name = format!("{base}_{suffix}");
            suffix += 1;
        }
        self.object_names.insert(name.clone());
        name
    }

    /// A scenario local for a Python local of `frame`, unique in its task.
    fn local_name(&mut self, task: usize, wanted: &str) -> String {
        let base = scenario_identifier(wanted);
        let mut name = base.clone();
        let mut suffix = 2;
        while self.task_locals[task].contains(&name)
            || self.object_names.contains(&name)
            || self.globals.contains_key(&name) && wanted != name
            // A module global assigned later may become a shared variable of its name (a call hoisted
            // at module level as `next_result_2`, after two inlined calls of a function that hoists
            // its own `next_result`).
            || name != base && self.module_assigned.contains(&name)
            || matches!(
                name.as_str(),
                "i" | "me"
                    | "True"
                    | "False"
                    | "and"
                    | "or"
                    | "not"
                    | "len"
                    | "min"
                    | "max"
                    | "abs"
                    | "has"
                    | "is_set"
                    | "array"
            )
        {
            name = format!("{base}_{suffix}");
            suffix += 1;
        }
        self.task_locals[task].insert(name.clone());
        name
    }

    /// A local the translation needs (a result nobody names), never one of the program's names.
    fn temporary(&mut self, task: usize, wanted: &str) -> String {
        let mut name = wanted.to_string();
        let mut suffix = 2;
        while self.temporary_taken(task, &name) {
            name = format!("{wanted}{suffix}");
            suffix += 1;
        }
        self.task_locals[task].insert(name.clone());
        name
    }

    /// Whether `temporary` may not give `name` in `task`: one of the program's names, a shared
    /// variable's, or a task started and not yet awaited.
    fn temporary_taken(&self, task: usize, name: &str) -> bool {
        self.python_names.contains(name) || self.object_names.contains(name) || self.holds_an_unawaited_task(task, name)
    }

    /// A local the translation needs that must not be shared with another use in the task (the future
    /// of a `submit` made as a statement, which the executor's shutdown waits on), unlike `temporary`'s.
    /// The cores of the machine the scenario runs on, as the import is told them (`os.cpu_count()`).
    pub(crate) fn machine_cores(&self) -> u32 {
        self.options.cores.unwrap_or(1)
    }

    fn fresh_temporary(&mut self, task: usize, wanted: &str) -> String {
        let mut name = wanted.to_string();
        let mut suffix = 2;
        while self.python_names.contains(&name)
            || self.object_names.contains(&name)
            || self.task_locals[task].contains(&name)
        {
            name = format!("{wanted}{suffix}");
            suffix += 1;
        }
        self.task_locals[task].insert(name.clone());
        name
    }

    fn new_task(&mut self, base: &str, spawned: bool, line: u32) -> usize {
        self.scenario.tasks.push(Task {
            base: task_identifier(base),
            spawned,
            daemon: false,
            ops: Vec::new(),
            line,
            executor: None,
            kind: None,
        });
        self.task_locals.push(BTreeSet::new());
        self.scenario.tasks.len() - 1
    }

    fn line(&self, node: &impl Ranged) -> u32 {
        self.source.line_of(node.start())
    }

    // ---- blocks and annotations -----------------------------------------------------------------

    /// Translates a block. `limit_line` is the first line after the block's parent statement, so that
    /// annotations on lines of their own after the last statement belong here.
    fn block(&mut self, frame: &mut Frame, body: &[Stmt], out: &mut Vec<Step>, limit_line: u32) -> Result<()> {
        self.block_until_raise(frame, body, out, limit_line).map(|_| ())
    }

    /// `block`, saying whether it stopped at a statement that always raises: the statements after it,
    /// and a function's tail `return` after the block, are never reached.
    fn block_until_raise(
        &mut self,
        frame: &mut Frame,
        body: &[Stmt],
        out: &mut Vec<Step>,
        limit_line: u32,
    ) -> Result<bool> {
        let column = body.first().map_or(0, |s| self.source.line_column(s.start().to_usize()).1);
        let mut previous_end = body.first().map_or(0, |s| self.line(s).saturating_sub(1));
        if let Some(first) = body.first() {
            // Annotations between the block's header and its first statement.
            let header = self.header_line_before(first);
            previous_end = previous_end.min(header);
        }
        for (index, stmt) in body.iter().enumerate() {
            let start = self.line(stmt);
            self.standalone_annotations(previous_end, start, column, out);
            let next_start = body.get(index + 1).map_or(limit_line, |s| self.line(s));
            // Judged before the statement runs, from what is known at import time then.
            let raises = self.always_raises(frame, stmt);
            let returns = self.returns_in_recursion(frame, stmt);
            frame.line_cost_counted = index > 0 && self.shares_line_cost(&body[index - 1], stmt);
            // A `for` over items known at import time, some of them, makes its first pass always.
            let first_pass_sure = matches!(stmt, Stmt::For(looping)
                if self.static_iteration(frame, &looping.iter).is_ok_and(|items| !items.is_empty()));
            let looped = matches!(stmt, Stmt::For(_) | Stmt::While(_)) && !first_pass_sure;
            // A `for` over no items known at import time (`range(0)`) binds nothing: its target's names
            // stay unbound after it (session40/repro/w09 met weft's own "unknown name" instead).
            let never_bound: Vec<String> = match stmt {
                Stmt::For(looping)
                    if self.static_iteration(frame, &looping.iter).is_ok_and(|items| items.is_empty()) =>
                {
                    names_in(&looping.target).into_iter().filter(|name| !frame.locals.contains_key(name)).collect()
                }
                _ => Vec::new(),
            };
            let loop_candidates =
                if looped { self.unbound_candidates(frame, &[std::slice::from_ref(stmt)]) } else { BTreeSet::new() };
            if let Some((read, refusal)) = self.maybe_unbound_read_in(frame, stmt) {
                return fail(read, refusal);
            }
            let made_from = out.len();
            // A `for`'s target is bound inside its body, on every pass.
            if let Stmt::For(looping) = stmt {
                names_in(&looping.target).iter().for_each(|name| _ = frame.maybe_unbound.remove(name));
            }
            self.statement(frame, stmt, out, next_start)?;
            if looped {
                self.note_loop_unbound(frame, stmt, loop_candidates, &out[made_from..]);
            }
            maybe_unbound::forget_surely_bound(frame, stmt);
            never_bound.iter().for_each(|name| _ = frame.locals.remove(name));
            previous_end = self.source.line_of(stmt.end());
            if raises || returns {
                self.standalone_annotations(previous_end, limit_line, column, out);
                return Ok(raises);
            }
        }
        self.standalone_annotations(previous_end, limit_line, column, out);
        Ok(false)
    }

    /// The body of a loop the scenario runs (a `repeat` or `while`): its locals are not known at import
    /// time, and `break`/`continue` in it are the emitted loop's.
    fn emitted_loop_body(
        &mut self,
        frame: &mut Frame,
        body: &[Stmt],
        out: &mut Vec<Step>,
        limit_line: u32,
    ) -> Result<()> {
        frame.dynamic += 1;
        frame.loops.push(LoopKind::Emitted);
        let result = self.block(frame, body, out, limit_line);
        frame.loops.pop();
        frame.dynamic -= 1;
        result
    }

    /// The last line before `first` that is neither blank nor a comment (the block's header).
    fn header_line_before(&self, first: &Stmt) -> u32 {
        let mut line = self.line(first).saturating_sub(1);
        while line > 0 {
            let code = self.source.text.lines().nth(line as usize - 1).unwrap_or("").trim();
            if !(code.is_empty() || code.starts_with('#')) {
                break;
            }
            line -= 1;
        }
        line
    }

    fn standalone_annotations(&mut self, after: u32, before: u32, column: u32, out: &mut Vec<Step>) {
        let lines: Vec<u32> = self
            .source
            .annotations
            .range(after + 1..before.max(after + 1))
            .filter(|(_, a)| a.placement == Placement::Standalone && a.column == column)
            .map(|(line, _)| *line)
            .collect();
        for line in lines {
            let cost = self.source.annotations[&line].cost.clone();
            self.consumed.insert(line);
            out.push(cost_step(&cost, line));
        }
    }

    /// The trailing annotation of a statement's lines, if any.
    fn trailing_annotation(&mut self, stmt: &Stmt) -> Option<(u32, Cost)> {
        let line = self.trailing_annotation_line(stmt)?;
        self.consumed.insert(line);
        Some((line, self.source.annotations[&line].cost.clone()))
    }

    // ---- statements -----------------------------------------------------------------------------

    fn statement(&mut self, frame: &mut Frame, stmt: &Stmt, out: &mut Vec<Step>, next_line: u32) -> Result<()> {
        let line_cost_counted = std::mem::take(&mut frame.line_cost_counted);
        let line = self.line(stmt);
        self.test_one_path_reads(frame, stmt, out, line);
        if let Stmt::ClassDef(class) = stmt
            && frame.module_level
        {
            let line = self.line(stmt);
            return self.make_class_attributes(frame, class, out, line);
        }
        if let Stmt::FunctionDef(def) = stmt {
            if frame.module_level {
                return Ok(());
            }
            if self.nested.contains_key(def.name.as_str()) && frame.dynamic == 0 {
                return self.close_over(frame, def);
            }
            return fail(
                &def.range,
                "functions defined inside an `if`, a loop or a nested function are not supported; define them at the top of a function or at module level",
            );
        }
        if self.is_unseen_work_of_a_call(frame, stmt) {
            return Ok(());
        }
        // A statement the import made for part of an annotated one (the loop of `total = sum(x for x in
        // xs)  # weft: cpu 1ms`) is on its line, whose cost the enclosing statement counted already.
        let counted_by_enclosing =
            frame.cost_given && self.trailing_annotation_line(stmt).is_some_and(|line| self.consumed.contains(&line));
        let annotation = if counted_by_enclosing {
            None
        } else if is_compound(stmt) {
            if let Some((line, cost)) = self.trailing_annotation(stmt) {
                if matches!(stmt, Stmt::For(_) | Stmt::While(_)) {
                    return self.annotated_loop(frame, stmt, &cost, line, out, next_line);
                }
                let offset = self.line_offset(line);
                return Err(Error {
                    grown_dict: None,
                    object_keys: None,
                    list_rows: None,
                    offset,
                    message: "a `# weft:` cost on the line of an `if`, `with` or `try` is ambiguous".into(),
                    help: Some("put it on a statement inside the block, or on a line of its own (on a `for` or `while` line it is the cost of the whole loop)".into()),
                });
            }
            None
        } else {
            self.trailing_annotation(stmt)
        };
        if let Some((line, cost)) = &annotation
            && !line_cost_counted
        {
            out.push(cost_step(cost, *line));
        }
        frame.cost_given = counted_by_enclosing || annotation.is_some();
        let drawn = self.draw_random_values(frame, stmt, out, self.line(stmt))?;
        let result = self.statement_body(frame, stmt, out, next_line);
        frame.cost_given = counted_by_enclosing;
        for key in drawn {
            self.random_draws.remove(&key);
        }
        result
    }

    fn statement_body(&mut self, frame: &mut Frame, stmt: &Stmt, out: &mut Vec<Step>, next_line: u32) -> Result<()> {
        let line = self.line(stmt);
        match stmt {
            Stmt::Import(_) | Stmt::ImportFrom(_) => {
                if frame.module_level {
                    Ok(())
                } else {
                    self.import(stmt)
                }
            }
            Stmt::Pass(_) => Ok(()),
            Stmt::Global(global) => {
                if frame.module_level {
                    return Ok(());
                }
                frame.globals_declared.extend(global.names.iter().map(|n| n.to_string()));
                Ok(())
            }
            Stmt::Expr(_) | Stmt::Assign(_) if self.gather_of_pending_set(frame, stmt, out, next_line)? => Ok(()),
            // `cache[futures[f]] = v`: the future's item looked up first (translate/future_keyed_stores.rs).
            Stmt::Assign(_) | Stmt::AugAssign(_) if self.future_keyed_store(frame, stmt, out, next_line)? => Ok(()),
            // `min([])`, `len(5)`: the raise CPython makes (translate/known_raises.rs).
            Stmt::Expr(_) | Stmt::Assign(_) if self.known_raise_statement(frame, stmt, out, line)? => Ok(()),
            // `return RATES["JPY"] * amount` of a table without the key (translate/missing_table_keys.rs).
            Stmt::Expr(_) | Stmt::Assign(_) | Stmt::Return(_)
                if self.missing_table_key_statement(frame, stmt, out, line)? =>
            {
                Ok(())
            }
            Stmt::Expr(expression) => match &*expression.value {
                Expr::ListComp(comprehension) => self.comprehension_statement(frame, comprehension, out, next_line),
                value => self.expression_statement(frame, value, out, line),
            },
            Stmt::Assign(assign)
                if assign.targets.len() == 1
                    && self.context_variable_made(frame, &assign.targets[0], &assign.value, out, line)? =>
            {
                Ok(())
            }
            Stmt::Assign(assign)
                if assign.targets.len() == 1
                    && (self.context_token_made(frame, &assign.targets[0], &assign.value, out, line)?
                        || self.context_get_checked(frame, &assign.value, out, line)?) =>
            {
                Ok(())
            }
            Stmt::Assign(assign) if self.sum_over_wait_set(frame, assign, out, next_line)? => Ok(()),
            Stmt::Assign(assign) if self.cancel_list(frame, assign, out, next_line)? => Ok(()),
            // `failed = [f for f in done if f.exception() is not None]` (translate/filtered_future_sets.rs).
            Stmt::Assign(assign) if self.filtered_future_set(frame, assign)? => Ok(()),
            Stmt::Assign(assign) if self.drained_list(frame, assign, out, next_line)? => Ok(()),
            Stmt::Assign(assign) if self.pending_set_list(frame, assign, out, next_line)? => Ok(()),
            Stmt::Assign(assign) => {
                // An instance made on the straight path of a `try:` or one-pass body (straight_instances.rs).
                let levels = match assign.targets.as_slice() {
                    [target] => self.straight_instance_levels(frame, target, &assign.value)?,
                    _ => 0,
                };
                frame.dynamic -= levels;
                let assigned = self.assign_chain(frame, &assign.targets, &assign.value, out, line);
                frame.dynamic += levels;
                assigned
            }
            Stmt::AnnAssign(assign) => match &assign.value {
                Some(value) if self.context_variable_made(frame, &assign.target, value, out, line)? => Ok(()),
                Some(value) => self.assign(frame, &assign.target, value, out, line),
                None => Ok(()),
            },
            Stmt::AugAssign(assign) => {
                self.refuse_callback_list_change(&assign.target)?;
                self.record_augmented_doubling(assign);
                self.augmented(frame, assign, out, line)
            }
            Stmt::If(branch) => self.if_statement(frame, branch, out, line, next_line),
            Stmt::While(looping) => {
                if self.first_completed_loop(frame, looping, out, line, next_line)? {
                    return Ok(());
                }
                let broke = self.loop_else_start(frame, &looping.body, &looping.orelse, out, line);
                self.while_statement(frame, looping, out, line, next_line)?;
                self.after_loop(frame, &looping.body, out, line);
                self.loop_else_end(frame, broke, &looping.orelse, out, line, next_line)
            }
            Stmt::For(looping) => {
                let broke = self.loop_else_start(frame, &looping.body, &looping.orelse, out, line);
                self.for_statement(frame, looping, out, line, next_line)?;
                self.after_loop(frame, &looping.body, out, line);
                self.loop_else_end(frame, broke, &looping.orelse, out, line, next_line)
            }
            Stmt::With(with) => self.with_statement(frame, with, out, next_line),
            Stmt::Break(_) | Stmt::Continue(_) => {
                let word = if matches!(stmt, Stmt::Break(_)) { "break" } else { "continue" };
                match frame.loops.last() {
                    Some(kind @ (LoopKind::Emitted | LoopKind::UnrolledPass)) => {
                        // A pass's own loop ends the pass: its `break` is the `continue`.
                        let word = if *kind == LoopKind::UnrolledPass { "break" } else { word };
                        let depth = frame.loops.len();
                        for (_, cleanup) in frame.cleanups.iter().rev().filter(|(d, _)| *d >= depth) {
                            out.push(cleanup.clone());
                        }
                        if let (Stmt::Break(_), Some((flag_depth, flag))) = (stmt, frame.break_flags.last())
                            && *flag_depth == depth
                        {
                            out.push(Step::new("let", Node::Quoted(format!("{flag} = 1")), line));
                        }
                        out.push(Step::word(word, line));
                        Ok(())
                    }
                    _ => fail(
                        stmt,
                        format!(
                            "`{word}` in a loop that weft writes out pass by pass at import time has no scenario form (a `for` over items known at import time, such as a list or tuple display, `enumerate` or `zip` of one, or several names at once; or a loop whose body starts or joins threads or tasks); `break` and `continue` are imported in a `while` loop, a `for` over `range(...)` whose body does none of that, and a `for` over a shared list"
                        ),
                    ),
                }
            }
            Stmt::Return(ret) => self.return_statement(frame, ret, out, line),
            Stmt::Assert(assert) => self.assert_statement(frame, assert, out, line),
            Stmt::Delete(delete) => {
                for target in &delete.targets {
                    let Expr::Subscript(subscript) = target else {
                        return fail(target, "`del` is supported on dict items (`del d[k]`)");
                    };
                    if self.list_delete_at(frame, subscript, out, line)? {
                        continue;
                    }
                    match self.expr(frame, &subscript.value, false)? {
                        Ex::Static(Value::Shared(name, Shape::Map { dense: false })) => {
                            let key = self.item_index(frame, &name, &Shape::Map { dense: false }, &subscript.slice)?;
                            out.push(Step::new("del", Node::Quoted(format!("{name}[{key}]")), line));
                        }
                        // `del d["c"]` of a dict display with string keys, held as one variable per key,
                        // which cannot lose a key: translated again with the display a shared map
                        // (grown_dicts.rs), where `del` removes the key as Python's does.
                        Ex::Static(Value::Record(fields)) => {
                            let refusal = Error::at(
                                target,
                                "`del` of an item of a dict display with string keys that weft cannot hold as a dict made at run time is not supported; start the dict empty and add its keys (`d = {}`, then `d[\"a\"] = 1`)",
                            );
                            return Err(self.grown_record(&fields, refusal));
                        }
                        // A list of tuples (a display, or `list(jobs)` of one): the import holds it as a
                        // value known at import time, as it holds a tuple (session31/variants/t08_v3, v4).
                        Ex::Static(Value::List(_)) => {
                            return fail(
                                target,
                                "`del` of an item of a list or a tuple that weft holds as a value known at import time (a list of tuples or lists, `list(...)` of one, or a tuple) is not supported: weft edits in place only a shared list of numbers, strings and None (and a tuple has no `del` in Python: TypeError); keep a list's items in a `queue.Queue` and take them with `get_nowait()`",
                            );
                        }
                        _ => {
                            return fail(
                                target,
                                "`del` is supported on items of dicts (`del d[k]`) and lists (`del xs[i]`); this is neither",
                            );
                        }
                    }
                }
                Ok(())
            }
            Stmt::Try(attempt) => self.try_statement(frame, attempt, out, next_line),
            Stmt::ClassDef(class) => {
                fail(&class.range, "classes defined inside functions are not supported; define them at module level")
            }
            Stmt::Raise(raise) => self.raise_statement(frame, raise, out, line),
            Stmt::Match(matching) => fail(&matching.range, "`match` is not supported; write `if`/`elif`"),
            Stmt::Nonlocal(nonlocal) => {
                match nonlocal.names.iter().find(|n| !frame.globals_declared.contains(n.as_str())) {
                    Some(name) => {
                        fail(name, format!("`nonlocal {name}` names no variable of the function around this one"))
                    }
                    None => Ok(()),
                }
            }
            Stmt::TypeAlias(alias) => fail(&alias.range, "`type` aliases are not supported"),
            Stmt::FunctionDef(_) => Ok(()),
            Stmt::IpyEscapeCommand(command) => fail(&command.range, "IPython escape commands are not Python"),
        }
    }

    /// `[t.start() for t in ts]` as a statement: the `for` loop it means (nested for each `for` clause,
    /// its `if` clauses an `if` around the element), the list it builds thrown away. The variables are
    /// the comprehension's own, as in Python: their bindings around it are kept, and one the code around
    /// binds to a value known only at run time (which the loop's would overwrite) is refused.
    fn comprehension_statement(
        &mut self,
        frame: &mut Frame,
        comprehension: &ast::ExprListComp,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        let element = Stmt::Expr(ast::StmtExpr {
            node_index: Default::default(),
            range: comprehension.elt.range(),
            value: comprehension.elt.clone(),
        });
        self.comprehension_statement_with(frame, comprehension, element, out, next_line)
    }

    /// `comprehension_statement` whose element is the statement `element` (the `if` a conditional
    /// element means: conditional_waits.rs).
    pub(super) fn comprehension_statement_with(
        &mut self,
        frame: &mut Frame,
        comprehension: &ast::ExprListComp,
        element: Stmt,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        let range = comprehension.range;
        let names: BTreeSet<String> =
            comprehension.generators.iter().flat_map(|generator| names_in(&generator.target)).collect();
        if let Some(name) = names.iter().find(|name| matches!(frame.locals.get(*name), Some(Value::Local(_)))) {
            return fail(
                &range,
                format!("the comprehension's variable `{name}` is also a variable of the code around it; rename one"),
            );
        }
        let body = filtered_lists::comprehension_loop(comprehension, element, false);
        let saved = SavedBindings::of(frame, names.iter());
        let result = self.block(frame, &body, out, next_line);
        saved.restore(frame);
        result
    }

    fn return_statement(
        &mut self,
        frame: &mut Frame,
        ret: &ast::StmtReturn,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if let Some(value) = ret.value.as_deref()
            && let Some(summed) = self.run_time_sum(frame, value, out, line)?
        {
            let summed = ast::StmtReturn { value: Some(Box::new(summed)), ..ret.clone() };
            return self.return_statement(frame, &summed, out, line);
        }
        if let Some(early) = frame.early_return.clone() {
            return self.early_return(frame, &early, ret, out, line);
        }
        if !frame.top {
            return fail(&ret.range, "`return` here has no scenario form (a bug in weft import: please report it)");
        }
        if frame.module_level {
            return fail(&ret.range, "`return` outside a function");
        }
        // `return [(w, counts[w]) for w in counts]`: bound to a local first (returned_comprehensions.rs).
        if let Some(bound) = self.returned_comprehension(frame, ret, out, line)? {
            return self.return_statement(frame, &bound, out, line);
        }
        // `return counts` of a dict the job made for itself: the run's own object (run_memory.rs).
        if let Some(object) = ret.value.as_deref().and_then(|value| self.returned_own_object(frame, value)) {
            push_cleanups(frame, out);
            out.push(Step::new("return", Node::Quoted(object), line));
            return Ok(());
        }
        // `return f.result(...)`: the wait first (Python evaluates the value before it leaves).
        let hoisted = match ret.value.as_deref() {
            Some(value) if self.future_result_call(frame, value).is_some() => {
                self.hoisted_result(frame, value, out, line)?
            }
            _ => None,
        };
        // `return inner.result() + 1`: the operands' steps first, then the value over their locals.
        let rewritten = match ret.value.as_deref() {
            Some(value @ (Expr::BinOp(_) | Expr::Compare(_)))
                if hoisted.is_none() && self.contains_stepped_operand(frame, value) =>
            {
                Some(self.without_stepped_operands(frame, value, out, line)?)
            }
            Some(value) if hoisted.is_none() => self.returned_without_steps(frame, value, out, line)?,
            _ => None,
        };
        push_cleanups(frame, out);
        if let Some(result) = hoisted {
            out.push(Step::new("return", Node::Quoted(result), line));
            return Ok(());
        }
        self.note_returned_list_items(frame, rewritten.as_ref().or(ret.value.as_deref()));
        match rewritten.as_ref().or(ret.value.as_deref()) {
            None => out.push(self.bare_return(frame, line)),
            Some(value) => match self.task_returned_value(frame, value)? {
                Ex::Static(Value::None) => out.push(self.bare_return(frame, line)),
                // `return results` of a list of results in a coroutine task: a tuple of its items, which
                // `x = asyncio.run(main())` makes a list again (futures.rs, `asyncio_run_list`).
                Ex::Static(Value::LocalArray(array, length))
                    if self.list_returning.is_some()
                        && self.list_returning.as_ref() == self.call_stack.last()
                        && (1..=16).contains(&length) =>
                {
                    let items: Vec<String> = (0..length).map(|index| format!("{array}[{index}]")).collect();
                    let tuple =
                        if length == 1 { format!("({},)", items[0]) } else { format!("({})", items.join(", ")) };
                    self.returned_lists.insert(frame.task, length);
                    out.push(Step::new("return", Node::Quoted(tuple), line));
                }
                // `return client` to `client = asyncio.run(main())`: bound at import time.
                ex if self.return_of_run_instance(frame, &ex) => out.push(self.bare_return(frame, line)),
                // `return _config` of a module's shared dict or list: the caller would get the object
                // itself, which a task's result cannot hold.
                ex if returned_aliases::is_shared_container(&ex) && self.task_result_dropped() => {
                    out.push(self.bare_return(frame, line));
                }
                Ex::Static(Value::Shared(shared, Shape::Map { .. } | Shape::Array(_))) => {
                    return fail(
                        value,
                        format!(
                            "returning the shared `{shared}` whole is not supported (a function's result is a number, a string, a tuple or an object made at run time); read it by its name where the result is used"
                        ),
                    );
                }
                ex => {
                    let (text, _, _, _) = self.to_code(ex, value)?;
                    out.push(Step::new("return", Node::Quoted(text), line));
                }
            },
        }
        Ok(())
    }

    /// `return` in an inlined function: the result, the releases of semaphores held in the function,
    /// then out of the one-pass loop (through a flag when inside a loop of the function).
    fn early_return(
        &mut self,
        frame: &mut Frame,
        early: &EarlyReturn,
        ret: &ast::StmtReturn,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        // `return last_seen, alarms` of a dict made at import time and a value (object_returns.rs).
        let object_tuple = match (&early.result, ret.value.as_deref()) {
            (Some(result), Some(value)) => self.object_tuple_return(frame, result, value, out, line)?,
            _ => false,
        };
        let returned = match ret.value.as_deref() {
            _ if object_tuple => Some((Ex::Static(Value::None), ret.value.as_deref().expect("a tuple"))),
            Some(value) => Some((self.returned_value(frame, value, out, line)?, value)),
            None => None,
        };
        match returned {
            // `return`, `return None`: the result is None (a `return` taken after another set it must
            // not leave that value).
            _ if object_tuple => {}
            None | Some((Ex::Static(Value::None), _)) => {
                if let Some(result) = &early.result {
                    self.note_value_return(result);
                    out.push(Step::new("let", Node::Quoted(format!("{result} = None")), line));
                }
            }
            // `return lock` of an object made at import time: the caller takes it (object_returns.rs).
            Some((ex, value))
                if early.result.as_ref().is_some_and(|result| self.note_object_return(result, &ex, value)) => {}
            Some((ex, value)) => match &early.result {
                Some(result) => {
                    let (text, _, _, _) = self.to_code(ex, value)?;
                    out.push(Step::new("let", Node::Quoted(format!("{result} = {text}")), line));
                }
                // `return _config` of a shared dict nobody uses: the name's read reads no item.
                None if returned_aliases::is_shared_container(&ex) => {}
                // `if kind == "bad": return int(text)` of a call whose value is dropped: Python still
                // evaluates it, and what it raises is raised at the call (dropped_returns.rs).
                None if !matches!(ex, Ex::Code { reads_shared: true, .. } | Ex::Static(Value::Shared(..))) => {
                    self.dropped_return_value(frame, ex, value, out, line)?;
                }
                None => {
                    // Nobody uses the result, but its reads of shared state still happen.
                    let (text, _, _, reads_shared) = self.to_code(ex, value)?;
                    if reads_shared {
                        let ignored = self.temporary(frame.task, "seen");
                        out.push(Step::new("let", Node::Quoted(format!("{ignored} = {text}")), line));
                    }
                }
            },
        }
        for (_, cleanup) in frame.cleanups.iter().rev().filter(|(depth, _)| *depth >= early.depth) {
            out.push(cleanup.clone());
        }
        // From inside a loop: the flag, which each enclosing loop of the scenario tests once it is left
        // (`after_loop`; a loop unrolled at import time has no scenario loop of its own, so the `break`
        // leaves the nearest one that is: unrolled_jumps.rs).
        if frame.loops.len() > early.depth {
            let flag = early.flag.as_ref().map_or("returned", String::as_str);
            out.push(Step::new("let", Node::Quoted(format!("{flag} = 1")), line));
        }
        out.push(Step::word("break", line));
        Ok(())
    }

    /// The value of an inlined function's `return`: a value with steps of its own (`return items.pop()`,
    /// `return q.get()`, `return d.get(k)`) takes them first, into a temporary.
    pub(super) fn returned_value(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Ex> {
        if let Some(made) = self.returned_made_list(frame, value, out, line)? {
            return Ok(made);
        }
        if let Some(made) = self.returned_run_time_range(frame, value, out, line)? {
            return Ok(made);
        }
        if let Some(rewritten) = self.display_without_stepped_items(frame, value, out, line)? {
            return self.expr(frame, &rewritten, false);
        }
        if let Some(summed) = self.run_time_sum(frame, value, out, line)? {
            return self.returned_value(frame, &summed, out, line);
        }
        if self.has_steps(frame, value)
            && let Some((text, precedence)) = self.stepped_value(frame, value, out, line)?
        {
            return Ok(Ex::Code { text, precedence, boolean: false, reads_shared: false });
        }
        let ex = self.expr(frame, value, false)?;
        // `return 3, 4`: a tuple display of values known at import time is the scenario's tuple where it
        // leaves the function (the expression at the call site is no tuple display).
        if matches!(value, Expr::Tuple(_)) && matches!(ex, Ex::Static(Value::List(_))) {
            let (text, precedence, boolean, reads_shared) = self.to_code(ex, value)?;
            return Ok(Ex::Code { text, precedence, boolean, reads_shared });
        }
        Ok(ex)
    }

    /// `return cache[key]` of an inlined function: Python reads shared memory when the function
    /// returns, before the caller goes on with the value, and another thread may run in between; so a
    /// value that reads shared memory is read by a step of its own into a local here, not inside the
    /// caller's next step (`scores.append(get_score("bob"))` read `cache` in the append's one step).
    fn value_read_on_return(
        &mut self,
        frame: &Frame,
        value: Ex,
        at: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Ex> {
        let Ex::Code { reads_shared: true, .. } = &value else { return Ok(value) };
        let (text, _, boolean, _) = self.to_code(value, at)?;
        let returned = self.fresh_temporary(frame.task, "returned_value");
        out.push(Step::new("let", Node::Quoted(format!("{returned} = {text}")), line));
        Ok(Ex::Code { text: returned, precedence: crate::expr::ATOM, boolean, reads_shared: false })
    }

    /// Before a loop with an `else:` whose body may `break`: a local flag, 0, that a `break` of this loop
    /// sets to 1 (`break_flags`), so that the `else` after the loop runs only when it is still 0, as
    /// Python runs a loop's `else` only when the loop ended without `break`. `None` without an `else`
    /// or without such a `break` (the `else` then always runs after the loop).
    fn loop_else_start(
        &mut self,
        frame: &mut Frame,
        body: &[Stmt],
        orelse: &[Stmt],
        out: &mut Vec<Step>,
        line: u32,
    ) -> Option<String> {
        if orelse.is_empty() || !breaks_its_loop(body) {
            return None;
        }
        let flag = self.fresh_temporary(frame.task, "broke");
        out.push(Step::new("let", Node::Quoted(format!("{flag} = 0")), line));
        frame.break_flags.push((frame.loops.len() + 1, flag.clone()));
        Some(flag)
    }

    /// After the loop: its `else:` block, under the test of the flag when a `break` may have left it.
    fn loop_else_end(
        &mut self,
        frame: &mut Frame,
        broke: Option<String>,
        orelse: &[Stmt],
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<()> {
        let Some(flag) = broke else {
            return self.block(frame, orelse, out, next_line);
        };
        let registered = frame.break_flags.pop();
        debug_assert_eq!(registered.map(|(_, f)| f).as_deref(), Some(flag.as_str()));
        frame.dynamic += 1;
        self.forget_assigned(frame, orelse);
        let mut else_ops = Vec::new();
        let result = self.block(frame, orelse, &mut else_ops, next_line);
        frame.dynamic -= 1;
        result?;
        let entries = vec![("cond", Node::Quoted(format!("not {flag}"))), ("then", Node::Steps(else_ops))];
        out.push(Step::new("if", Node::Map(entries), line));
        Ok(())
    }

    /// After a loop of an inlined function that returned from inside it: leave the enclosing loop too.
    fn after_loop(&self, frame: &Frame, body: &[Stmt], out: &mut Vec<Step>, line: u32) {
        if let Some(EarlyReturn { flag: Some(flag), .. }) = &frame.early_return
            && contains_return(body)
        {
            out.push(Step::new(
                "if",
                Node::Map(vec![
                    ("cond", Node::Quoted(flag.clone())),
                    ("then", Node::Steps(vec![Step::word("break", line)])),
                ]),
                line,
            ));
        }
    }

    fn try_statement(
        &mut self,
        frame: &mut Frame,
        attempt: &ast::StmtTry,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        if let Some((handler, kind)) = self.timeout_handler(frame, attempt) {
            return self.try_timed(frame, attempt, handler, kind, out, next_line);
        }
        if !attempt.handlers.is_empty()
            || !attempt.orelse.is_empty()
            || attempt.is_star
            || self.finally_needs_try_step(frame, attempt)
        {
            return self.try_general(frame, attempt, out, next_line);
        }
        if finally_jumps::jumps_out_of(&attempt.body) {
            return self.finally_before_jumps(frame, attempt, out, next_line);
        }
        self.finally_depth += usize::from(!attempt.finalbody.is_empty());
        let mut body = Vec::new();
        let translated = self.block(frame, &attempt.body, &mut body, next_line);
        self.finally_depth -= usize::from(!attempt.finalbody.is_empty());
        translated?;
        let mut finally = Vec::new();
        self.block(frame, &attempt.finalbody, &mut finally, next_line)?;
        out.extend(self.finally_kept_on_faults(body, finally, self.line(attempt)));
        Ok(())
    }

    /// `raise C` / `raise C("message")` with a built-in class ([`RAISABLE`]): the task's `with` locks and
    /// semaphores are released (as Python's `with` does on the way out), then `raise: C` ends a job with
    /// the exception its future keeps, or ends a thread uncaught (a fault). Where code would run on the
    /// way out (`finally`), or a handler of this function could catch it, it is refused.
    fn raise_statement(
        &mut self,
        frame: &mut Frame,
        raise: &ast::StmtRaise,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if raise.exc.is_none() && raise.cause.is_none() && self.handling > 0 {
            // A bare `raise` in a handler: the exception caught, again.
            self.raise_sites.push((frame.task, raise.range.start().to_usize()));
            let again = self.handler_classes.last().cloned().unwrap_or_default();
            let again = if again.is_empty() { vec!["BaseException".to_string()] } else { again };
            if let Some(refusal) = self.reraise_refusal(&again) {
                return fail(raise, refusal);
            }
            self.raised_classes.extend(again.into_iter().map(|class| (frame.task, class)));
            out.push(Step::word("reraise", line));
            return Ok(());
        }
        if self.raise_kept_exception(frame, raise, out, line)? {
            return Ok(());
        }
        let class = self.raised_class(frame, raise)?;
        if let Some(refusal) = self.raise_refusal(&class) {
            return fail(raise, refusal);
        }
        self.refuse_raise_leaving_executor(frame, raise, &class)?;
        self.raise_sites.push((frame.task, raise.range.start().to_usize()));
        self.raised_classes.push((frame.task, class.clone()));
        let parts = self.raise_arguments(frame, raise, &class)?;
        self.push_raise_with(frame, &class, parts, out, line);
        Ok(())
    }

    /// The way out of the task with `class`: the releases of its semaphores, then `raise: C`. Inside a
    /// scenario `try:` step no semaphore is held from outside it (`try_general` refuses that).
    fn push_raise(&mut self, frame: &Frame, class: &str, out: &mut Vec<Step>, line: u32) {
        self.push_raise_with(frame, class, None, out, line);
    }

    /// With `parts` (the program's own `raise C(...)` in a program that reads exception values),
    /// `raise: { class: C, args: ..., attributes: ... }` (no `args` for none); without, `raise: C`,
    /// whose message weft does not know (what weft raises itself).
    fn push_raise_with(
        &mut self,
        frame: &Frame,
        class: &str,
        parts: Option<exception_values::RaisedParts>,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        push_cleanups_before_handlers(frame, out);
        self.jobs_raise |= self.scenario.tasks[frame.task].executor.is_some();
        let value = match parts {
            Some(parts) => {
                let mut entries = vec![("class", Node::Plain(class.to_string()))];
                entries.extend(parts.args.map(|args| ("args", Node::Quoted(args))));
                entries.extend(parts.attributes.map(|attributes| ("attributes", Node::Quoted(attributes))));
                Node::Map(entries)
            }
            None => Node::Plain(class.to_string()),
        };
        out.push(Step::new("raise", value, line));
    }

    /// `assert test`: a step that ends the run when it fails, except in a job of an executor, where
    /// CPython's AssertionError goes to the job's future as any exception does (`if not test:` and
    /// `raise: AssertionError`), where a `raise` may be (outside `try`).
    fn assert_statement(
        &mut self,
        frame: &mut Frame,
        assert: &ast::StmtAssert,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        // `assert a and b` is `assert a` then `assert b`: Python reads `b` only when `a` holds, so the
        // steps of an operand that has some (`sorted(saved) == [1, 2]`) come after the earlier parts.
        if let Expr::BoolOp(ast::ExprBoolOp { op: ast::BoolOp::And, values, .. }) = &*assert.test
            && values.iter().any(|value| self.contains_stepped_operand(frame, value))
        {
            for value in values {
                let part = ast::StmtAssert { test: Box::new(value.clone()), ..assert.clone() };
                self.assert_statement(frame, &part, out, line)?;
            }
            return Ok(());
        }
        let rewritten = self.test_without_stepped_operands(frame, &assert.test, out, line)?;
        let condition = self.condition(frame, rewritten.as_ref().unwrap_or(&assert.test))?;
        let in_job = self.scenario.tasks[frame.task].executor.is_some() && !frame.coroutine;
        let inside_try = self.timeout_catch.is_some() || !self.caught_tries.is_empty() || self.finally_depth > 0;
        if !in_job || inside_try || self.inside_executor_with(frame.task) {
            out.push(Step::new("assert", Node::Quoted(condition), line));
            return Ok(());
        }
        let mut raise = Vec::new();
        self.push_raise(frame, "AssertionError", &mut raise, line);
        let entries = vec![("cond", Node::Quoted(format!("not ({condition})"))), ("then", Node::Steps(raise))];
        out.push(Step::new("if", Node::Map(entries), line));
        Ok(())
    }

    /// The class of `raise C` or `raise C(...)` whose arguments are constants or the function's locals
    /// (the message is not modelled: reading them has no effect).
    fn raised_class(&self, frame: &Frame, raise: &ast::StmtRaise) -> Result<String> {
        self.check_raise_cause(frame, raise)?;
        let Some(exception) = raise.exc.as_deref() else {
            return fail(
                raise,
                "a bare `raise` outside an `except` (or in a handler of a form that catches a time-out) is not supported",
            );
        };
        let (class, arguments_constant) = match exception {
            Expr::Name(name) => (name.id.as_str(), true),
            Expr::Call(call) => match &*call.func {
                Expr::Name(name) => (
                    name.id.as_str(),
                    call.arguments.keywords.is_empty()
                        && call.arguments.args.iter().all(|arg| match arg {
                            Expr::StringLiteral(_) | Expr::NumberLiteral(_) => true,
                            Expr::Name(name) => frame.locals.contains_key(name.id.as_str()),
                            Expr::FString(message) => message_reads_names_only(message),
                            _ => false,
                        }),
                ),
                _ => ("", false),
            },
            _ => ("", false),
        };
        let class_expr = match exception {
            Expr::Call(call) => &*call.func,
            other => other,
        };
        let known = (!class.is_empty() && class != "BaseException")
            .then(|| self.exception_class_name(frame, class_expr))
            .flatten();
        match known {
            // A program that reads exception values computes the arguments (exception_values.rs).
            Some(known) if arguments_constant || self.exception_values => Ok(known),
            Some(_) => fail(
                exception,
                "the exception's arguments must be constants or the function's own locals: weft does not model the message",
            ),
            None => fail(
                exception,
                format!(
                    "`raise` imports with a built-in class ({}, ...) or a class of the program derived from one (`class Oops(Exception): pass`); other classes are not supported",
                    RAISABLE.join(", ")
                ),
            ),
        }
    }

    /// A `raise` ends a job (of an executor) with its exception, or a thread (or the main thread)
    /// uncaught, a fault as CPython's traceback; in a process it would end that process alone, and in a
    /// job of `asyncio.to_thread` go to a coroutine: both refused.
    fn check_raise_sites(&self) -> Result<()> {
        let jobs: BTreeSet<usize> = self.futures.job_tasks.values().copied().collect();
        for &(task, offset) in &self.raise_sites {
            let definition = &self.scenario.tasks[task];
            let job_of_an_executor = definition.executor.is_some();
            let thread = definition.kind.is_none() && !jobs.contains(&task);
            // A job of `asyncio.to_thread` (the loop's default executor): its future keeps the exception,
            // which the coroutine's `await` raises again (job_raises.rs).
            let to_thread_job = self.is_to_thread_job(task);
            // A coroutine task's exception goes to its awaiter (or `gather`), as a job's to its future.
            let coroutine = definition.kind == Some("coroutine");
            // A `multiprocessing.Process`: uncaught, it ends that process alone (process_exits.rs).
            let process = self.ends_alone(task);
            if !(job_of_an_executor || thread || coroutine || to_thread_job || process) {
                return Err(Error::at_offset(
                    offset,
                    "`raise` imports in a job of an executor (its future keeps the exception), a coroutine (its awaiter gets it), a thread (uncaught, it ends the thread: a fault) or a `multiprocessing.Process` (uncaught, it ends that process: exitcode 1); not in a job of `asyncio.to_thread`",
                ));
            }
        }
        Ok(())
    }

    /// The handler of a `try:` that catches the time-out of its first statement, and what times out
    /// there: `[x =] await asyncio.wait_for(...)` (or `async with asyncio.timeout(t):` around one `await`)
    /// in a coroutine with `except asyncio.TimeoutError:` or
    /// `except TimeoutError:` (one class since Python 3.11), or `[x =] q.get(timeout=t)` /
    /// `q.get_nowait()` / `q.get(block=False)` with `except queue.Empty:`; one handler, with no `as`,
    /// `else` or `finally`.
    fn timeout_handler<'t>(
        &self,
        frame: &Frame,
        attempt: &'t ast::StmtTry,
    ) -> Option<(&'t ast::ExceptHandlerExceptHandler, CaughtException)> {
        let [ast::ExceptHandler::ExceptHandler(handler)] = &attempt.handlers[..] else {
            return None;
        };
        let plain = attempt.orelse.is_empty() && attempt.finalbody.is_empty() && !attempt.is_star;
        if !plain || handler.name.is_some() {
            return None;
        }
        let caught = match handler.type_.as_deref() {
            Some(Expr::Name(name)) if name.id.as_str() == "TimeoutError" => "asyncio.TimeoutError".to_string(),
            Some(Expr::Name(name)) if RAISABLE.contains(&name.id.as_str()) => name.id.to_string(),
            Some(other) => match self.expr(frame, other, false) {
                Ok(Ex::Static(Value::Module(name))) => name,
                _ => return None,
            },
            None => return None,
        };
        if let Some(Stmt::With(with)) = attempt.body.first()
            && caught == "asyncio.TimeoutError"
            && frame.coroutine
            && self.asyncio_timeout(frame, with).is_some()
        {
            return Some((handler, CaughtException::WaitFor));
        }
        let value = match attempt.body.first()? {
            Stmt::Expr(statement) => &*statement.value,
            Stmt::Assign(assign) if matches!(&assign.targets[..], [Expr::Name(_)]) => &*assign.value,
            // `total += f.result()`: the result comes first, the addition only when it came.
            Stmt::AugAssign(assign) if self.future_result_call(frame, &assign.value).is_some() => &*assign.value,
            _ => return None,
        };
        let kind = match (caught.as_str(), value) {
            // concurrent.futures.TimeoutError is the built-in TimeoutError since Python 3.11.
            ("asyncio.TimeoutError" | "concurrent.futures.TimeoutError", value)
                if !frame.coroutine && self.future_result_call(frame, value).is_some() =>
            {
                CaughtException::JobException("TimeoutError")
            }
            (class, value) if self.future_result_call(frame, value).is_some() => {
                CaughtException::JobException(RAISABLE.iter().find(|known| **known == class)?)
            }
            ("asyncio.TimeoutError", Expr::Await(awaited)) if frame.coroutine => {
                let Expr::Call(call) = &*awaited.value else { return None };
                let waits_for = self.module_callee(frame, call).is_some_and(|callee| callee == "asyncio.wait_for");
                waits_for.then_some(CaughtException::WaitFor)?
            }
            ("queue.Empty" | "asyncio.QueueEmpty", Expr::Call(call)) => {
                let (queue @ Object::Queue { .. }, method) = self.called_object(frame, call)? else { return None };
                // A threading queue raises queue.Empty; an asyncio one, whose only non-waiting get is
                // `get_nowait()`, asyncio.QueueEmpty.
                let gets = if self.is_asyncio(&queue) {
                    caught == "asyncio.QueueEmpty" && method == "get_nowait"
                } else {
                    caught == "queue.Empty" && matches!(method, "get" | "get_nowait")
                };
                gets.then_some(CaughtException::QueueGet)?
            }
            ("queue.Full" | "asyncio.QueueFull", Expr::Call(call)) => {
                let (queue @ Object::Queue { .. }, method) = self.called_object(frame, call)? else { return None };
                // A threading queue raises queue.Full; an asyncio one, whose only non-waiting put is
                // `put_nowait()`, asyncio.QueueFull (session 32: session31/checks/k151).
                let puts = if self.is_asyncio(&queue) {
                    caught == "asyncio.QueueFull" && method == "put_nowait"
                } else {
                    caught == "queue.Full" && matches!(method, "put" | "put_nowait")
                };
                puts.then_some(CaughtException::QueuePut)?
            }
            ("ValueError", Expr::Call(call)) => {
                let (Object::Semaphore(_), method) = self.called_object(frame, call)? else { return None };
                (method == "release").then_some(CaughtException::BoundedRelease)?
            }
            ("threading.BrokenBarrierError", Expr::Call(call)) => {
                let (Object::Barrier { .. }, method) = self.called_object(frame, call)? else { return None };
                (method == "wait").then_some(CaughtException::BarrierWait)?
            }
            _ => return None,
        };
        Some((handler, kind))
    }

    /// The object known at import time that the method of `call` (`q.get()`, `sem.release()`) is
    /// called on, and the method's name.
    fn called_object<'c>(&self, frame: &Frame, call: &'c ast::ExprCall) -> Option<(Object, &'c str)> {
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let Ok(Ex::Static(Value::Object(object))) = self.expr(frame, &attribute.value, false) else { return None };
        Some((object, attribute.attr.as_str()))
    }

    /// `try: [x =] await asyncio.wait_for(aw, t); rest` / `except TimeoutError: handler`, and
    /// `try: [x =] q.get(timeout=t); rest` / `except queue.Empty: handler`: the wait with its time-out
    /// sets a flag (`wait_for` cancels its task when it gives up, as in Python), then `if` the flag, the
    /// result and the rest of the `try`, else the handler.
    fn try_timed(
        &mut self,
        frame: &mut Frame,
        attempt: &ast::StmtTry,
        handler: &ast::ExceptHandlerExceptHandler,
        kind: CaughtException,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        let line = self.line(attempt);
        let flag = self.temporary(frame.task, kind.flag());
        self.forget_assigned(frame, &attempt.body);
        self.forget_assigned(frame, &handler.body);
        let second_line = attempt.body.get(1).map_or(self.line(handler), |s| self.line(s));
        let mut first = Vec::new();
        self.timeout_catch = Some((flag.clone(), None));
        if let CaughtException::JobException(class) = kind {
            self.job_exception_catch = Some(class);
        }
        let translated = self.block(frame, &attempt.body[..1], &mut first, second_line);
        let catch = self.timeout_catch.take();
        self.job_exception_catch = None;
        translated?;
        let Some((_, Some(split))) = catch.filter(|(_, split)| split.is_some_and(|at| at <= first.len())) else {
            return fail(&attempt.body[0], kind.nothing_to_catch());
        };
        let mut then_ops = first.split_off(split);
        out.extend(first);
        frame.dynamic += 1;
        self.caught_tries.push(kind);
        let rest = self.block(frame, &attempt.body[1..], &mut then_ops, self.line(handler));
        self.caught_tries.pop();
        let mut else_ops = Vec::new();
        let handled = rest.and_then(|()| self.block(frame, &handler.body, &mut else_ops, next_line));
        frame.dynamic -= 1;
        handled?;
        self.push_timed_branches(kind, flag, then_ops, else_ops, out, line);
        Ok(())
    }

    // ---- assignment -----------------------------------------------------------------------------

    /// `a = b = value`: Python computes the value once, then stores it in each target from left to
    /// right (a step per shared store). A value that is neither a step nor a read of shared state (a
    /// constant, arithmetic on locals) is stored in each target as it stands. Any other is computed
    /// once, into a carrier whose read is no step, and copied from it into the others: a local target
    /// (stored first when every target is a plain name: no other task sees a local, so the order of
    /// the stores is the same to them), or the first target when it then holds an object known at
    /// import time (`a = b = threading.Lock()`: the same lock under both names, as in Python).
    fn assign_chain(
        &mut self,
        frame: &mut Frame,
        targets: &[Expr],
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let repeatable = matches!(
            self.expr(frame, value, false),
            Ok(Ex::Static(Value::Int(_) | Value::Float(_) | Value::None) | Ex::Code { reads_shared: false, .. })
        );
        if targets.len() == 1 || repeatable {
            return targets.iter().try_for_each(|target| self.assign(frame, target, value, out, line));
        }
        let local =
            |target: &Expr| matches!(target, Expr::Name(name) if !self.is_global_target(frame, name.id.as_str()));
        let carrier = match targets.iter().all(|target| matches!(target, Expr::Name(_))) {
            true => targets.iter().position(local).unwrap_or(0),
            false => 0,
        };
        self.assign(frame, &targets[carrier], value, out, line)?;
        let carried = &targets[carrier];
        if !matches!(carried, Expr::Name(_)) || !self.reads_without_step(frame, carried) {
            return fail(
                value,
                "chained assignment (`a = b = value`) of this value needs a local target to carry it to the others (Python computes it once, and a read of a shared name is a step of its own); bind one name, then the others from it",
            );
        }
        let others = targets.iter().enumerate().filter(|(at, _)| *at != carrier);
        others.into_iter().try_for_each(|(_, target)| self.assign(frame, target, carried, out, line))
    }

    /// Whether reading `name` back costs no step: a local, or an object known at import time.
    fn reads_without_step(&self, frame: &Frame, name: &Expr) -> bool {
        match self.expr(frame, name, false) {
            Ok(Ex::Static(Value::Shared(..))) | Err(_) => false,
            Ok(Ex::Static(_)) => true,
            Ok(Ex::Code { reads_shared, .. }) => !reads_shared,
        }
    }

    fn assign(&mut self, frame: &mut Frame, target: &Expr, value: &Expr, out: &mut Vec<Step>, line: u32) -> Result<()> {
        if let Expr::Tuple(ast::ExprTuple { elts: targets, .. }) | Expr::List(ast::ExprList { elts: targets, .. }) =
            target
            && targets.len() == 2
            && let Some(pair) = self.sorted_pair(frame, value)
        {
            return self.assign(frame, target, &pair, out, line);
        }
        if let Some(sum) = Self::counted_predicates(value) {
            return self.assign(frame, target, &sum, out, line);
        }
        if let Expr::If(conditional) = value {
            return self.assign_conditional(frame, target, conditional, out, line);
        }
        if let Expr::BoolOp(boolean) = value
            && self.bool_op_of_bools(frame, boolean, false).is_err()
        {
            return self.assign_bool_value(frame, target, boolean, out, line);
        }
        if let Expr::Tuple(tuple) = target
            && let [done, not_done] = &tuple.elts[..]
            && self.wait_all(frame, Some((done, not_done)), value, out, line)?
        {
            return Ok(());
        }
        if let Expr::Name(name) = target
            && (self.assign_done_list(frame, name.id.as_str(), value, out, line)?
                || self.assign_shield(frame, name.id.as_str(), value, out, line)?)
        {
            return Ok(());
        }
        if let Some(rewritten) = self.without_done_pop(frame, value, out, line)? {
            return self.assign(frame, target, &rewritten, out, line);
        }
        if self.assign_result_index(frame, target, value, out, line)? {
            return Ok(());
        }
        match target {
            Expr::Name(name) => self.assign_name(frame, name.id.as_str(), target, value, out, line),
            Expr::Subscript(subscript) if self.callback_table_store(frame, subscript, value)? => Ok(()),
            Expr::Subscript(subscript) => self.assign_item(frame, subscript, value, out, line),
            Expr::Attribute(attribute) => {
                if let Ok(Ex::Static(Value::ThreadLocal(data))) = self.expr(frame, &attribute.value, false) {
                    self.refuse_shared_thread_local(frame, target)?;
                    let key = (frame.task, data.clone(), attribute.attr.to_string());
                    if frame.dynamic > 0 && !self.thread_local_slots.contains_key(&key) {
                        // A later read could not tell whether this ran (Python's AttributeError if not).
                        return fail(
                            target,
                            "a `threading.local()` attribute is first set inside an `if` or a loop the scenario runs; set it before, in the same thread",
                        );
                    }
                    if self.thread_local_list(frame, (key, target), value, out, line)? {
                        return Ok(());
                    }
                    let value = self.argument_code(frame, value, out, line)?;
                    let slot = self.thread_local_slot(frame.task, &data, attribute.attr.as_str());
                    out.push(Step::new("let", Node::Quoted(format!("{slot} = {value}")), line));
                    return Ok(());
                }
                if attribute.attr.as_str() == "daemon"
                    && let Ok(Ex::Static(Value::Instance(instance))) = self.expr(frame, &attribute.value, false)
                    && let Some(task) = self.classes.thread_task(&instance)
                {
                    self.check_daemon_change(task, target)?;
                    let daemon = self.static_int(frame, value)? != 0;
                    self.set_daemon(task, daemon);
                    self.forget_daemon_creator(task);
                    return Ok(());
                }
                if self.assign_timer_attribute(frame, attribute, value, out, line)? {
                    return Ok(());
                }
                if self.rebind_container_attribute(frame, attribute, value, out, line)? {
                    return Ok(());
                }
                if let Some(shared) = self.instance_int_target(frame, attribute)? {
                    return self.assign_shared(frame, &shared, value, out, line);
                }
                let receiver = self.expr(frame, &attribute.value, false)?;
                match (receiver, attribute.attr.as_str()) {
                    (Ex::Static(Value::Thread(task)), "daemon") => {
                        self.check_daemon_change(task, target)?;
                        let daemon = self.static_int(frame, value)? != 0;
                        self.set_daemon(task, daemon);
                        self.forget_daemon_creator(task);
                        Ok(())
                    }
                    // `order.taxed = ...` of a name that holds an instance made at run time: its attribute,
                    // written in a step (the value's own steps first).
                    (Ex::Code { text, .. }, attribute_name) if crate::expr::is_identifier(&text) => {
                        let value_text = self.argument_code(frame, value, out, line)?;
                        let key = crate::out::quoted(attribute_name, '\'');
                        out.push(Step::new("set", Node::Quoted(format!("{text}[{key}] = {value_text}")), line));
                        Ok(())
                    }
                    _ => fail(
                        target,
                        "assigning to attributes is only supported for `thread.daemon` and the attributes of instances of the file's classes",
                    ),
                }
            }
            Expr::Tuple(_) | Expr::List(_) => self.unpack(frame, target, value, out, line),
            _ => fail(target, "this assignment target is not supported"),
        }
    }

    /// `x = a if c else b`: Python tests `c`, then computes only the value it picked; the same as
    /// `if c: x = a` / `else: x = b`, which is how it is translated (a run-time test becomes an `if` step,
    /// one known at import time picks its branch).
    fn assign_conditional(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        conditional: &ast::ExprIf,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        // A test known at import time (`(a, b) if a.ident < b.ident else (b, a)` over objects whose
        // attributes nothing writes): the branch it picks, as Python evaluates only that one.
        if let Ok(Value::Int(test)) = self.static_value(frame, &conditional.test) {
            let branch = if test != 0 { &conditional.body } else { &conditional.orelse };
            return self.assign(frame, target, branch, out, line);
        }
        self.refuse_chosen_containers(frame, conditional)?;
        let assignment = |value: &Expr| {
            Stmt::Assign(ast::StmtAssign {
                node_index: Default::default(),
                range: conditional.range,
                targets: vec![target.clone()],
                value: Box::new(value.clone()),
            })
        };
        let then_body = [assignment(&conditional.body)];
        let else_body = [assignment(&conditional.orelse)];
        let clauses: [(Option<&Expr>, &[Stmt], u32); 2] =
            [(Some(&*conditional.test), &then_body, line), (None, &else_body, line)];
        self.if_chain(frame, &clauses, out, line + 1)
    }

    /// `label = hits or 5`, `name = user and user_name`: Python's `or` gives back its first true
    /// operand (the last one when none is), `and` its first false one, each operand computed once and
    /// only when needed. The first operand is read once into a local (a shared one is read by one step),
    /// then the assignment is the conditional `x = first if first else rest` (`and`: `rest if first else
    /// first`), whose other branch is again such an assignment while operands remain.
    fn assign_bool_operand(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        boolean: &ast::ExprBoolOp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Some((first, rest)) = boolean.values.split_first() else {
            return fail(&boolean.range, "an empty `and`/`or`");
        };
        let code = self.argument_code(frame, first, out, line)?;
        let operand = self.fresh_temporary(frame.task, "operand");
        // An object's truth is then its size, read where the conditional tests the local.
        self.record_held(frame, (Some(frame.task), operand.clone()), first, &code);
        out.push(Step::new("let", Node::Quoted(format!("{operand} = {code}")), line));
        let (held, name) = bool_values::hold_operand(frame, operand, first.range());
        let rest = match rest {
            [only] => only.clone(),
            more => Expr::BoolOp(ast::ExprBoolOp { values: more.to_vec(), ..boolean.clone() }),
        };
        let (body, orelse) = match boolean.op {
            ast::BoolOp::Or => (name.clone(), rest),
            ast::BoolOp::And => (rest, name.clone()),
        };
        let conditional = ast::ExprIf {
            node_index: Default::default(),
            range: boolean.range,
            test: Box::new(name),
            body: Box::new(body),
            orelse: Box::new(orelse),
        };
        let result = self.assign_conditional(frame, target, &conditional, out, line);
        frame.locals.remove(&held);
        result
    }

    /// `a, b = x, y`: Python evaluates every value, then binds the names in order. When the names are
    /// locals (which no other task sees) and no value mentions one of them, binding each as soon as its
    /// value is known is the same program; anything else (a swap, a shared target, a tuple from a call)
    /// would need the values held apart first, and is refused.
    fn unpack(&mut self, frame: &mut Frame, target: &Expr, value: &Expr, out: &mut Vec<Step>, line: u32) -> Result<()> {
        let (Expr::Tuple(ast::ExprTuple { elts: targets, .. }) | Expr::List(ast::ExprList { elts: targets, .. })) =
            target
        else {
            unreachable!("unpack is called for tuple and list targets")
        };
        let (Expr::Tuple(ast::ExprTuple { elts: values, .. }) | Expr::List(ast::ExprList { elts: values, .. })) = value
        else {
            return self.unpack_tuple(frame, targets, value, out, line);
        };
        if let Some(starred) = targets.iter().find(|target| matches!(target, Expr::Starred(_))) {
            return fail(
                starred,
                "a starred name in an unpacking (`first, *rest = ...`) is not imported: unpack a fixed number of names (`a, b, c = ...`) or index the values (`first = xs[0]`)",
            );
        }
        if targets.len() != values.len() {
            return fail(value, format!("{} names but {} values", targets.len(), values.len()));
        }
        if self.declares_globals(frame, targets, values) {
            for (name, value) in targets.iter().zip(values) {
                self.assign(frame, name, value, out, line)?;
            }
            return Ok(());
        }
        if Self::unpacks_to_places(targets) {
            return self.unpack_display(frame, (targets, values), &display_unpacking::TO_PLACES, out, line);
        }
        let mut names = BTreeSet::new();
        for name in targets {
            let Expr::Name(simple) = name else {
                return fail(name, "unpacking assignment binds plain names only; assign one target per line");
            };
            names.insert(simple.id.to_string());
        }
        if targets.iter().any(|name| {
            matches!(name, Expr::Name(simple) if self.is_global_target(frame, simple.id.as_str())
                && !self.keeps_module_local(frame, simple.id.as_str()))
        }) {
            return self.unpack_display(frame, (targets, values), &display_unpacking::TO_GLOBALS, out, line);
        }
        let Some(mentioned) = values.iter().find(|value| !names_in(value).is_disjoint(&names)) else {
            for (name, value) in targets.iter().zip(values) {
                self.assign(frame, name, value, out, line)?;
            }
            return Ok(());
        };
        // A swap of values known at import time (`left, right = right, left` of two locks): every value
        // is taken before any name is bound, as in Python.
        let mut known = Vec::with_capacity(values.len());
        for value in values {
            match self.expr(frame, value, false) {
                Ok(ex @ Ex::Static(_)) => known.push(ex),
                _ => {
                    return fail(
                        mentioned,
                        "unpacking assignment whose values use the names it binds (a swap) is supported for values known at import time only; use a temporary name",
                    );
                }
            }
        }
        for ((name, value), ex) in targets.iter().zip(values).zip(known) {
            let Expr::Name(simple) = name else { unreachable!("checked above") };
            self.store(frame, simple.id.as_str(), name, ex, value, out, line)?;
        }
        Ok(())
    }

    /// `n, sq = results_q.get()`, `a, b = fut.result()`, `wid, v = item`: a tuple made when the program
    /// runs, taken into a local first (the call's steps, as for any value), then each name bound in
    /// turn to its item (`unpack(t, i, n)`: Python's ValueError when the tuple has another length), as
    /// CPython's UNPACK_SEQUENCE then one store per name, each a step where the name is shared.
    fn unpack_tuple(
        &mut self,
        frame: &mut Frame,
        targets: &[Expr],
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        // `first, second = sorted((seat, (seat + 1) % n))` of a thread's arguments: a list known at
        // import time, one value per name, bound to locals in order as Python does.
        // `first, second = fork_order(seat)` of a function of the file that only computes: its value
        // at import time (pure_calls.rs).
        // `name, age = record` of a job's argument known at import time (an item of a list of tuples
        // handed to `submit`, session31/f02): its items, as for a call's (a list or a tuple unpacks alike).
        if self.unpack_returned_tuple(frame, targets, value, out, line)? {
            return Ok(());
        }
        let computed = match value {
            Expr::Call(call) => match self.expr(frame, value, true) {
                Ok(Ex::Static(items @ Value::List(_))) => Some(items),
                _ => self.pure_call_value(frame, call),
            },
            _ => match self.expr(frame, value, false) {
                Ok(Ex::Static(items @ Value::List(_))) => Some(items),
                _ => None,
            },
        };
        if let Some(Value::List(items)) = computed
            && frame.dynamic == 0
            && items.len() == targets.len()
            && targets
                .iter()
                .all(|target| matches!(target, Expr::Name(name) if !self.is_global_target(frame, name.id.as_str())))
        {
            for (target, item) in targets.iter().zip(items) {
                let Expr::Name(name) = target else { unreachable!("checked above") };
                self.store(frame, name.id.as_str(), target, Ex::Static(item), value, out, line)?;
            }
            return Ok(());
        }
        if let Ok(Ex::Static(known)) = self.expr(frame, value, false) {
            // The import keeps a tuple and a list known at import time alike.
            let what = match &known {
                Value::List(items) => format!(
                    "a list or a tuple of {} items known at import time, for {} names{}",
                    items.len(),
                    targets.len(),
                    if items.len() == targets.len() {
                        " bound inside a loop the scenario runs, or to globals"
                    } else {
                        ""
                    }
                ),
                other => other.describe(),
            };
            return fail(
                value,
                format!(
                    "unpacking assignment takes a tuple of values here (`a, b = x, y`) or a tuple made when the program runs; this is {what}"
                ),
            );
        }
        let most = crate::expr::MAX_TUPLE_LENGTH;
        if targets.len() > most {
            return fail(value, format!("a tuple has at most {most} items in weft; this unpacks {}", targets.len()));
        }
        // `status, (count, ratio) = future.result()` (translate/nested_unpacking.rs), where the tuple is
        // bound item by item; an awaited value and `asyncio.run`'s bind names only.
        let nested = targets.iter().any(|target| !matches!(target, Expr::Name(_)));
        for target in targets {
            if !nested_unpacking::unpacks_into_names(target) {
                return fail(target, nested_unpacking::PLAIN_NAMES);
            }
        }
        let binds_names_only = match value {
            Expr::Await(_) => true,
            Expr::Call(call) => self.module_callee(frame, call).as_deref() == Some("asyncio.run"),
            _ => false,
        };
        if nested && binds_names_only {
            let target = targets.iter().find(|target| !matches!(target, Expr::Name(_))).expect("nested");
            return fail(
                target,
                "unpacking an awaited value or `asyncio.run`'s binds plain names only; assign one target per line",
            );
        }
        // `a, b = await asyncio.gather(f(), g())`: the awaited list is a local array; its items in turn.
        if let Expr::Await(awaited) = value {
            let results = self.fresh_temporary(frame.task, "results");
            let (awaited_into, object) =
                self.awaiting_an_object(|translator| translator.await_into(frame, awaited, Some(&results), out, line));
            // `last_seen, alarms = await watchdog(q)` of a coroutine whose `return`s give a dict it made
            // and a value (object_returns.rs).
            if let Some(object) = object {
                awaited_into?;
                return self.unpack_object_tuple(frame, targets, object, value, out, line);
            }
            if let Some(length) = awaited_into? {
                if length != targets.len() {
                    return fail(
                        value,
                        format!(
                            "Python raises ValueError here: the awaited list has {length} items for {} names",
                            targets.len()
                        ),
                    );
                }
                for (index, target) in targets.iter().enumerate() {
                    let Expr::Name(name) = target else { unreachable!("checked above") };
                    let item = Ex::Code {
                        text: format!("{results}[{index}]"),
                        precedence: crate::expr::ATOM,
                        boolean: false,
                        reads_shared: false,
                    };
                    self.store(frame, name.id.as_str(), target, item, value, out, line)?;
                }
                return Ok(());
            }
            if self.takes_a_received_value(value) {
                // `kind, qty = await inbox.get()` of a queue that may hold a list: its items as a tuple.
                let unpacked = format!("{results} = unpacked({results}, {})", targets.len());
                out.push(Step::new("let", Node::Quoted(unpacked), line));
            }
            return self.unpack_items(frame, targets, &results, value, out, line);
        }
        if self.unpack_asyncio_run(frame, targets, value, out, line)? {
            return Ok(());
        }
        // `a, b = s.split(":")`: the parts as a tuple, CPython's ValueError when their count differs.
        if let Some(received) = self.received_unpacking(frame, value)? {
            // A value received at run time, of any kind: its items as a tuple, in a step that reads it
            // (translate/received_values.rs).
            let tuple = self.fresh_temporary(frame.task, "unpacked");
            out.push(Step::new("let", Node::Quoted(format!("{tuple} = {received}")), line));
            out.push(Step::new("let", Node::Quoted(format!("{tuple} = unpacked({tuple}, {})", targets.len())), line));
            return self.unpack_items(frame, targets, &tuple, value, out, line);
        }
        let text = match self.split_value(frame, value, false)? {
            Some(split) => self.to_code(split, value)?.0,
            None => self.argument_code(frame, value, out, line)?,
        };
        let tuple = self.fresh_temporary(frame.task, "unpacked");
        out.push(Step::new("let", Node::Quoted(format!("{tuple} = {text}")), line));
        if self.takes_a_received_value(value) {
            // `kind, qty = await inbox.get()` of a queue that may hold a list: its items as a tuple.
            out.push(Step::new("let", Node::Quoted(format!("{tuple} = unpacked({tuple}, {})", targets.len())), line));
        }
        self.unpack_items(frame, targets, &tuple, value, out, line)
    }

    /// Each name of `targets` bound to its item of the run-time tuple in the local `tuple`
    /// (`unpack(t, i, n)`, Python's ValueError when its length is not `n`).
    fn unpack_items(
        &mut self,
        frame: &mut Frame,
        targets: &[Expr],
        tuple: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let length = targets.len();
        for (index, target) in targets.iter().enumerate() {
            let item = Ex::Code {
                text: format!("unpack({tuple}, {index}, {length})"),
                precedence: crate::expr::ATOM,
                boolean: false,
                reads_shared: false,
            };
            self.store_unpacked(frame, target, item, value, out, line)?;
        }
        Ok(())
    }

    /// `x, y = 0, 0` at module level, outside any `if` or loop: every name a new global and every value
    /// known at import time, so each is a declaration of the scenario, not a step.
    fn declares_globals(&self, frame: &Frame, targets: &[Expr], values: &[Expr]) -> bool {
        let new_global = |target: &Expr| {
            matches!(target, Expr::Name(name) if self.is_global_target(frame, name.id.as_str())
                && !self.globals.contains_key(name.id.as_str()))
        };
        let known = |value: &Expr| {
            matches!(self.expr(frame, value, false), Ok(Ex::Static(Value::Int(_))))
                || self.makes_a_primitive(frame, value)
                || is_literal_display(value)
        };
        frame.dynamic == 0
            && frame.module_level
            && targets.iter().all(new_global)
            && values.iter().all(|value| known(value) || self.constructs_unobserved(frame, value, targets))
            && targets.iter().flat_map(names_in).collect::<BTreeSet<_>>().len() == targets.len()
    }

    /// Whether `value` makes a queue, a lock, an event, a semaphore or a condition of arguments known
    /// at import time (`mp.Queue()`, `queue.Queue(maxsize=2)`): a call that reads no global, so the names
    /// of `jobs, results = mp.Queue(), mp.Queue()` may be bound one by one.
    fn makes_a_primitive(&self, frame: &Frame, value: &Expr) -> bool {
        const OTHER_PRIMITIVES: [&str; 9] = [
            "multiprocessing.Lock",
            "multiprocessing.RLock",
            "multiprocessing.Event",
            "threading.Lock",
            "threading.RLock",
            "threading.Event",
            "threading.Semaphore",
            "threading.BoundedSemaphore",
            "threading.Condition",
        ];
        let Expr::Call(call) = value else { return false };
        let Ok(Ex::Static(Value::Module(callee))) = self.expr(frame, &call.func, false) else { return false };
        let static_argument = |argument: &Expr| matches!(self.expr(frame, argument, false), Ok(Ex::Static(_)));
        (kept_apart_classes::THREAD_QUEUES.contains(&callee.as_str()) || OTHER_PRIMITIVES.contains(&callee.as_str()))
            && call.arguments.args.iter().all(static_argument)
            && call.arguments.keywords.iter().all(|keyword| static_argument(&keyword.value))
    }

    /// `shared = value` for a shared integer that is not a plain global (an instance's attribute): a
    /// blocking call's result or an inlined function's through a local, as for a global.
    fn assign_shared(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        self.check_primitive_call(frame, value, false)?;
        if self.blocking_result(frame, value)? {
            let temporary = self.temporary(frame.task, "result");
            self.blocking_call(frame, value, Some(&temporary), out, line)?;
            out.push(Step::new("set", Node::Quoted(format!("{shared} = {temporary}")), line));
            return Ok(());
        }
        let text = match self.stepped_value(frame, value, out, line)? {
            Some((text, _)) => text,
            None => self.code(frame, value)?.0,
        };
        out.push(Step::new("set", Node::Quoted(format!("{shared} = {text}")), line));
        Ok(())
    }

    /// A shared variable the module set to None and nothing has written since (the import's form of
    /// `lock = None` for a global a function binds with `global lock`).
    pub(crate) fn is_none_placeholder(&self, value: &Value) -> bool {
        let Value::Shared(shared, Shape::Int) = value else { return false };
        let declared_none =
            self.scenario.shared.iter().any(|(name, init)| name == shared && matches!(init, SharedInit::None));
        declared_none && !self.scenario.tasks.iter().any(|task| processes::steps_write(&task.ops, shared))
    }

    /// A None placeholder no step has used is no shared variable of the program: dropped, so that the
    /// final state does not print it as None where Python's global holds the object.
    fn drop_unused_placeholder(&mut self, name: &str) {
        let Some(old @ Value::Shared(shared, _)) = self.globals.get(name) else { return };
        if !self.is_none_placeholder(old) {
            return;
        }
        let shared = shared.clone();
        if !self.scenario.tasks.iter().any(|task| processes::steps_mention(&task.ops, &shared)) {
            self.scenario.shared.retain(|(declared, _)| *declared != shared);
        }
    }

    /// Whether an assignment to `name` binds a module global. A name the import made itself (`$iterable`,
    /// the `$k` of a dict comprehension written out as its loop: `$` is in no Python name) is seen by no
    /// other code, so at module level too it is the main thread's own local.
    fn is_global_target(&self, frame: &Frame, name: &str) -> bool {
        (frame.module_level && !crate::syntax::is_import_made_name(name)) || frame.globals_declared.contains(name)
    }

    fn assign_name(
        &mut self,
        frame: &mut Frame,
        name: &str,
        target: &Expr,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if let Some(rewritten) = self.rewritten_value(frame, value_rewrites::FIRST_REWRITES, value, out, line)? {
            return self.assign_name(frame, name, target, &rewritten, out, line);
        }
        if self.assign_by_form(frame, assign_forms::Assignment { name, target, value }, out, line)? {
            return Ok(());
        }
        // `_instance = Config()` inside an `if` or a loop the scenario runs (a lazy singleton): an
        // instance made at run time, when its class's `__init__` only sets attributes; made at import
        // time (`instantiate`) everywhere else, as before.
        let made_at_run_time = frame.dynamic > 0
            && matches!(value, Expr::Call(call) if matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Class(_))))
                && self.expr(frame, value, false).is_ok());
        let shared_before = self.scenario.shared.len();
        if let Some(created) =
            if made_at_run_time { None } else { self.assigned_creation(frame, name, value, out, line)? }
        {
            if frame.dynamic > 0 {
                return fail(
                    value,
                    "threads, locks, queues, lists and dicts made inside an `if` or a loop the scenario runs cannot be followed at import time; make them before",
                );
            }
            if self.is_global_target(frame, name) {
                // A loop unrolled at import time (`for amount in [60, 70]: t = Thread(...)`) makes one
                // object per pass under the same name, as Python rebinds it.
                let unrolled = frame.loops.contains(&LoopKind::Unrolled);
                // `lock = None` at module level, then `lock = asyncio.Lock()` in `main` (the idiom of
                // making asyncio's primitives inside the loop): the placeholder is replaced, as code that
                // runs later sees the object (and code that ran before saw None, in the import too).
                if let Some(old) = self.globals.get(name)
                    && !matches!(old, Value::Module(_) | Value::None)
                    && !self.is_none_placeholder(old)
                    && !unrolled
                {
                    return fail(
                        target,
                        format!("`{name}` is bound again; weft follows each object from where it is made"),
                    );
                }
                self.refuse_placeholder_bound_in_thread(frame, name, target)?;
                self.drop_unused_placeholder(name);
                if frame.module_level {
                    // A loop's item held by the module bound again: from here on the global (rebinding.rs).
                    frame.locals.remove(name);
                }
                if !(frame.module_level && self.declare_float_item_store(name, &created, value, out, line)?) {
                    self.globals.insert(name.to_string(), created);
                }
            } else {
                self.note_local_objects(shared_before, value.start().to_usize());
                frame.locals.insert(name.to_string(), created);
            }
            return Ok(());
        }
        self.check_primitive_call(frame, value, false)?;
        if self.blocking_result(frame, value)? {
            let into = self.result_target(frame, name, target)?;
            self.blocking_call(frame, value, Some(&into.0), out, line)?;
            if let Some(shared) = into.1 {
                out.push(Step::new("set", Node::Quoted(format!("{shared} = {}", into.0)), line));
            }
            return Ok(());
        }
        if let Some((shared, call)) = self.popped_list(frame, value) {
            let first = !self.globals.contains_key(name);
            let into = self.result_target(frame, name, target)?;
            self.list_pop(frame, &shared, call, Some(&into.0), out, line)?;
            self.record_popped_item(frame, (name, first), (&into.0, into.1.as_deref()), value);
            if let Some(shared) = into.1 {
                out.push(Step::new("set", Node::Quoted(format!("{shared} = {}", into.0)), line));
            }
            return Ok(());
        }
        if let Some(ex) = self.popped_operand(frame, value, out, line)? {
            return self.store(frame, name, target, ex, value, out, line);
        }
        if let Some((future, call)) = self.future_cancel_call(frame, value) {
            let text = self.cancel_with_value(frame, &future, call, out, line)?;
            let ex = Ex::Code { text, precedence: crate::expr::ATOM, boolean: true, reads_shared: false };
            return self.store(frame, name, target, ex, value, out, line);
        }
        if let Some(text) = self.state_read_value(frame, value, out, line)? {
            let ex = Ex::Code { text, precedence: crate::expr::ATOM, boolean: true, reads_shared: false };
            return self.store(frame, name, target, ex, value, out, line);
        }
        if let Some((future, call)) = self.future_method_call(frame, value, "exception") {
            let text = self.exception_with_value(frame, &future, call, out, line)?;
            let ex = Ex::Code { text, precedence: crate::expr::ATOM, boolean: false, reads_shared: false };
            return self.store(frame, name, target, ex, value, out, line);
        }
        if let Some(closure) = self.factory_call(frame, value)? {
            return self.store(frame, name, target, Ex::Static(closure), value, out, line);
        }
        if let Expr::Call(call) = value
            && let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, &call.func, false)
        {
            let result = self.inline_call(frame, &function, call, out, line, true)?;
            let Some(result) = result else {
                return fail(value, format!("`{function}` returns nothing weft can compute"));
            };
            return self.store(frame, name, target, result, value, out, line);
        }
        if let Expr::Call(call) = value
            && self.calls_callable(frame, call)
            && let Some(result) = self.callable_call(frame, call, out, true)?
        {
            return self.store(frame, name, target, result, value, out, line);
        }
        if self.assign_split_parts(frame, (name, target), value, out, line)? {
            return Ok(());
        }
        if let Some(rewritten) = self.rewritten_value(frame, value_rewrites::LAST_REWRITES, value, out, line)? {
            return self.assign_name(frame, name, target, &rewritten, out, line);
        }
        let ex = match self.expr(frame, value, false) {
            Ok(ex) => ex,
            // A float from locals known at import time (`delay = 0.01 * i` in an unrolled loop or a job
            // given `i`): followed as a duration, as a float from constants is.
            Err(error) => match self.expr(frame, value, true) {
                Ok(Ex::Static(float @ Value::Float(_))) if frame.dynamic == 0 && has_float_literal(value) => {
                    Ex::Static(float)
                }
                _ => return Err(error),
            },
        };
        self.store(frame, name, target, ex, value, out, line)
    }

    /// `items.pop(...)` on a shared list that grows by `append`: the list and the call.
    /// `d.pop(k)` (`d.pop(k, default)`) of a shared dict too: `list_pop` tells them apart.
    fn popped_list<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<(String, &'e ast::ExprCall)> {
        self.container_call(frame, value, "pop", true)
            .or_else(|| self.deque_popleft(frame, value))
            .or_else(|| self.container_call(frame, value, "pop", false))
    }

    /// `d.pop(k)` or `d.pop(k, default)` of a shared dict: one `atomic` step, as dict.pop's one C call,
    /// that takes the value into `into` and removes the key; a missing key is KeyError (without a
    /// default) or gives the default.
    fn dict_pop(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        call: &ast::ExprCall,
        into: String,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        if !call.arguments.keywords.is_empty() {
            return fail(call, "`pop` takes no keyword arguments");
        }
        let (key, default) = match &call.arguments.args[..] {
            [key] => (key, None),
            [key, default] => (key, Some(default)),
            _ => return fail(call, "`pop` of a dict takes a key and maybe a default"),
        };
        self.refuse_float_key(frame, shared, key)?;
        let key = match self.static_tuple_key(frame, shared, key)? {
            Some(text) => text,
            None => {
                let key = self.operand_local(frame, key, out, line)?;
                self.map_key(shared, key)
            }
        };
        let default = default.map(|default| self.operand_local(frame, default, out, line)).transpose()?;
        let take = vec![
            Step::new("let", Node::Quoted(format!("{into} = {shared}[{key}]")), line),
            Step::new("del", Node::Quoted(format!("{shared}[{key}]")), line),
        ];
        let steps = match default {
            None => take,
            Some(default) => vec![Step::new(
                "if",
                Node::Map(vec![
                    ("cond", Node::Quoted(format!("has({shared}, {key})"))),
                    ("then", Node::Steps(take)),
                    ("else", Node::Steps(vec![Step::new("let", Node::Quoted(format!("{into} = {default}")), line)])),
                ]),
                line,
            )],
        };
        out.push(Step::new("atomic", Node::Steps(steps), line));
        Ok(into)
    }

    /// Whether a job's exception may reach a wait that CPython does without raising (a shutdown, `wait`,
    /// `as_completed`'s watcher): then that wait catches `Exception`.
    pub(super) fn job_exceptions_kept(&self) -> bool {
        let (operations_only, group_end) = self.operation_faults_raise_at_group_end;
        self.jobs_raise || (self.jobs_fault && !(operations_only && group_end))
    }

    /// Whether a `raise` step may stand here, for an exception weft raises itself (`min()` of an empty
    /// list: ValueError): not inside the `try` forms translated without a scenario `try:` nor inside
    /// `finally` (their handlers would not see it), not inside an executor's `with`, and in a thread, a
    /// coroutine or a job of an executor (`check_raise_sites`: not a process or a job of `to_thread`).
    fn may_raise_here(&self, frame: &Frame) -> bool {
        let inside_try = self.timeout_catch.is_some() || !self.caught_tries.is_empty() || self.finally_depth > 0;
        let definition = &self.scenario.tasks[frame.task];
        let to_thread_job = self.futures.job_tasks.values().any(|&job| job == frame.task);
        let raises_there = definition.executor.is_some()
            || definition.kind == Some("coroutine")
            || (definition.kind.is_none() && !to_thread_job);
        !inside_try && !self.inside_executor_with(frame.task) && raises_there
    }

    /// `x.method(...)` on a shared map that is a list growing by `append` (`dense`) or a dict: the map's
    /// name and the call.
    fn container_call<'e>(
        &self,
        frame: &Frame,
        value: &'e Expr,
        method: &str,
        dense: bool,
    ) -> Option<(String, &'e ast::ExprCall)> {
        let Expr::Call(call) = value else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        if attribute.attr.as_str() != method {
            return None;
        }
        match self.expr(frame, &attribute.value, false) {
            Ok(Ex::Static(Value::Shared(shared, Shape::Map { dense: found }))) if found == dense => {
                Some((shared, call))
            }
            _ => None,
        }
    }

    /// An argument's value as code: a value with steps of its own (`f.result()`, `await t`, a call of the
    /// file's functions, `d.get(k)`) has them first, as Python computes an argument before the call.
    fn argument_code(&mut self, frame: &mut Frame, value: &Expr, out: &mut Vec<Step>, line: u32) -> Result<String> {
        if self.has_steps(frame, value)
            && let Some((text, _)) = self.stepped_value(frame, value, out, line)?
        {
            return Ok(text);
        }
        Ok(self.code(frame, value)?.0)
    }

    /// An argument's value as code that reads no shared memory: its text when it reads none, else a
    /// temporary that a `let` before the call fills (Python computes arguments before the call).
    fn operand_local(&mut self, frame: &mut Frame, value: &Expr, out: &mut Vec<Step>, line: u32) -> Result<String> {
        let (text, precedence, reads_shared) = self.code(frame, value)?;
        Ok(self.local_operand(frame, (text, precedence, reads_shared), out, line))
    }

    /// An operand's code as code that reads no shared memory: the text itself (parenthesised unless an
    /// atom) when it reads none, else a temporary that a `let` step fills first.
    fn local_operand(&mut self, frame: &Frame, code: (String, u8, bool), out: &mut Vec<Step>, line: u32) -> String {
        let (text, precedence, reads_shared) = code;
        if !reads_shared {
            return if precedence == crate::expr::ATOM { text } else { format!("({text})") };
        }
        let operand = self.fresh_temporary(frame.task, "operand");
        out.push(Step::new("let", Node::Quoted(format!("{operand} = {text}")), line));
        operand
    }

    /// A stored value as code that reads no shared memory, its operands with steps of their own first
    /// (`a[i] = a[i] * a[i]` of an Array: each read of an element a step, session 25), as `operand_local`.
    fn stored_value_local(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let Some(ex) = self.popped_operand(frame, value, out, line)? else {
            return self.operand_local(frame, value, out, line);
        };
        let (text, precedence, _, reads_shared) = self.to_code(ex, value)?;
        Ok(self.local_operand(frame, (text, precedence, reads_shared), out, line))
    }

    /// `items.pop()` and `items.pop(0)` on a shared list that grows by `append` (a map with keys 0, 1,
    /// ...): one `atomic` step, as the one C call it is in CPython, that takes the item into `into` and,
    /// for `pop(0)`, moves every later item down one place. An empty list is a fault (KeyError where
    /// Python says IndexError).
    fn list_pop(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        call: &ast::ExprCall,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let into = match into {
            Some(into) => into.to_string(),
            None => self.temporary(frame.task, "popped"),
        };
        if self.container_call(frame, &Expr::Call(call.clone()), "pop", false).is_some() {
            return self.dict_pop(frame, shared, call, into, out, line);
        }
        if !call.arguments.keywords.is_empty() {
            return fail(call, "`pop` takes no keyword arguments");
        }
        let popleft = matches!(&*call.func, Expr::Attribute(attribute) if attribute.attr.as_str() == "popleft");
        let first = match &call.arguments.args[..] {
            [] => popleft,
            [_] if popleft => return fail(call, "`popleft` takes no arguments"),
            [index] => match self.static_value(frame, index)? {
                Value::Int(0) => true,
                Value::Int(-1) => false,
                _ => {
                    return fail(index, "`pop` on a shared list takes the first item (`pop(0)`) or the last (`pop()`)");
                }
            },
            _ => return fail(call, "`pop` takes one index"),
        };
        let last = format!("{shared}[len({shared}) - 1]");
        let mut steps = Vec::new();
        if first {
            steps.push(Step::new("let", Node::Quoted(format!("{into} = {shared}[0]")), line));
            steps.extend(self.shift_down_steps(frame, shared, line));
        } else {
            steps.push(Step::new("let", Node::Quoted(format!("{into} = {last}")), line));
        }
        steps.push(Step::new("del", Node::Quoted(last), line));
        out.push(Step::new("atomic", Node::Steps(steps), line));
        Ok(into)
    }

    /// Every item of a growing list but the first moved down one key (the last key is left for the
    /// caller's `del`): the inside of `pop(0)`, as list.pop and deque.popleft do it in one C call.
    fn shift_down_steps(&mut self, frame: &Frame, shared: &str, line: u32) -> Vec<Step> {
        let counter = self.temporary(frame.task, "k");
        let shift = vec![
            Step::new("set", Node::Quoted(format!("{shared}[{counter}] = {shared}[{counter} + 1]")), line),
            Step::new("let", Node::Quoted(format!("{counter} = {counter} + 1")), line),
        ];
        vec![
            Step::new("let", Node::Quoted(format!("{counter} = 0")), line),
            while_step(format!("{counter} < len({shared}) - 1"), shift, line),
        ]
    }

    /// Arithmetic over a `pop` on a shared list (`total + items.pop(0) * 10`): the `pop`'s step, in
    /// Python's order (what is left of it first: a left operand that reads shared memory is read into a
    /// local before the `pop`), and the expression over the popped item.
    fn popped_operand(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Ex>> {
        // `f"{counts['b']}"` of a Counter: its reads that give 0 first (counts.rs).
        if self.fstring_reads_a_default(frame, value) {
            let rewritten = self.fstring_without_default_reads(frame, value, out, line)?;
            return self.expr(frame, &rewritten, false).map(Some);
        }
        let arithmetic = matches!(value, Expr::BinOp(_)) && self.contains_stepped_operand(frame, value);
        if !arithmetic && !self.stepped_read_stored_alone(frame, value) {
            return Ok(None);
        }
        let rewritten = self.without_stepped_operands(frame, value, out, line)?;
        self.expr(frame, &rewritten, false).map(Some)
    }

    /// An operand with steps of its own: a read of the table of stepped reads (stepped_reads.rs: a `pop`
    /// on a shared list, a blocking call's result `q.get()`, a future's `f.result()`, ...) or a call of
    /// a function of the file (a partial, a closure, a lambda), inlined.
    fn is_stepped_operand(&self, frame: &Frame, expr: &Expr) -> bool {
        if self.stepped_read(frame, expr).is_some() {
            return true;
        }
        let Expr::Call(call) = expr else { return false };
        matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Function(_))))
            || self.calls_callable(frame, call)
    }

    /// Is there an operand with steps of its own in this arithmetic?
    fn contains_stepped_operand(&self, frame: &Frame, expr: &Expr) -> bool {
        // A comparison that is a read of its own (`x in items`, `set(items) == {1, 2}`) is one operand.
        if matches!(expr, Expr::Compare(_)) && self.stepped_read(frame, expr).is_some() {
            return true;
        }
        match expr {
            Expr::BinOp(binary) => {
                self.contains_stepped_operand(frame, &binary.left)
                    || self.contains_stepped_operand(frame, &binary.right)
            }
            Expr::Compare(compare) if compare.comparators.len() == 1 => {
                self.contains_stepped_operand(frame, &compare.left)
                    || self.contains_stepped_operand(frame, &compare.comparators[0])
            }
            _ => self.is_stepped_operand(frame, expr),
        }
    }

    /// A test of an `if`, a `while` or an `assert` whose operands have steps of their own (`assert
    /// sum(items) == 6`, `if d.get(k, 0) > 1:`): the steps first, in Python's order, and the test over
    /// their values (a `while` puts them at the top of every pass, where its test runs again).
    fn test_without_stepped_operands(
        &mut self,
        frame: &mut Frame,
        test: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        if let Some(flag) = self.short_circuit_test(frame, test, out, line)? {
            return Ok(Some(flag));
        }
        if !self.contains_stepped_operand(frame, test) {
            return Ok(None);
        }
        self.without_stepped_operands(frame, test, out, line).map(Some)
    }

    /// `expr` rewritten over locals that hold its stepped operands' values, their steps emitted in
    /// Python's order (left to right), each after the shared reads Python makes before it.
    fn without_stepped_operands(
        &mut self,
        frame: &mut Frame,
        expr: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Expr> {
        if self.is_stepped_operand(frame, expr) {
            let (text, _) = self.stepped_value(frame, expr, out, line)?.expect("a stepped operand has steps");
            // A `pop` or a blocking call leaves its value in a local already; an inlined function's
            // result is an expression over the callee's locals, kept in one of the caller's.
            if self.stepped_read_in_local(frame, expr) {
                return Ok(local_reference(frame, &text, expr));
            }
            let operand = self.fresh_temporary(frame.task, "operand");
            out.push(Step::new("let", Node::Quoted(format!("{operand} = {text}")), line));
            return Ok(local_reference(frame, &operand, expr));
        }
        if let Expr::Compare(compare) = expr {
            let mut rewritten = compare.clone();
            let (left, right) =
                self.operands_without_steps(frame, (&compare.left, &compare.comparators[0]), out, line)?;
            *rewritten.left = left;
            rewritten.comparators = vec![right].into_boxed_slice();
            return Ok(Expr::Compare(rewritten));
        }
        let Expr::BinOp(binary) = expr else { unreachable!("contains_stepped_operand found one") };
        let mut rewritten = binary.clone();
        let (left, right) = self.operands_without_steps(frame, (&binary.left, &binary.right), out, line)?;
        *rewritten.left = left;
        *rewritten.right = right;
        Ok(Expr::BinOp(rewritten))
    }

    /// The two operands of an operator, rewritten over locals that hold their stepped operands' values.
    fn operands_without_steps(
        &mut self,
        frame: &mut Frame,
        (left, right): (&Expr, &Expr),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(Expr, Expr)> {
        let mut rewritten = (left.clone(), right.clone());
        if self.contains_stepped_operand(frame, left) {
            // A `pop`'s or a blocking call's value lands in the task's one temporary of its kind, which
            // a second such operand would overwrite; a whole read's lands in a fresh one of its own
            // (`sum(items) + sum(x * 2 for x in items)`).
            let fresh = self.whole_read(frame, left).is_some() || self.whole_read(frame, right).is_some();
            if self.contains_stepped_operand(frame, right) && !fresh {
                // `q.get() + q.get()`: the first goes to a line of its own (hoisting.rs).
                return fail(left, crate::hoisting::two_steps_in_expression());
            }
            rewritten.0 = self.without_stepped_operands(frame, left, out, line)?;
        } else if self.contains_stepped_operand(frame, right) {
            let (text, _, reads_shared) = self.code(frame, left)?;
            if reads_shared {
                let operand = self.fresh_temporary(frame.task, "operand");
                out.push(Step::new("let", Node::Quoted(format!("{operand} = {text}")), line));
                rewritten.0 = local_reference(frame, &operand, left);
            }
        }
        if self.contains_stepped_operand(frame, right) {
            rewritten.1 = self.without_stepped_operands(frame, right, out, line)?;
        }
        Ok(rewritten)
    }

    /// A value with steps of its own (an `await`, `f.result()`, a `pop` on a shared list, alone or as an
    /// operand, or a call of a function of the file): its steps, and its text and precedence; `None` for
    /// a value that is an expression alone.
    fn stepped_value(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<(String, u8)>> {
        if let Expr::Await(_) = value
            && let Some(result) = self.hoisted_result(frame, value, out, line)?
        {
            return Ok(Some((result, crate::expr::ATOM)));
        }
        if let Some(read) = self.stepped_read_value(frame, value, out, line)? {
            return Ok(Some(read));
        }
        let ex = match value {
            Expr::Call(call) => match self.expr(frame, &call.func, false) {
                Ok(Ex::Static(Value::Function(function))) => {
                    let Some(result) = self.inline_call(frame, &function, call, out, line, true)? else {
                        return fail(value, format!("`{function}` returns nothing weft can compute"));
                    };
                    result
                }
                Ok(Ex::Static(Value::Partial(..) | Value::Closure(..) | Value::Lambda(_))) => {
                    match self.callable_call(frame, call, out, true)? {
                        Some(result) => result,
                        None => return Ok(None),
                    }
                }
                _ => return Ok(None),
            },
            _ => match self.popped_operand(frame, value, out, line)? {
                Some(ex) => ex,
                None => return Ok(None),
            },
        };
        let (text, precedence, _, _) = self.to_code(ex, value)?;
        Ok(Some((text, precedence)))
    }

    /// Does `value` have steps of its own (see `stepped_value`)?
    fn has_steps(&self, frame: &Frame, value: &Expr) -> bool {
        match value {
            Expr::Await(_) => true,
            Expr::BinOp(_) => self.contains_stepped_operand(frame, value),
            Expr::FString(_) => self.fstring_reads_a_default(frame, value),
            _ => self.is_stepped_operand(frame, value),
        }
    }

    /// Where the result of a blocking call goes: a local (for a shared target, a temporary and then a `set`).
    fn result_target(&mut self, frame: &mut Frame, name: &str, target: &Expr) -> Result<(String, Option<String>)> {
        self.check_rebinding(frame, name, target)?;
        if self.is_global_target(frame, name) && !self.keeps_module_local(frame, name) {
            if frame.module_level {
                frame.locals.remove(name);
            }
            let shared = self.shared_int_target(name, target)?;
            let temporary = self.temporary(frame.task, "result");
            return Ok((temporary, Some(shared)));
        }
        frame.known.remove(name);
        let local = self.bind_local(frame, name);
        Ok((local, None))
    }

    pub(super) fn bind_local(&mut self, frame: &mut Frame, name: &str) -> String {
        match frame.locals.get(name) {
            Some(Value::Local(local)) => local.clone(),
            _ => {
                // A function's local named as a module global assigned later (a job's parameter `n`,
                // then the module's `for` over `n`): the global may become a shared variable of that
                // name, so the local takes another.
                let reserved =
                    !frame.module_level && self.module_assigned.contains(name) && !self.globals.contains_key(name);
                let local = if reserved {
                    self.local_name(frame.task, &format!("{name}_2"))
                } else {
                    self.local_name(frame.task, name)
                };
                frame.locals.insert(name.to_string(), Value::Local(local.clone()));
                local
            }
        }
    }

    fn shared_int_target(&mut self, name: &str, target: &Expr) -> Result<String> {
        match self.globals.get(name) {
            Some(Value::Shared(shared, Shape::Int)) => Ok(shared.clone()),
            None => {
                let shared = self.object_name(name);
                let init = self.first_value_of_global(name);
                self.scenario.shared.push((shared.clone(), init));
                self.globals.insert(name.to_string(), Value::Shared(shared.clone(), Shape::Int));
                Ok(shared)
            }
            Some(other) => fail(target, format!("`{name}` is {}; weft cannot assign a number to it", other.describe())),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn store(
        &mut self,
        frame: &mut Frame,
        name: &str,
        target: &Expr,
        ex: Ex,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if let Ex::Static(Value::Opaque(what)) = &ex {
            return self.store_opaque(frame, name, target, what);
        }
        self.check_rebinding(frame, name, target)?;
        if self.keep_caught_exception(frame, name, &ex, out, line) {
            return Ok(());
        }
        if self.is_global_target(frame, name) && !self.keeps_module_local(frame, name) {
            if frame.module_level {
                // A loop's item held by the module bound again: from here on the global (rebinding.rs).
                frame.locals.remove(name);
            }
            let first = !self.globals.contains_key(name);
            if let Ex::Static(callable) = &ex
                && self.rebinds_module_callable(frame, name, &ex)
            {
                self.globals.insert(name.to_string(), callable.clone());
                return Ok(());
            }
            if first
                && frame.dynamic == 0
                && let Ex::Static(static_value) = &ex
            {
                if self.declare_float_global(name, static_value, value, out, line)? {
                    return Ok(());
                }
                return self.declare_global(name, static_value.clone(), value);
            }
            let shared = self.shared_int_target(name, target)?;
            let (text, _, _, _) = self.to_code(ex, value)?;
            // A shared variable assigned by the tasks may hold anything at a given moment: no kind kept,
            // unless this is its one binding (module_objects.rs).
            self.record_global_held(frame, (name, &shared), first, value, &text);
            out.push(Step::new("set", Node::Quoted(format!("{shared} = {text}")), line));
            return Ok(());
        }
        if let Ex::Static(constant) = &ex
            && self.bind_constant_local(frame, name, constant, Some(value), out, line)
        {
            return Ok(());
        }
        let top_level = frame.dynamic == 0 || self.binds_at_recursive_top(frame);
        let known = match &ex {
            Ex::Static(v @ (Value::Int(_) | Value::Float(_) | Value::None)) if top_level => Some(v.clone()),
            // `first = min(src, dst)` of a job's arguments: the local is still bound by its `let`, and
            // is also known at import time wherever the scenario's shape needs it (`locks[first]`).
            Ex::Code { .. } if top_level => match self.expr(frame, value, true) {
                Ok(Ex::Static(v @ Value::Int(_))) => Some(v),
                _ => None,
            },
            _ => None,
        };
        if let Ex::Static(static_value) = &ex
            && !matches!(static_value, Value::Int(_) | Value::Float(_) | Value::None)
        {
            if frame.dynamic > frame.binding_depth && !self.bound_where_every_read_follows(name, static_value, value) {
                return Err(self.bound_on_one_path(name, static_value, value));
            }
            frame.locals.insert(name.to_string(), static_value.clone());
            return Ok(());
        }
        if let Ex::Static(Value::Float(_)) = &ex {
            if frame.dynamic > 0 {
                return fail(value, "floats are only followed outside `if`s and loops (as `time.sleep` durations)");
            }
            frame.known.insert(name.to_string(), ex_value(&ex));
            frame.locals.insert(name.to_string(), Value::Float(0.0));
            if let Some(k) = known {
                frame.locals.insert(name.to_string(), k);
            }
            return Ok(());
        }
        let local = self.bind_local(frame, name);
        match known {
            Some(k) => {
                frame.known.insert(name.to_string(), k);
            }
            None => {
                frame.known.remove(name);
            }
        }
        let (text, _, _, _) = self.to_code(ex, value)?;
        self.record_held(frame, (Some(frame.task), local.clone()), value, &text);
        out.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
        Ok(())
    }

    /// `start = time.perf_counter()`, `name = threading.current_thread().name`: the name stands for a
    /// value known only when the program runs wherever it is bound (no step: no other task sees it); a
    /// name that holds anything else is refused.
    fn store_opaque(&mut self, frame: &mut Frame, name: &str, target: &Expr, what: &'static str) -> Result<()> {
        let refused =
            |other: &Value| fail(target, format!("`{name}` is {} and here {what}; use another name", other.describe()));
        if self.is_global_target(frame, name) {
            if let Some(other) = self.globals.get(name).filter(|value| !matches!(value, Value::Opaque(_))) {
                return refused(other);
            }
            self.globals.insert(name.to_string(), Value::Opaque(what));
            return Ok(());
        }
        if let Some(other) = frame.locals.get(name).filter(|value| !matches!(value, Value::Opaque(_))) {
            return refused(other);
        }
        frame.known.remove(name);
        frame.locals.insert(name.to_string(), Value::Opaque(what));
        Ok(())
    }

    /// The task-local variable that holds `task`'s attribute `attribute` of the `threading.local()`
    /// named `data`, made at its first assignment in that task.
    fn thread_local_slot(&mut self, task: usize, data: &str, attribute: &str) -> String {
        let key = (task, data.to_string(), attribute.to_string());
        if let Some(slot) = self.thread_local_slots.get(&key) {
            return slot.clone();
        }
        let slot = self.local_name(task, &format!("{data}_{attribute}"));
        self.thread_local_slots.insert(key, slot.clone());
        slot
    }

    /// A module global's first binding: a constant when nothing writes it again, else shared memory.
    fn declare_global(&mut self, name: &str, value: Value, at: &Expr) -> Result<()> {
        match value {
            Value::Int(_) | Value::None | Value::Str(_) if self.written.contains(name) => {
                let shared = self.object_name(name);
                let init = match value {
                    Value::Int(number) => SharedInit::Int(number),
                    Value::Str(text) => SharedInit::Str(text),
                    _ => SharedInit::None,
                };
                self.scenario.shared.push((shared.clone(), init));
                self.globals.insert(name.to_string(), Value::Shared(shared, Shape::Int));
            }
            Value::Local(_) => return fail(at, "a module global must start as a value known at import time"),
            other => {
                self.globals.insert(name.to_string(), other);
            }
        }
        Ok(())
    }

    /// `x += value` on a shared target (a global, a string key's variable, an item of a shared list or
    /// dict, an instance's attribute). Python reads the target first, then computes the value, then adds
    /// and writes: a value with steps of its own (`buf.get()` of the file, `f.result()`, `await t`,
    /// `items.pop(0)`) is computed after the target is read into a local, keeping the window in which
    /// CPython loses an update made while those steps run.
    fn augmented_shared(
        &mut self,
        frame: &mut Frame,
        place: &str,
        symbol: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let needed = if matches!(symbol, "+" | "-") { crate::expr::SUM + 1 } else { crate::expr::PRODUCT + 1 };
        let (before, (text, precedence)) = if self.has_steps(frame, value) {
            let before = self.fresh_temporary(frame.task, "before");
            out.push(Step::new("let", Node::Quoted(format!("{before} = {place}")), line));
            let stepped = self.stepped_value(frame, value, out, line)?;
            (before, stepped.expect("has_steps said it has steps"))
        } else {
            let (text, precedence, _) = self.code(frame, value)?;
            (place.to_string(), (text, precedence))
        };
        let sum = format!("{before} {symbol} {}", wrap(&text, precedence, needed));
        out.push(Step::new("set", Node::Quoted(format!("{place} = {sum}")), line));
        Ok(())
    }

    /// The shared memory an augmented assignment's target names (for an item, its index read once:
    /// into a local first when it reads shared memory), or `None` for a local.
    fn augmented_place(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<String>> {
        match target {
            Expr::Name(name) if self.is_global_target(frame, name.id.as_str()) => {
                self.shared_int_target(name.id.as_str(), target).map(Some)
            }
            Expr::Name(_) => Ok(None),
            Expr::Subscript(subscript) => {
                let container = self.expr(frame, &subscript.value, false)?;
                if let Ex::Static(Value::Record(fields)) = &container {
                    return self.record_field(frame, fields, &subscript.slice).map(Some);
                }
                if let Ex::Static(Value::Object(Object::SharedValue { items: Some(items), .. })) = &container {
                    return self.shared_array_item(frame, items, &subscript.slice).map(Some);
                }
                let Ex::Static(Value::Shared(shared, shape @ (Shape::Array(_) | Shape::Map { .. }))) = container else {
                    return fail(target, "item assignment is supported on shared lists and dicts");
                };
                if shape == (Shape::Map { dense: false }) {
                    self.refuse_float_key(frame, &shared, &subscript.slice)?;
                    if let Some(key) = self.static_tuple_key(frame, &shared, &subscript.slice)? {
                        return Ok(Some(format!("{shared}[{key}]")));
                    }
                }
                let (index, _, index_reads) = self.code(frame, &subscript.slice)?;
                // Python reads the index once; a shared index is read into a local first.
                let index = if index_reads {
                    let temporary = self.temporary(frame.task, "index");
                    out.push(Step::new("let", Node::Quoted(format!("{temporary} = {index}")), line));
                    temporary
                } else {
                    index
                };
                Ok(Some(format!("{shared}[{}]", self.map_key(&shared, index))))
            }
            Expr::Attribute(attribute) => match self.instance_int_target(frame, attribute)? {
                Some(shared) => Ok(Some(shared)),
                None if let Some(item) = self.run_time_attribute_place(frame, attribute) => Ok(Some(item)),
                None if let Some(refusal) = self.dispatched_receiver_refusal(frame, &attribute.value) => Err(refusal),
                None => fail(
                    target,
                    "augmented assignment to an attribute is supported on the attributes of instances of the file's classes",
                ),
            },
            _ => fail(target, "this augmented assignment target is not supported"),
        }
    }

    /// `x += value` on a local: a local is the task's own, so the order of its read does not matter.
    fn augmented_local(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAugAssign,
        symbol: &str,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Expr::Name(name) = &*assign.target else { unreachable!("only a name is a local target") };
        let id = name.id.as_str();
        let needed = if matches!(symbol, "+" | "-") { crate::expr::SUM + 1 } else { crate::expr::PRODUCT + 1 };
        let (value_text, value_precedence) = match self.stepped_value(frame, &assign.value, out, line)? {
            Some(stepped) => stepped,
            None => {
                let (text, precedence, _) = self.code(frame, &assign.value)?;
                (text, precedence)
            }
        };
        let value_text = wrap(&value_text, value_precedence, needed);
        let Some(Value::Local(local)) = frame.locals.get(id).cloned() else {
            return fail(
                assign.target.as_ref(),
                format!("`{id}` is read before it is assigned (Python raises UnboundLocalError)"),
            );
        };
        if frame.dynamic > 0 {
            frame.known.remove(id);
        } else if let (Some(Value::Int(old)), Ok(Value::Int(delta))) =
            (frame.known.get(id).cloned(), self.static_value(frame, &assign.value))
        {
            let updated = match symbol {
                "+" => old.checked_add(delta),
                "-" => old.checked_sub(delta),
                "*" => old.checked_mul(delta),
                _ => None,
            };
            match updated {
                Some(v) => frame.known.insert(id.to_string(), Value::Int(v)),
                None => frame.known.remove(id),
            };
        } else {
            frame.known.remove(id);
        }
        out.push(Step::new("let", Node::Quoted(format!("{local} = {local} {symbol} {value_text}")), line));
        Ok(())
    }

    /// `atoms += [threading.Thread(target=oxygen) for _ in range(2)]` on a list known at import time
    /// (threads, locks, futures): the list grows by the new items, made here. `None` when the target is
    /// no such list.
    /// `items += [a, b]` of a shared list that grows: `list.__iadd__` extends it in place, one C call,
    /// as `items.extend([a, b])` (the rebinding that follows stores the same list back).
    fn extended_shared_list(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAugAssign,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<()>> {
        let Expr::Name(name) = &*assign.target else { return Ok(None) };
        let Some(receiver @ Value::Shared(_, Shape::Map { dense: true })) = self.resolve(frame, name.id.as_str())
        else {
            return Ok(None);
        };
        if assign.op != ast::Operator::Add || !matches!(&*assign.value, Expr::List(_) | Expr::Tuple(_)) {
            return Ok(None);
        }
        let extend = ast::ExprCall {
            node_index: ast::AtomicNodeIndex::default(),
            range_start: assign.range.start(),
            func: Box::new(Expr::Attribute(ast::ExprAttribute {
                node_index: ast::AtomicNodeIndex::default(),
                range: assign.target.range(),
                value: assign.target.clone(),
                attr: ast::Identifier::new("extend", assign.target.range()),
                ctx: ast::ExprContext::Load,
            })),
            arguments: ast::Arguments {
                node_index: ast::AtomicNodeIndex::default(),
                range: assign.value.range(),
                args: Box::new([(*assign.value).clone()]),
                keywords: Default::default(),
            },
        };
        self.method_statement(frame, &receiver, "extend", &extend, out, line).map(|done| done.then_some(()))
    }

    fn extended_static_list(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAugAssign,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<()>> {
        let Expr::Name(name) = &*assign.target else { return Ok(None) };
        if !matches!(assign.op, ast::Operator::Add | ast::Operator::Mult)
            || !matches!(self.resolve(frame, name.id.as_str()), Some(Value::List(_)))
        {
            return Ok(None);
        }
        let operator = if assign.op == ast::Operator::Mult { "*=" } else { "+=" };
        self.refuse_given_list_change(frame, name.id.as_str(), operator, &assign.range)?;
        if assign.op == ast::Operator::Mult {
            return self.repeated_static_list(frame, assign, name).map(Some);
        }
        if frame.dynamic > 0 {
            return fail(
                &assign.range,
                "a list of threads or objects extended inside an `if` or a loop the scenario runs cannot be followed at import time",
            );
        }
        let added = match self.creation(frame, name.id.as_str(), &assign.value, out, line)? {
            Some(created) => created,
            None => self.static_value(frame, &assign.value)?,
        };
        let Value::List(added) = added else {
            return fail(&*assign.value, "`+=` on a list known at import time takes a list");
        };
        let id = name.id.to_string();
        let slot =
            if given_lists::reads_local(frame, &id) { frame.locals.get_mut(&id) } else { self.globals.get_mut(&id) };
        if let Some(Value::List(items)) = slot {
            items.extend(added);
        }
        Ok(Some(()))
    }

    fn augmented(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAugAssign,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if let Some((target, quotient)) = self.true_division_assignment(assign) {
            return self.assign(frame, &target, &quotient, out, line);
        }
        // `acc ^= x` of a name: `acc = acc ^ x` (expr/bitwise.rs).
        if let Some((target, value)) = self.bitwise_assignment(assign) {
            return self.assign(frame, &target, &value, out, line);
        }
        let symbol = match assign.op {
            ast::Operator::Add => "+",
            ast::Operator::Sub => "-",
            ast::Operator::Mult => "*",
            ast::Operator::FloorDiv => "//",
            ast::Operator::Mod => "%",
            _ => {
                return fail(
                    &assign.range,
                    "this augmented assignment has no integer form in weft's scenarios (use +=, -=, *=, //=, %=, or `^=`, `&=`, `|=`, `<<=`, `>>=` of a name)",
                );
            }
        };
        self.refuse_unbound_local(frame, &assign.target)?;
        if self.record_augmented_by_run_time_key(frame, assign, out, line)?
            || self.array_augmented_by_run_time_index(frame, assign, out, line)?
        {
            return Ok(());
        }
        if let Some(summed) = self.augmented_run_time_sum(frame, assign, out, line)? {
            return self.augmented(frame, &summed, out, line);
        }
        if let Some(extended) = self.extended_static_list(frame, assign, out, line)? {
            return Ok(extended);
        }
        if let Some(extended) = self.extended_shared_list(frame, assign, out, line)? {
            return Ok(extended);
        }
        self.refuse_augmented_object(frame, assign)?;
        self.refuse_repeated_run_time_list(frame, assign)?;
        if let Expr::Attribute(attribute) = &*assign.target
            && let Ok(Ex::Static(Value::ThreadLocal(data))) = self.expr(frame, &attribute.value, false)
        {
            // The thread's own variable: no other thread sees it, so no read-then-write race.
            let Some(slot) = self.thread_local_slots.get(&(frame.task, data, attribute.attr.to_string())).cloned()
            else {
                return fail(&*assign.target, thread_local_unset(attribute.attr.as_str()));
            };
            let value = self.argument_code(frame, &assign.value, out, line)?;
            out.push(Step::new("let", Node::Quoted(format!("{slot} = {slot} {symbol} ({value})")), line));
            return Ok(());
        }
        // `counts[k] += 1` of a Counter or defaultdict: the read that gives 0 for a missing key, then the
        // write (`counts[k] = counts[k] + 1` with that read).
        if let Expr::Subscript(subscript) = &*assign.target
            && self.map_read(frame, &assign.target).is_some()
        {
            let read = Expr::Subscript(ast::ExprSubscript { ctx: ast::ExprContext::Load, ..subscript.clone() });
            let value = Expr::BinOp(ast::ExprBinOp {
                node_index: ast::AtomicNodeIndex::default(),
                range: assign.range,
                left: Box::new(read),
                op: assign.op,
                right: assign.value.clone(),
            });
            return self.assign(frame, &assign.target, &value, out, line);
        }
        match self.augmented_place(frame, &assign.target, out, line)? {
            Some(place) => self.augmented_shared(frame, &place, symbol, &assign.value, out, line),
            None => self.augmented_local(frame, assign, symbol, out, line),
        }
    }

    // ---- objects made at import time --------------------------------------------------------------

    /// If `value` makes a thread, a synchronization object, a queue, a list or a dict, makes it.
    pub(super) fn creation(
        &mut self,
        frame: &mut Frame,
        hint: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        if let Some(table) = self.callback_table_creation(frame, hint, value)? {
            return Ok(Some(table));
        }
        match value {
            Expr::Call(call) => {
                if let Some(proxy) = self.manager_creation(frame, hint, call)? {
                    return Ok(Some(proxy));
                }
                let callee = self.expr(frame, &call.func, false);
                if let Ok(Ex::Static(Value::Class(class))) = callee {
                    return self.instantiate(frame, hint, &class, call, out, line).map(Some);
                }
                let Ok(Ex::Static(Value::Module(callee))) = callee else {
                    return Ok(None);
                };
                self.construct(frame, hint, &callee, call, out, line)
            }
            Expr::List(list) => {
                if let Some(records) = self.module_list_of_records(frame, hint, list, out, line)? {
                    return Ok(Some(records));
                }
                if self.thread_lists.contains(hint) && list.elts.is_empty() {
                    return Ok(Some(Value::List(Items::default())));
                }
                if let Some(callbacks) = self.callback_list(frame, hint, list)? {
                    return Ok(Some(callbacks));
                }
                let mut items = Vec::with_capacity(list.elts.len());
                for element in &list.elts {
                    match self.creation(frame, hint, element, out, line)? {
                        Some(created) => items.push(created),
                        None => items.push(self.static_value(frame, element)?),
                    }
                }
                if let Some(list) = self.growing_tuple_list(frame, hint, (value, &items), out, line) {
                    return Ok(Some(list));
                }
                self.list_value(frame, hint, Value::List(items.into()), value).map(Some)
            }
            // `[Thread(target=reader) for _ in range(2)] + [Thread(target=writer)]`: each side made in
            // Python's order, then the two lists joined.
            Expr::BinOp(binary)
                if binary.op == ast::Operator::Add
                    && (matches!(&*binary.left, Expr::ListComp(_)) || matches!(&*binary.right, Expr::ListComp(_))) =>
            {
                let mut joined = Vec::new();
                for side in [&*binary.left, &*binary.right] {
                    match self.creation(frame, hint, side, out, line)? {
                        Some(Value::List(items)) => joined.extend(items),
                        _ => {
                            return fail(
                                side,
                                "`+` of lists is supported between lists of threads or objects made here",
                            );
                        }
                    }
                }
                if joined.iter().all(|item| Item::of(item).is_some()) {
                    return self.list_value(frame, hint, Value::List(joined.into()), value).map(Some);
                }
                Ok(Some(Value::List(joined.into())))
            }
            Expr::BinOp(binary)
                if matches!(&*binary.left, Expr::List(_)) || matches!(&*binary.right, Expr::List(_)) =>
            {
                let items = self.static_value(frame, value)?;
                self.list_value(frame, hint, items, value).map(Some)
            }
            Expr::ListComp(comprehension) => {
                let items = self.comprehension(frame, hint, comprehension, out, line)?;
                if items.iter().all(|v| Item::of(v).is_some()) {
                    self.list_value(frame, hint, Value::List(items.into()), value).map(Some)
                } else {
                    Ok(Some(Value::List(items.into())))
                }
            }
            // `locks = {"a": threading.Lock(), "b": threading.Lock()}`: the objects, each made here and named
            // after its key, found by keys known at import time.
            Expr::Dict(dict)
                if self.has_string_keys(frame, dict)
                    && dict.items.iter().all(|item| matches!(&item.value, Expr::Call(_))) =>
            {
                let mut objects = Vec::new();
                for item in &dict.items {
                    let Some(key) = item.key.as_ref() else {
                        return fail(&item.value, "`**` in a dict of objects is not supported");
                    };
                    objects.push(self.one_object_entry(frame, hint, key, &item.value, out, line)?);
                }
                Ok(Some(Value::Objects(objects)))
            }
            // `eaten = {i: 0 for i in range(n)}` over items known at import time: the dict it makes,
            // declared as its display would be.
            Expr::DictComp(comprehension) if Self::makes_objects(comprehension) => {
                self.object_dict_comprehension(frame, hint, comprehension, out, line).map(Some)
            }
            Expr::DictComp(comprehension) => {
                let pairs = self.static_dict_comprehension(frame, comprehension)?;
                self.declare_dict(frame, hint, pairs, value).map(Some)
            }
            // `HANDLERS = {"a": on_a}`: functions looked up by keys known at import time (function_dicts.rs).
            Expr::Dict(dict) if self.has_string_keys(frame, dict) && self.holds_functions(frame, dict) => {
                self.function_dict(frame, dict).map(Some)
            }
            // `latencies = {"users": 0.03, "orders": 0.01}`: a float is no value of the scenario, but a
            // dict of floats under string keys, looked up by keys known at import time, gives each as a
            // sleep's duration; its iteration runs over its keys in the display's order, as Python's.
            Expr::Dict(dict) if self.has_string_keys(frame, dict) && self.holds_a_float(frame, dict) => {
                let mut constants: Vec<(String, Value)> = Vec::with_capacity(dict.items.len());
                for item in &dict.items {
                    let Some(Value::Str(key)) = item.key.as_ref().and_then(|key| self.static_value(frame, key).ok())
                    else {
                        return fail(&item.value, "a dict mixes string keys with others");
                    };
                    let value = self.static_value(frame, &item.value)?;
                    if !is_duration_entry(&value) {
                        return fail(
                            &item.value,
                            "a dict of floats holds numbers, None, or lists of numbers, known at import time only here",
                        );
                    }
                    match constants.iter_mut().find(|(known, _)| *known == key) {
                        Some((_, stored)) => *stored = value,
                        None => constants.push((key, value)),
                    }
                }
                Ok(Some(Value::Objects(constants)))
            }
            // `LINKS = {"/": ["/about"], ...}` at module level: a dict of lists (or dicts, sets) is an
            // object made at run time, by main where the module makes it, held by a shared variable.
            Expr::Dict(dict)
                if frame.module_level && dict.items.iter().any(|item| tuple_objects::holds_an_object(&item.value)) =>
            {
                self.module_object(frame, hint, value, out, line).map(Some)
            }
            // `IMAGES = {"cat.png": (640, 480), ...}` at module level: a tuple is a value made at run
            // time, which no shared variable can be declared with, so the dict is one object made at
            // run time too, as a dict of lists is (session 33, session32/f06).
            Expr::Dict(dict)
                if frame.module_level && dict.items.iter().any(|item| matches!(&item.value, Expr::Tuple(_))) =>
            {
                // `LINKS = {0: (1, 2), 3: ()}`: weft's values have no empty tuple (session17/c124).
                if let Some(empty) =
                    dict.items.iter().find(|item| matches!(&item.value, Expr::Tuple(tuple) if tuple.elts.is_empty()))
                {
                    return fail(
                        &empty.value,
                        "an empty tuple `()` in a dict of tuples is not supported (weft's values have no empty tuple): write a list display of the tuples' items (`[]`, `[1, 2]`) for each value",
                    );
                }
                self.module_object(frame, hint, value, out, line).map(Some)
            }
            Expr::Dict(dict) => {
                let mut pairs: Vec<(Item, Item)> = Vec::with_capacity(dict.items.len());
                for item in &dict.items {
                    let Some(key) = &item.key else {
                        return fail(&item.value, "`**` in a dict display is not supported");
                    };
                    let (key, value) = (self.static_item(frame, key)?, self.static_item(frame, &item.value)?);
                    store_pair(&mut pairs, key, value);
                }
                self.declare_dict(frame, hint, pairs, value).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// The key and value pairs `{k: v for x in items}` makes, every one known at import time, in
    /// Python's order: a key made again keeps its first place and takes the later value, as a dict's
    /// store does.
    fn static_dict_comprehension(
        &mut self,
        frame: &mut Frame,
        comprehension: &ast::ExprDictComp,
    ) -> Result<Vec<(Item, Item)>> {
        let [generator] = comprehension.generators.as_slice() else {
            return fail(&comprehension.range, "a dict comprehension with one `for` is supported");
        };
        if !generator.ifs.is_empty() || generator.is_async {
            return fail(&comprehension.range, "a dict comprehension with `if` or `async for` is not supported");
        }
        if !matches!(&generator.target, Expr::Name(_)) && !is_tuple_of_names(&generator.target) {
            return fail(&generator.target, "the comprehension's variable must be a name or a tuple of names");
        }
        let Some(key_expr) = comprehension.key.as_deref() else {
            return fail(&comprehension.range, "`**` in a dict comprehension is not supported");
        };
        let items = self.static_iteration(frame, &generator.iter)?;
        if items.len() > MAX_UNROLL {
            return fail(&generator.iter, "a dict comprehension makes at most 1,000 items at import time");
        }
        let names = names_in(&generator.target);
        let saved = SavedBindings::of(frame, names.iter());
        let mut pairs: Vec<(Item, Item)> = Vec::with_capacity(items.len());
        let mut result = Ok(());
        for item in items {
            result = bind_comprehension(frame, &generator.target, item).and_then(|()| {
                let key = self.static_item(frame, key_expr)?;
                let value = self.static_item(frame, &comprehension.value)?;
                store_pair(&mut pairs, key, value);
                Ok(())
            });
            if result.is_err() {
                break;
            }
        }
        saved.restore(frame);
        result.map(|()| pairs)
    }

    /// A dict known at import time: a shared variable per key when every key is a string (as a display
    /// of string keys is), else a shared map.
    /// A dict with string keys that gains a key its display does not list (or a key known only at run
    /// time) is a shared map, as one that starts empty is (grown_dicts.rs).
    fn declare_dict(&mut self, frame: &Frame, hint: &str, pairs: Vec<(Item, Item)>, display: &Expr) -> Result<Value> {
        let grows = self.grown_dicts.contains(&display.start().to_usize());
        if !grows && !pairs.is_empty() && pairs.iter().all(|(key, _)| matches!(key, Item::Str(_))) {
            let mut fields = Vec::with_capacity(pairs.len());
            for (key, value) in pairs {
                let Item::Str(key) = key else { unreachable!("checked above") };
                let init = match value {
                    Item::None => SharedInit::None,
                    Item::Str(text) => SharedInit::Str(text),
                    Item::Int(number) => SharedInit::Int(number),
                };
                let shared = self.declare_shared(frame, &format!("{hint}_{key}"), init);
                fields.push((key, shared));
            }
            if let Some((_, first)) = fields.first() {
                self.record_displays.insert(first.clone(), display.start().to_usize());
            }
            return Ok(Value::Record(fields));
        }
        let shared = self.declare_shared(frame, hint, SharedInit::Map(pairs));
        Ok(Value::Shared(shared, Shape::Map { dense: false }))
    }

    /// A key or value of a dict display known at import time: a number, None or a string.
    fn static_item(&self, frame: &Frame, expr: &Expr) -> Result<Item> {
        let value = self.static_value(frame, expr)?;
        match Item::of(&value) {
            Some(item) => Ok(item),
            None => fail(
                expr,
                format!("this is {}, where weft needs a number, None or a string", self.described(frame, expr, &value)),
            ),
        }
    }

    /// Whether a dict display holds a float known at import time among its values.
    /// (`{"fast": 0.001}`, or in a list of numbers: `{"flaky": [0.05, 0.002]}`).
    fn holds_a_float(&self, frame: &Frame, dict: &ast::ExprDict) -> bool {
        dict.items.iter().any(|item| match self.static_value(frame, &item.value) {
            Ok(Value::Float(_)) => true,
            Ok(Value::List(items)) if matches!(item.value, Expr::List(_)) => {
                items.iter().any(|item| matches!(item, Value::Float(_)))
            }
            _ => false,
        })
    }

    /// A dict display whose keys are all strings known at import time (`{"hits": 0, "misses": 0}`).
    fn has_string_keys(&self, frame: &Frame, dict: &ast::ExprDict) -> bool {
        !dict.items.is_empty()
            && dict.items.iter().all(|item| {
                item.key.as_ref().is_some_and(|key| matches!(self.static_value(frame, key), Ok(Value::Str(_))))
            })
    }

    fn list_value(&mut self, frame: &Frame, hint: &str, items: Value, at: &Expr) -> Result<Value> {
        let Value::List(items) = items else {
            return fail(at, "not a list");
        };
        // Numbers, None and strings are the values a shared list holds; a list of anything else
        // (threads, locks) stays a list known at import time.
        let Some(numbers) = items.iter().map(Item::of).collect::<Option<Vec<Item>>>() else {
            return Ok(Value::List(items));
        };
        // An empty list nothing appends to (`order = []`, never used) has no array form (an array has at
        // least one element): it is the empty map a growing list is, whose length stays 0.
        if self.appended.contains(hint) || numbers.is_empty() {
            let pairs = numbers.into_iter().enumerate().map(|(k, v)| (Item::Int(k as i64), v)).collect();
            let shared = self.declare_list(frame, hint, pairs);
            return Ok(Value::Shared(shared, Shape::Map { dense: true }));
        }
        let length = numbers.len();
        let shared = self.declare_shared(frame, hint, SharedInit::Array(numbers));
        Ok(Value::Shared(shared, Shape::Array(length)))
    }

    /// A Python list that grows (or a deque): a shared map of its indexes, declared under `lists:` so
    /// that a missing index is IndexError.
    pub(super) fn declare_list(&mut self, frame: &Frame, hint: &str, items: Vec<(Item, Item)>) -> String {
        let shared = self.declare_shared(frame, hint, SharedInit::Map(items));
        self.scenario.lists.push(shared.clone());
        shared
    }

    fn declare_shared(&mut self, _frame: &Frame, hint: &str, init: SharedInit) -> String {
        let shared = self.object_name(hint);
        self.scenario.shared.push((shared.clone(), init));
        shared
    }

    fn comprehension(
        &mut self,
        frame: &mut Frame,
        hint: &str,
        comprehension: &ast::ExprListComp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Vec<Value>> {
        let generator = comprehension_generator(comprehension)?;
        let items = match self.display_records(frame, &generator.target, &generator.iter, out, line)? {
            Some(records) => records,
            None => self.static_iteration(frame, &generator.iter)?,
        };
        self.record_folded_items(comprehension, items.len());
        let items = self.kept_items(frame, comprehension.range, generator, items)?;
        for_each_comprehension_item(frame, generator, items, |frame| {
            match self.creation(frame, hint, &comprehension.elt, out, line)? {
                Some(created) => Ok(created),
                None => self.static_value(frame, &comprehension.elt),
            }
        })
    }

    /// `[f"page-{i}" for i in range(3)]` as an argument or an operand: a list known at import time,
    /// each item computed from the comprehension's variable (the `elt` may make nothing: that needs an
    /// assignment, which names what it makes).
    pub(crate) fn static_comprehension(&self, frame: &Frame, comprehension: &ast::ExprListComp) -> Result<Vec<Value>> {
        let generator = comprehension_generator(comprehension)?;
        let items = self.static_iteration(frame, &generator.iter)?;
        self.record_folded_items(comprehension, items.len());
        let items = self.kept_items(frame, comprehension.range, generator, items)?;
        let mut scratch = frame.clone();
        for_each_comprehension_item(&mut scratch, generator, items, |frame| {
            self.static_value(frame, &comprehension.elt)
        })
    }

    /// The items of a `range(...)` or list known at import time, or of `enumerate(...)` or `zip(...)`
    /// of those (each item a tuple, as Python's).
    pub(crate) fn static_iteration(&self, frame: &Frame, iterable: &Expr) -> Result<Vec<Value>> {
        if let Expr::Call(call) = iterable
            && let Expr::Name(callee) = &*call.func
            && matches!(callee.id.as_str(), "enumerate" | "zip")
            && self.resolve(frame, callee.id.as_str()).is_none()
            && (call.arguments.keywords.is_empty() || enumerate_start_keyword(call).is_some())
        {
            return self.paired_iteration(frame, callee.id.as_str(), call);
        }
        if let Some(items) = self.builtin_iteration(frame, iterable)? {
            return Ok(items);
        }
        if let Some(items) = self.constant_record_view(frame, iterable)? {
            return Ok(items);
        }
        if let Some(items) = self.module_display_view(frame, iterable)? {
            return Ok(items);
        }
        if let Some(items) = self.local_display_view(frame, iterable) {
            return Ok(items);
        }
        // `for n in taken` of a display whose values change and whose keys never do (display_keys.rs).
        if let Some(keys) = self.stable_display_keys(frame, iterable)? {
            return Ok(keys);
        }
        if let Some(items) = self.number_table_view(frame, iterable) {
            return Ok(items);
        }
        if let Some(items) = self.future_entries_view(frame, iterable) {
            return Ok(items);
        }
        if let Some(items) = self.list_dict_view(frame, iterable) {
            return Ok(items);
        }
        if let Expr::Call(call) = iterable
            && let Some(Value::List(lists)) = self.computed_list_of_lists(frame, call)
        {
            return Ok(lists.into_vec());
        }
        if let Some((start, stop, step)) = self.static_range(frame, iterable)? {
            let count = range_count(start, stop, step);
            if count > MAX_UNROLL as i64 {
                return fail(
                    iterable,
                    format!("this range has {count} items; weft unrolls at most {MAX_UNROLL} at import time"),
                );
            }
            return Ok((0..count).map(|k| Value::Int(start + k * step)).collect());
        }
        match self.static_value(frame, iterable)? {
            Value::List(items) => Ok(items.into_vec()),
            // A dict whose keys are strings known at import time: `for key in d:` runs over its keys.
            Value::Record(fields) => Ok(fields.into_iter().map(|(key, _)| Value::Str(key)).collect()),
            Value::Objects(entries) => Ok(entries.into_iter().map(|(key, _)| Value::Str(key)).collect()),
            // A module list nobody writes (`urls = [...]` only read): its items are known at import time.
            Value::Shared(name, Shape::Array(_)) if !self.is_written(&name) => Ok(self.array_values(&name)),
            // A string known at import time (an argument written in the call): its characters.
            Value::Str(text) if text.chars().count() <= MAX_UNROLL => {
                Ok(text.chars().map(|character| Value::Str(character.to_string())).collect())
            }
            Value::Shared(..) if let Some(words) = self.set_walk_refusal(iterable) => fail(iterable, words),
            other => fail(
                iterable,
                format!("weft cannot iterate over {} at import time", self.described(frame, iterable, &other)),
            ),
        }
    }

    /// `enumerate(items[, start])` or `zip(a, b, ...)` over items known at import time.
    fn paired_iteration(&self, frame: &Frame, callee: &str, call: &ast::ExprCall) -> Result<Vec<Value>> {
        let args = &call.arguments.args;
        if callee == "enumerate" {
            let (items, start) = match (&args[..], enumerate_start_keyword(call)) {
                ([items], None) => (items, 0),
                ([items, start], None) | ([items], Some(start)) => (items, self.static_int(frame, start)?),
                _ => return fail(call, "`enumerate` takes the items and an optional start"),
            };
            let items = self.static_iteration(frame, items)?;
            return Ok(items
                .into_iter()
                .zip(start..)
                .map(|(item, index)| Value::List(Items::tuple(vec![Value::Int(index), item])))
                .collect());
        }
        if args.is_empty() {
            return fail(call, "`zip` takes the lists to pair");
        }
        let mut columns = Vec::with_capacity(args.len());
        for arg in args.iter() {
            // `zip(CHECKS, futures)`: a list of futures gives each of its futures (collection_objects.rs).
            match self.zipped_futures(frame, arg) {
                Some(futures) => columns.push(futures),
                None => columns.push(self.static_iteration(frame, arg)?),
            }
        }
        let rows = columns.iter().map(Vec::len).min().unwrap_or(0);
        Ok((0..rows)
            .map(|row| Value::List(Items::tuple(columns.iter().map(|column| column[row].clone()).collect())))
            .collect())
    }

    /// `range(...)` with bounds known at import time, if `iterable` is one.
    pub(crate) fn static_range(&self, frame: &Frame, iterable: &Expr) -> Result<Option<(i64, i64, i64)>> {
        let Some(args) = self.range_args(frame, iterable) else {
            return Ok(None);
        };
        let mut numbers = Vec::new();
        for arg in args {
            if self.holds_root(frame, arg) {
                return Ok(None);
            }
            match self.expr(frame, arg, true)? {
                Ex::Static(Value::Int(n)) => numbers.push(n),
                _ => return Ok(None),
            }
        }
        let (start, stop, step) = match numbers.as_slice() {
            [stop] => (0, *stop, 1),
            [start, stop] => (*start, *stop, 1),
            [start, stop, step] => (*start, *stop, *step),
            _ => return fail(iterable, "`range` takes one to three arguments"),
        };
        if step == 0 {
            return fail(iterable, "`range` with a step of 0 (Python raises ValueError)");
        }
        Ok(Some((start, stop, step)))
    }

    fn range_args<'e>(&self, frame: &Frame, iterable: &'e Expr) -> Option<&'e [Expr]> {
        let Expr::Call(call) = iterable else {
            return None;
        };
        match self.expr(frame, &call.func, false) {
            Ok(Ex::Static(Value::Module(name))) if name == "range" && call.arguments.keywords.is_empty() => {
                Some(&call.arguments.args)
            }
            _ => None,
        }
    }

    fn construct(
        &mut self,
        frame: &mut Frame,
        hint: &str,
        callee: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        // asyncio's own primitives are made as the threading ones are, then marked `asyncio: true`.
        let asyncio_twin = asyncio_primitives::threading_twin(callee);
        let callee = asyncio_twin.unwrap_or(callee);
        let object = match callee {
            "threading.local" => {
                no_arguments(call)?;
                return Ok(Some(Value::ThreadLocal(self.object_name(hint))));
            }
            "threading.Thread" => return self.create_thread(frame, call, line).map(Some),
            "threading.Timer" => return self.create_timer(frame, call, line).map(Some),
            "multiprocessing.Process" => return self.create_process(frame, call, line).map(Some),
            "multiprocessing.Value" | "multiprocessing.RawValue" => {
                if let Some(doubles) = self.make_shared_doubles(frame, hint, callee, call, out, line)? {
                    return Ok(Some(doubles));
                }
                return self.make_shared_value(frame, hint, callee, call).map(Some);
            }
            "multiprocessing.Array" | "multiprocessing.RawArray" => {
                if let Some(doubles) = self.make_shared_doubles(frame, hint, callee, call, out, line)? {
                    return Ok(Some(doubles));
                }
                return self.make_shared_array(frame, hint, callee, call).map(Some);
            }
            "threading.Lock" | "threading.RLock" | "multiprocessing.Lock" | "multiprocessing.RLock" => {
                no_arguments(call)?;
                let name = self.object_name(hint);
                let reentrant = callee.ends_with("RLock");
                self.scenario.locks.push((name.clone(), reentrant));
                if callee.starts_with("multiprocessing.") {
                    self.multiprocessing_locks.insert(name.clone());
                }
                Object::Lock { name, reentrant }
            }
            "threading.Semaphore" | "threading.BoundedSemaphore" => {
                let value = match (call.arguments.args.first(), call.arguments.find_keyword("value")) {
                    (Some(arg), _) => self.static_int(frame, arg)?,
                    (None, Some(keyword)) => self.static_int(frame, &keyword.value)?,
                    (None, None) => 1,
                };
                if value < 0 {
                    return fail(call, "a semaphore's initial value must not be negative (Python raises ValueError)");
                }
                let name = self.object_name(hint);
                self.scenario.semaphores.push((name.clone(), value, callee.ends_with("BoundedSemaphore")));
                Object::Semaphore(name)
            }
            "threading.Event" | "multiprocessing.Event" => {
                no_arguments(call)?;
                let name = self.object_name(hint);
                self.scenario.events.push(name.clone());
                if callee.starts_with("multiprocessing.") {
                    self.multiprocessing_events.insert(name.clone());
                }
                Object::Event(name)
            }
            "threading.Condition" => {
                let given = call.arguments.args.first().or(call.arguments.find_keyword("lock").map(|k| &k.value));
                // `Condition(threading.Lock())`: the lock made here, named after the condition.
                let made = match given {
                    Some(arg @ Expr::Call(_)) => self.creation(frame, &format!("{hint}_lock"), arg, out, line)?,
                    _ => None,
                };
                let lock = match given {
                    None => None,
                    Some(arg) => match made.map_or_else(|| self.static_value(frame, arg), Ok)? {
                        Value::Object(Object::Lock { name, .. }) => {
                            self.check_same_family(&name, asyncio_twin.is_some(), arg)?;
                            Some(name)
                        }
                        Value::None => None,
                        other => {
                            return fail(
                                arg,
                                format!("a Condition is built on a Lock or RLock, not {}", other.describe()),
                            );
                        }
                    },
                };
                let name = self.object_name(hint);
                self.scenario.conditions.push((name.clone(), lock.clone()));
                Object::Condition { with_lock: lock.unwrap_or_else(|| name.clone()), name }
            }
            "threading.Barrier" => {
                let Some(parties) = call.arguments.args.first() else {
                    return fail(call, "`Barrier` needs the number of parties");
                };
                let parties = self.static_int(frame, parties)?;
                let known_keywords = call
                    .arguments
                    .keywords
                    .iter()
                    .all(|k| k.arg.as_ref().is_some_and(|a| a == "timeout" || a == "action"));
                if parties < 1 || call.arguments.args.len() > 1 || !known_keywords {
                    return fail(
                        call,
                        "`Barrier(n)`, `Barrier(n, timeout=t)` and `Barrier(n, action=f)` with n at least 1 are supported",
                    );
                }
                let action = match call.arguments.find_keyword("action").map(|k| &k.value) {
                    None => None,
                    Some(given) => match self.static_value(frame, given)? {
                        Value::Function(function) if call.arguments.find_keyword("timeout").is_none() => Some(function),
                        Value::Function(_) => {
                            return fail(call, "a Barrier with both an `action` and a `timeout` is not supported");
                        }
                        other => {
                            return fail(
                                given,
                                format!("a Barrier's `action` is a function of this file, not {}", other.describe()),
                            );
                        }
                    },
                };
                let timeout = match call.arguments.find_keyword("timeout").map(|k| &k.value) {
                    Some(given) if self.static_value(frame, given)? != Value::None => {
                        Some(self.duration(frame, given)?)
                    }
                    _ => None,
                };
                let name = self.object_name(hint);
                if action.is_some() || self.waits_with_values.contains(hint) {
                    if timeout.is_some() {
                        return fail(
                            call,
                            "a Barrier with a `timeout` whose `wait()` value is used is not supported (the index is kept for barriers without time-outs)",
                        );
                    }
                    self.declare_written_barrier(frame, &name, action);
                }
                Object::Barrier { name, parties: parties as u64, timeout }
            }
            "queue.Queue"
            | "queue.LifoQueue"
            | "queue.PriorityQueue"
            | "multiprocessing.Queue"
            | "multiprocessing.JoinableQueue" => {
                let capacity = match (call.arguments.args.first(), call.arguments.find_keyword("maxsize")) {
                    (Some(arg), _) => self.static_int(frame, arg)?,
                    (None, Some(keyword)) => self.static_int(frame, &keyword.value)?,
                    (None, None) => 0,
                };
                let name = self.object_name(hint);
                if callee.starts_with("multiprocessing.") {
                    self.futures.interprocess_queues.insert(name.clone());
                    self.note_pipe_queue(&name, call);
                }
                if callee == "multiprocessing.JoinableQueue" {
                    self.joinable_queues.insert(name.clone());
                }
                let capacity = capacity.max(0) as u64;
                self.scenario.queues.push((name.clone(), capacity));
                let order = match callee {
                    "queue.LifoQueue" => QueueOrder::Lifo,
                    "queue.PriorityQueue" => QueueOrder::Priority,
                    _ => QueueOrder::Fifo,
                };
                if let Some(declared) = order.declared() {
                    self.scenario.queue_orders.insert(name.clone(), declared);
                }
                Object::Queue { name, capacity, order }
            }
            "collections.deque" => return self.make_deque(frame, hint, call, out, line).map(Some),
            "itertools.count" => return self.make_counter(frame, hint, call).map(Some),
            "collections.Counter" | "collections.defaultdict" => {
                return self.make_defaulting_dict(frame, hint, callee, call, out, line).map(Some);
            }
            "queue.SimpleQueue" => {
                return fail(call, "`queue.SimpleQueue` is not supported; `queue.Queue()` puts and gets the same way");
            }
            "list" if call.arguments.args.len() == 1 => {
                let iterable = &call.arguments.args[0];
                let items = self.static_iteration(frame, iterable)?;
                if let Some(list) = self.growing_tuple_list(frame, hint, (iterable, &items), out, line) {
                    return Ok(Some(list));
                }
                return self.list_value(frame, hint, Value::List(items.into()), iterable).map(Some);
            }
            "dict" if call.arguments.args.is_empty() && call.arguments.keywords.is_empty() => {
                let shared = self.declare_shared(frame, hint, SharedInit::Map(Vec::new()));
                return Ok(Some(Value::Shared(shared, Shape::Map { dense: false })));
            }
            // `unique = set(seen)` of a shared list: the set made at run time (array_sets.rs).
            "set" if call.arguments.args.first().is_some_and(|items| self.set_of_array(frame, items).is_some()) => {
                return Ok(None);
            }
            "set" if call.arguments.keywords.is_empty() && call.arguments.args.len() <= 1 => {
                // A set of numbers is a map from each member to 1: `x in s` is `has(s, x)`, `s.add(x)` one
                // write (one C call in CPython), `s.remove(x)` a `del`, `len(s)` the map's length.
                let mut members = BTreeSet::new();
                if let Some(items) = call.arguments.args.first() {
                    for item in self.static_iteration(frame, items)? {
                        let Value::Int(number) = item else {
                            return fail(
                                items,
                                format!("a set of numbers is supported; this one holds {}", item.describe()),
                            );
                        };
                        members.insert(number);
                    }
                }
                let pairs = members.into_iter().map(|member| (Item::Int(member), Item::Int(1))).collect();
                let shared = self.declare_shared(frame, hint, SharedInit::Map(pairs));
                self.set_names.insert(shared.clone());
                return Ok(Some(Value::Shared(shared, Shape::Map { dense: false })));
            }
            "object" => {
                no_arguments(call)?;
                if frame.dynamic > 0 {
                    return fail(
                        call,
                        "`object()` inside an `if` or a loop the scenario runs (a new identity each time, such as a lazily made singleton) is not imported; weft takes `object()` as a sentinel made once, before the threads use it",
                    );
                }
                self.sentinels.push((hint.to_string(), call.start().to_usize()));
                return Ok(Some(Value::Sentinel(hint.to_string())));
            }
            "concurrent.futures.ThreadPoolExecutor"
            | "concurrent.futures.ProcessPoolExecutor"
            | "multiprocessing.Pool" => {
                return self.executor_by_hand(frame, hint, callee, call).map(Some);
            }
            other if let Some(message) = futures::refusal(other) => return fail(call, message),
            _ => {
                let _ = out;
                return Ok(None);
            }
        };
        if asyncio_twin.is_some() {
            self.scenario.asyncio.insert(object.name().to_string());
        }
        Ok(Some(Value::Object(object)))
    }

    // ---- functions ------------------------------------------------------------------------------

    /// `def worker(): ...` inside a function: the objects the enclosing function has bound so far (its
    /// locks, queues, lists) are what the nested function reads by name. A number local to the
    /// enclosing function is a closure cell shared by both, which weft does not model: refused.
    fn close_over(&mut self, frame: &Frame, def: &ast::StmtFunctionDef) -> Result<()> {
        let used = names_loaded(&def.body);
        let mut captured = BTreeMap::new();
        for (name, value) in &frame.locals {
            if !used.contains(name) {
                continue;
            }
            if let Value::Local(_) = value {
                if let Some(known) = self.constant_cell(frame, &def.name, name) {
                    captured.insert(name.clone(), known);
                    continue;
                }
                return fail(
                    &def.name,
                    format!(
                        "`{}` reads `{name}`, a number local to the function around it that is not bound once before the `def` to a value known at import time (a closure cell read when `{}` runs, which weft does not model); bind it once before the `def`, make `{name}` a global or pass it as an argument",
                        def.name, def.name
                    ),
                );
            }
            self.check_captured_once(def, name)?;
            captured.insert(name.clone(), value.clone());
        }
        self.closures.insert(def.name.to_string(), captured);
        Ok(())
    }

    /// Binds the parameters of `function` in `frame` and translates its body into `out`. With
    /// `wants_result`, the body must end in `return EXPR`, whose value is given back. A task's own
    /// function starts outside the `try`s of the statement that made the task (task_try_context.rs).
    #[allow(clippy::too_many_arguments)]
    fn run_function(
        &mut self,
        frame: &mut Frame,
        function: &str,
        args: Vec<Argument>,
        keywords: Vec<(String, Argument)>,
        out: &mut Vec<Step>,
        call_range: TextRange,
        wants_result: bool,
    ) -> Result<Option<Ex>> {
        let own_task = frame.top && !frame.module_level;
        let saved = own_task.then(|| self.enter_task_body());
        let result = self.run_function_body(frame, function, args, keywords, out, call_range, wants_result);
        if let Some(saved) = saved {
            self.leave_task_body(saved, result.is_ok());
        }
        result
    }

    #[allow(clippy::too_many_arguments)]
    fn run_function_body(
        &mut self,
        frame: &mut Frame,
        function: &str,
        args: Vec<Argument>,
        keywords: Vec<(String, Argument)>,
        out: &mut Vec<Step>,
        call_range: TextRange,
        wants_result: bool,
    ) -> Result<Option<Ex>> {
        let Some(def) = self.functions.get(function).copied() else {
            return fail(&call_range, format!("`{function}` is not a function of this file"));
        };
        if self.call_stack.len() >= MAX_CALL_DEPTH {
            return fail(&call_range, format!("`{function}` calls itself (recursion is not supported)"));
        }
        self.check_recursion(function, call_range)?;
        let awaited = std::mem::take(&mut self.awaiting_call);
        let job_entry = std::mem::take(&mut self.job_entry);
        let split_return = self.takes_split_return(function, call_range);
        frame.result_dropped = !(wants_result || job_entry || frame.gives_result);
        if def.is_async && !awaited && !(frame.top && frame.coroutine) {
            return fail(
                &call_range,
                format!(
                    "`{function}` is `async def`: calling it without `await` makes a coroutine object, which runs only \
                     once something awaits it or wraps it in a task, and weft follows it only there: \
                     `await {function}(...)` or `asyncio.create_task({function}(...))`{}",
                    self.coroutine_list_words(call_range)
                ),
            );
        }
        frame.coroutine = def.is_async;
        if !def.decorator_list.is_empty() && !self.classes.is_decorated_method(function) {
            return fail(
                &def.decorator_list[0],
                "this decorator is not supported: weft writes out a decorator of this file (or a factory of one, `@synchronized(lock)` given names or literals) whose `wrapper(*args, **kwargs)` uses the function only as `fn(*args, **kwargs)` and `fn.__name__`, on a function with plain parameters; call the wrapped code from the function itself",
            );
        }
        self.translated_functions.insert(function.to_string());
        let def_line = self.line(&def.name);
        if let Some(annotation) = self.source.annotations.get(&def_line).cloned()
            && annotation.placement == Placement::Trailing
        {
            self.consumed.insert(def_line);
            self.check_opaque(def)?;
            out.push(cost_step(&annotation.cost, self.line(&call_range)));
            // A job's function (its future gives the value) or a call whose value is used.
            let value_used = wants_result || job_entry;
            if !value_used || !returns_a_value(&def.body) {
                if wants_result {
                    return fail(
                        &call_range,
                        format!(
                            "`{function}` is annotated as pure work (`# weft:` on its `def`) and returns nothing; its result (None) cannot be used"
                        ),
                    );
                }
                return Ok(None);
            }
            // A function that returns a value still runs its body, as steps of local computation that
            // take no time, so that its value is Python's: the annotation is the time of it all.
        }
        if frame.caller_cost_given && !wants_result && !job_entry && args_are_plain(&args, &keywords) {
            // A busy loop on a clock whose call's line gives its cost: the cost is all it does (clock_burns.rs).
            if self.is_clock_burn(def) {
                return Ok(None);
            }
            if self.is_moment_burn(def) {
                return fail(
                    &call_range,
                    format!(
                        "`{function}` spins until a moment of a clock (the wall's, or the process's CPU time), not for an amount of this thread's work: where other threads hold the GIL it ends having done less, which a `cpu` cost on this line does not say; spin on `time.thread_time()` (the thread's own CPU time) for CPU work, or write the wait as `time.sleep`"
                    ),
                );
            }
        }
        if let Some(outer) = self.nested.get(function) {
            let Some(captured) = self.closures.get(function) else {
                return fail(&call_range, format!("`{function}` is used before `{outer}` defines it"));
            };
            frame.locals.extend(captured.iter().map(|(name, value)| (name.clone(), value.clone())));
        }
        let mut args = args;
        if let Some(bound) = self.classes.bound_self(function) {
            args.insert(0, Argument::Static(bound.clone()));
        }
        frame.rebound = rebinding::rebound_in_function(def);
        self.bind_parameters(frame, def, args, keywords, out, call_range)?;
        let call_line = self.line(&call_range);
        self.start_one_path_strings(frame, def, out, call_line);
        let mut declared = BTreeSet::new();
        let mut assigned = BTreeSet::new();
        collect_assigned(&def.body, &mut assigned, &mut declared);
        if let Some(cells) = self.closure_cells.get(function) {
            if !self.cells_run.insert(function.to_string()) {
                return fail(
                    &call_range,
                    format!(
                        "`{function}` runs a second time, and its nested functions write its variables (`nonlocal`); each run would need cells of its own, which weft keeps only for a function that runs once"
                    ),
                );
            }
            declared.extend(cells.iter().cloned());
        }
        frame.function_locals = assigned.difference(&declared).cloned().collect();
        frame.globals_declared = declared;
        self.call_stack.push(function.to_string());
        let limit = self.source.line_of(def.end()) + 1;
        let whole_call = self.call_line_costs_whole_call(frame, def);
        let mut atomic_body = Vec::new();
        let caller_out = out;
        let out = if whole_call { &mut atomic_body } else { &mut *caller_out };
        frame.whole_call = whole_call;
        let early = !frame.top && {
            let body = match def.body.split_last() {
                Some((Stmt::Return(_), body)) => body,
                _ => &def.body[..],
            };
            contains_return(body)
        };
        let result = if early {
            self.one_pass_body(frame, function, def, out, limit, wants_result)
        } else if wants_result || !frame.top {
            let (body, tail) = match def.body.split_last() {
                Some((last @ Stmt::Return(ret), body)) => (body, ret.value.as_deref().map(|value| (last, value))),
                _ => (&def.body[..], None),
            };
            self.block_until_raise(frame, body, out, limit).and_then(|raised| match tail {
                // `y = abs(text)` of a string known at import time, then `return y`: the body raised
                // before the `return`, which is never evaluated (its names may never be bound). The
                // caller's code after the call is not reached either; its value is a run-time None
                // that nothing at import time takes as known.
                Some(_) if raised => Ok(wants_result.then(|| Ex::code("None".to_string(), ATOM, false, false))),
                // `return self` of a call whose value is dropped (`pool.__enter__()` of a `with`
                // without `as`, a method that returns its instance for chaining): nothing to compute.
                Some((_, expr)) if !wants_result && self.is_instance_name(frame, expr) => Ok(None),
                // `return record(m)` of a call whose value is dropped, `record` returning nothing: the
                // call as a statement (a callback lambda moved into a function: callback_tables.rs).
                Some((_, expr)) if !wants_result && self.calls_a_function_returning_nothing(frame, expr) => {
                    self.expression_statement(frame, expr, out, self.line(expr)).map(|()| None)
                }
                Some((last, expr)) => {
                    let line = self.line(expr);
                    // The `return`'s values of `random` are drawn before it, as any statement's.
                    let drawn = self.draw_random_values(frame, last, out, line)?;
                    let value = if split_return {
                        self.split_returned_tuple(frame, expr, out, line).map(|()| None)
                    } else {
                        self.returned_value(frame, expr, out, line)
                            .and_then(|value| self.value_read_on_return(frame, value, expr, out, line).map(Some))
                            .and_then(|value| match value {
                                Some(value) if !wants_result => {
                                    self.dropped_return_value(frame, value, expr, out, line).map(|()| None)
                                }
                                value => Ok(value),
                            })
                    };
                    for key in drawn {
                        self.random_draws.remove(&key);
                    }
                    value
                }
                None => Ok(None),
            })
        } else {
            self.block(frame, &def.body, out, limit).map(|()| None)
        };
        self.call_stack.pop();
        if whole_call && !atomic_body.is_empty() {
            caller_out.push(Step::new("atomic", Node::Steps(atomic_body), self.line(&call_range)));
        }
        result
    }

    /// The body of an inlined function that returns before its end, as a loop that runs once: each
    /// `return` sets the result and breaks out (`return` in the middle of a block has no other form).
    fn one_pass_body(
        &mut self,
        frame: &mut Frame,
        function: &str,
        def: &ast::StmtFunctionDef,
        out: &mut Vec<Step>,
        limit: u32,
        wants_result: bool,
    ) -> Result<Option<Ex>> {
        let line = self.line(&def.name);
        let result =
            wants_result.then(|| self.temporary(frame.task, &scenario_identifier(&format!("{function}_result"))));
        let flag = def.body.iter().any(loop_returns).then(|| self.temporary(frame.task, "returned"));
        let ends_with_return = matches!(def.body.last(), Some(Stmt::Return(_)));
        if let Some(result) = &result
            && !ends_with_return
        {
            // A function that ends without `return` gives None.
            out.push(Step::new("let", Node::Quoted(format!("{result} = None")), line));
        }
        if let Some(flag) = &flag {
            out.push(Step::new("let", Node::Quoted(format!("{flag} = 0")), line));
        }
        frame.early_return = Some(EarlyReturn {
            depth: frame.loops.len() + 1,
            result: result.clone(),
            flag,
            function: function.to_string(),
            dynamic: frame.dynamic + 1,
        });
        frame.loops.push(LoopKind::Emitted);
        frame.dynamic += 1;
        frame.binding_depth += 1;
        frame.straight_levels.push(straight_instances::StraightLevel::one_pass_body(frame.dynamic));
        let mut body = Vec::new();
        let translated = self.block(frame, &def.body, &mut body, limit);
        frame.straight_levels.pop();
        frame.binding_depth -= 1;
        frame.dynamic -= 1;
        frame.loops.pop();
        frame.early_return = None;
        translated?;
        if !ends_with_return {
            body.push(Step::word("break", line));
        }
        out.push(while_step("True".to_string(), body, line));
        if let Some(result) = &result
            && let Some(object) = self.returned_object(def, result)?
        {
            return Ok(Some(object));
        }
        Ok(result.map(|name| Ex::Code { text: name, precedence: ATOM, boolean: false, reads_shared: false }))
    }

    /// A function annotated on its `def` line is taken as pure computation: it must not touch shared state.
    /// (One that returns a value runs its body too, for the value: see `run_function`.)
    fn check_opaque(&self, def: &ast::StmtFunctionDef) -> Result<()> {
        let mut scan = NameScan::default();
        for stmt in &def.body {
            if let Stmt::Global(global) = stmt {
                return fail(
                    &global.range,
                    "a function with `# weft:` on its `def` line is taken as pure work, but this one writes globals; annotate its lines instead",
                );
            }
            scan.statement(stmt);
        }
        for name in &scan.loaded {
            if let Some(Value::Shared(..) | Value::Object(_)) = self.globals.get(name.as_str()) {
                return fail(
                    &def.name,
                    format!(
                        "`{}` is annotated as pure work (`# weft:` on its `def`), but it uses `{name}`, which other threads share; annotate its lines instead",
                        def.name
                    ),
                );
            }
        }
        Ok(())
    }

    fn bind_parameters(
        &mut self,
        frame: &mut Frame,
        def: &ast::StmtFunctionDef,
        args: Vec<Argument>,
        mut keywords: Vec<(String, Argument)>,
        out: &mut Vec<Step>,
        call_range: TextRange,
    ) -> Result<()> {
        let parameters = &def.parameters;
        let all: Vec<&ast::ParameterWithDefault> =
            parameters.posonlyargs.iter().chain(parameters.args.iter()).collect();
        // `*exc` that no argument reaches and the body never names is the empty tuple nobody reads
        // (`def __exit__(self, *exc)`): nothing to bind.
        let unused_vararg = parameters.vararg.as_ref().is_none_or(|vararg| {
            args.len() <= all.len() && !crate::syntax::module_names(&def.body).contains(vararg.name.as_str())
        });
        if !unused_vararg || parameters.kwarg.is_some() || !parameters.kwonlyargs.is_empty() {
            return fail(
                &**parameters,
                "`*args`, `**kwargs` and keyword-only parameters are not supported here: weft writes out `*args` and `**kwargs` that a function only passes on (`fn(*args, **kwargs)`) where every call of it in the file gives the same number of extra arguments and the same keywords, none spread from `*xs` or `**d`, and nothing else names it; give the function plain parameters",
            );
        }
        if args.len() > all.len() {
            return fail(&call_range, format!("`{}` takes {} arguments, not {}", def.name, all.len(), args.len()));
        }
        let mut args = args.into_iter();
        for parameter in all {
            let name = parameter.parameter.name.as_str();
            let argument = match args.next() {
                Some(argument) => argument,
                None => match keywords.iter().position(|(k, _)| k == name) {
                    Some(position) => keywords.remove(position).1,
                    None => match &parameter.default {
                        Some(default) => {
                            let module = Frame::new(frame.task, true, false);
                            Argument::Static(self.static_value(&module, default)?)
                        }
                        None => return fail(&call_range, format!("`{}` is missing the argument `{name}`", def.name)),
                    },
                },
            };
            let line = self.line(&call_range);
            match argument {
                Argument::Static(value @ (Value::Int(_) | Value::Float(_))) => {
                    let local = self.bind_local(frame, name);
                    frame.known.insert(name.to_string(), value.clone());
                    if let Value::Int(number) = value {
                        out.push(Step::new("let", Node::Quoted(format!("{local} = {number}")), line));
                    } else {
                        frame.locals.insert(name.to_string(), value);
                    }
                }
                Argument::Static(value) => {
                    let at = parameter.default.as_deref();
                    if !self.bind_constant_local(frame, name, &value, at, out, line) {
                        frame.locals.insert(name.to_string(), value);
                    }
                }
                Argument::Code(text) => {
                    let local = self.bind_local(frame, name);
                    out.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
                }
                Argument::Known(text, value) => {
                    let local = self.bind_local(frame, name);
                    out.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
                    if self.picks_objects_by(def, name) {
                        frame.known.insert(name.to_string(), value);
                    }
                }
                Argument::Submitted => {
                    let local = self.bind_local(frame, name);
                    self.note_task_parameter(frame.task, def, name, local);
                }
                Argument::SubmittedFuture => {
                    let local = self.bind_local(frame, name);
                    frame.locals.insert(name.to_string(), Value::Future(local));
                }
            }
        }
        if let Some((name, _)) = keywords.first() {
            return fail(&call_range, format!("`{}` has no parameter `{name}`", def.name));
        }
        Ok(())
    }

    /// A call of one of the program's functions: its body, inlined into the calling task.
    fn inline_call(
        &mut self,
        frame: &mut Frame,
        function: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
        wants_result: bool,
    ) -> Result<Option<Ex>> {
        // `match(*order)` of a tuple known only at run time: its items, after the length's test.
        let spread = self.spread_run_time_tuple(frame, function, call, out, line)?;
        let call = spread.as_ref().unwrap_or(call);
        // `with lock_for(sender):` of a key known only at run time: written out per key (known_arguments.rs).
        if let Some(refusal) = self.run_time_selector_refusal(frame, function, call) {
            return Err(refusal);
        }
        self.hoist_instance_arguments(frame, call)?;
        let (args, keywords) = if self.is_recursive(function) {
            // A call of a function that calls itself: its arguments as known at import time, which
            // bound how deep it goes (recursion.rs).
            self.recursive_call_arguments(frame, call)?
        } else {
            let arguments = self.call_arguments(frame, call)?;
            self.with_known_arguments(frame, call, arguments)
        };
        self.inline_with_arguments(frame, function, (args, keywords), call, out, wants_result)
    }

    /// The arguments `call` gives, positional and by keyword, each known at import time or as code.
    fn call_arguments(&mut self, frame: &Frame, call: &ast::ExprCall) -> Result<closure_jobs::CallArguments> {
        let mut args = Vec::new();
        for arg in call.arguments.args.iter() {
            args.push(self.argument(frame, arg)?);
        }
        let mut keywords = Vec::new();
        for keyword in &call.arguments.keywords {
            let Some(key) = &keyword.arg else {
                return fail(keyword, "`**kwargs` in a call is not supported");
            };
            keywords.push((key.to_string(), self.argument(frame, &keyword.value)?));
        }
        Ok((args, keywords))
    }

    /// `function`'s body inlined into `frame`'s task with `arguments` bound, for `call`: its result (with
    /// `wants_result`) as code over the callee's locals.
    fn inline_with_arguments(
        &mut self,
        frame: &Frame,
        function: &str,
        (args, keywords): closure_jobs::CallArguments,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        wants_result: bool,
    ) -> Result<Option<Ex>> {
        let mut callee = Frame::new(frame.task, false, false);
        callee.dynamic = frame.dynamic;
        callee.binding_depth = frame.dynamic;
        // A call on the straight path of a `try:` body: so is the callee's own top (straight_instances.rs).
        callee.straight_levels.clone_from(&frame.straight_levels);
        callee.caller_cost_given = frame.cost_given;
        if let Some(value) = self.whole_call_value(frame, function, call, wants_result) {
            return Ok(Some(Ex::Static(value)));
        }
        if let Some(value) = self.def_costed_call_value(frame, function, call, wants_result, out)? {
            return Ok(Some(Ex::Static(value)));
        }
        let result = self.run_function(&mut callee, function, args, keywords, out, call.range(), wants_result)?;
        match result {
            // `return _config`: the shared dict itself, as the global's name is (returned_aliases.rs).
            Some(ex) if returned_aliases::is_shared_container(&ex) => Ok(Some(ex)),
            // `return counter` of an instance the callee made (or was given): the object itself, as
            // the caller's own name for it would be (returned_instances.rs).
            Some(ex) if returned_instances::is_instance(&ex) => Ok(Some(ex)),
            // `return locks[key]` of a lock (or another object made at import time): the object itself
            // (object_returns.rs).
            Some(Ex::Static(object))
                if object_returns::is_object(&object) || object_returns::is_object_tuple(&object) =>
            {
                Ok(Some(Ex::Static(object)))
            }
            Some(ex) => {
                // The result is computed from the callee's locals: keep it as code over them.
                let (text, precedence, boolean, reads) = self.to_code(ex, &call.func)?;
                Ok(Some(Ex::Code { text, precedence, boolean, reads_shared: reads }))
            }
            None => Ok(None),
        }
    }

    fn argument(&mut self, frame: &Frame, arg: &Expr) -> Result<Argument> {
        match self.expr(frame, arg, false)? {
            Ex::Static(value) => Ok(Argument::Static(value)),
            ex => {
                let (text, _, _, _) = self.to_code(ex, arg)?;
                Ok(Argument::Code(text))
            }
        }
    }

    // ---- calls as statements --------------------------------------------------------------------

    fn expression_statement(&mut self, frame: &mut Frame, value: &Expr, out: &mut Vec<Step>, line: u32) -> Result<()> {
        if self.wait_all(frame, None, value, out, line)? {
            return Ok(());
        }
        if let Some(rewritten) = self.without_done_pop(frame, value, out, line)? {
            return self.expression_statement(frame, &rewritten, out, line);
        }
        let call = match value {
            Expr::Call(call) => call,
            Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::EllipsisLiteral(_) => return Ok(()),
            Expr::Await(awaited) => return self.await_into(frame, awaited, None, out, line).map(|_| ()),
            other => {
                // The expression's own error says more (`yield from`, a lambda, ...) when it has one.
                self.expr(frame, other, false)?;
                return fail(other, "this expression statement does nothing weft can model");
            }
        };
        if let Some(method_call) = self.named_getattr_call(frame, call) {
            return self.expression_statement(frame, &Expr::Call(method_call), out, line);
        }
        // `getattr(m, command, lambda: None)()` (translate/getattr_defaults.rs).
        match self.getattr_default_call(frame, call) {
            Some(getattr_defaults::Dispatched::Call(dispatched)) => {
                return self.expression_statement(frame, &Expr::Call(dispatched), out, line);
            }
            Some(getattr_defaults::Dispatched::Nothing) => return Ok(()),
            None => {}
        }
        if let Some(method_call) = self.on_running_loop(frame, call) {
            return self.expression_statement(frame, &Expr::Call(method_call), out, line);
        }
        self.check_primitive_call(frame, value, false)?;
        if self.callback_table_append(frame, call)? {
            return Ok(());
        }
        if self.made_default_method(frame, call, out, line)? {
            return Ok(());
        }
        if self.held_set_method(frame, call, out, line)? {
            return Ok(());
        }
        self.check_object_method(frame, call)?;
        if self.blocking_result(frame, value)? {
            return self.blocking_call(frame, value, None, out, line);
        }
        if self.list_of_map_statement(frame, call, out, line)? {
            return Ok(());
        }
        if let Expr::Attribute(attribute) = &*call.func {
            if self.submitted_callback(frame, call, out, line)? {
                return Ok(());
            }
            if self.context_variable_write(frame, call, out, line)? {
                return Ok(());
            }
            let receiver = match &*attribute.value {
                Expr::Call(inner) => {
                    // `threading.Thread(...).start()`
                    match self.creation(frame, "thread", &attribute.value, out, line)? {
                        Some(created) => Ex::Static(created),
                        // `v.get_lock().acquire()` of a `multiprocessing.Value`: its lock.
                        None if callee_name(&inner.func) == Some("get_lock") => {
                            self.expr(frame, &attribute.value, false)?
                        }
                        None => return self.unknown_call(frame, call, out, line),
                    }
                }
                receiver => self.expr(frame, receiver, false)?,
            };
            if let Ex::Static(Value::Module(module)) = &receiver {
                let qualified = format!("{module}.{}", attribute.attr.as_str());
                return self.module_call(frame, &qualified, call, out, line);
            }
            if let Ex::Static(Value::Instance(instance)) = &receiver
                && let Some(task) = self.classes.thread_task(instance)
                && matches!(attribute.attr.as_str(), "start" | "join" | "setDaemon")
            {
                // A Thread subclass's own `start` and `join` (it may not override them).
                return self
                    .method_statement(frame, &Value::Thread(task), attribute.attr.as_str(), call, out, line)
                    .map(|_| ());
            }
            if let Ex::Static(Value::Instance(instance)) = &receiver {
                let Ex::Static(Value::Function(method)) =
                    self.instance_attribute(instance, attribute.attr.as_str(), &call.func, false)?
                else {
                    return fail(&*call.func, "this attribute is not a method");
                };
                self.inline_call(frame, &method, call, out, line, false)?;
                return Ok(());
            }
            // `Config.load()`: a static method or classmethod; anything else called through the class
            // (a plain method given its instance, `Counter.increment(c)`) is refused, never dropped.
            if let Ex::Static(Value::Class(class)) = &receiver {
                let key = format!("{class}.{}", attribute.attr.as_str());
                if !self.classes.is_decorated_method(&key) {
                    return fail(
                        &*call.func,
                        format!(
                            "calling `{}` through the class `{class}` is not supported; weft follows static methods and classmethods there, and plain methods called on an instance (`obj.{}(...)`)",
                            attribute.attr.as_str(),
                            attribute.attr.as_str()
                        ),
                    );
                }
                self.inline_call(frame, &key, call, out, line, false)?;
                return Ok(());
            }
            if let Ex::Static(receiver) = receiver
                && self.method_statement(frame, &receiver, attribute.attr.as_str(), call, out, line)?
            {
                return Ok(());
            }
            return self.unknown_call(frame, call, out, line);
        }
        match self.expr(frame, &call.func, false) {
            Ok(Ex::Static(Value::Function(function))) => {
                self.inline_call(frame, &function, call, out, line, false)?;
                Ok(())
            }
            Ok(Ex::Static(Value::Module(name))) => self.module_call(frame, &name, call, out, line),
            Ok(Ex::Static(Value::Partial(..) | Value::Closure(..) | Value::Lambda(_))) => {
                self.callable_call(frame, call, out, false).map(drop)
            }
            _ => self.unknown_call(frame, call, out, line),
        }
    }

    fn module_call(
        &mut self,
        frame: &mut Frame,
        name: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        match name {
            "time.sleep" => {
                let [duration] = &call.arguments.args[..] else {
                    return fail(call, "`time.sleep` takes one argument");
                };
                out.push(Step::new("io", self.sleep_length(frame, duration)?, line));
                Ok(())
            }
            "threading.Thread" | "multiprocessing.Process" => {
                self.creation(frame, "thread", &Expr::Call(call.clone()), out, line)?;
                Ok(())
            }
            "asyncio.run" => self.asyncio_run(frame, call, None, out, line).map(drop),
            "asyncio.create_task" | "asyncio.ensure_future" | "asyncio.run_coroutine_threadsafe" => {
                match self.task_start(frame, call)? {
                    Some(start) => {
                        let future = self.temporary(frame.task, "task");
                        self.submit_start(frame, start, Node::Plain(future), out, line)
                    }
                    None => fail(call, format!("`{name}` of a coroutine call is supported")),
                }
            }
            other if let Some(message) = futures::refusal(other) => fail(call, message),
            _ => self.unknown_call(frame, call, out, line),
        }
    }

    /// A duration in seconds known at import time (`time.sleep`'s argument, a timeout).
    fn duration(&self, frame: &Frame, expr: &Expr) -> Result<String> {
        let seconds = match self.static_value(frame, expr).map_err(|e| {
            e.with_help("weft needs sleep durations and timeouts at import time; for random delays use the scenario's `scheduler: { jitter: N }` or `weft fuzz`")
        })? {
            Value::Int(n) => n as f64,
            Value::Float(f) => f,
            other => return fail(expr, format!("a duration in seconds, not {}", other.describe())),
        };
        seconds_to_duration(seconds)
            .ok_or_else(|| Error::at(expr, "a duration must be 0 or more seconds (and at most 1e9)"))
    }

    /// The length of `time.sleep(E)` / `asyncio.sleep(E)`: a duration known at import time or, when E
    /// is only known at run time, the scenario's computed length (`0.01 * item` is `{ ms: "item * 10"
    /// }`, `computed_length`). Otherwise the duration's own error.
    pub(crate) fn sleep_length(&self, frame: &Frame, expr: &Expr) -> Result<Node> {
        if let Some(drawn) = self
            .drawn_sleep(expr)
            .or_else(|| self.duration_table_lookup(frame, expr))
            .or_else(|| self.duration_dict_lookup(frame, expr))
        {
            return Ok(drawn);
        }
        let known = self.duration(frame, expr);
        let Err(error) = known else {
            return known.map(Node::Plain);
        };
        self.computed_length(frame, expr).or_else(|| self.float_seconds(frame, expr)).ok_or(error)
    }

    /// `k * x`, `x * k`, `x / k` or `x` seconds, with `k` a number known at import time and `x` an
    /// integer known only at run time, as `{ unit: "x * c" }` with the coarsest unit that makes `c` a
    /// whole number; scalings of scalings too (`0.001 * size / 10`, `size / 1000 / 2`: session34/repro
    /// r01, where the inner product was left a float the engine cannot sleep). None when there is no
    /// such exact form (`x / 3`, `0.1 * 3 * x`).
    fn computed_length(&self, frame: &Frame, expr: &Expr) -> Option<Node> {
        const NANOS_PER_SECOND: u128 = 1_000_000_000;
        let (runtime, (numerator, denominator)) = self.scaled_seconds(frame, expr)?;
        // Nanoseconds per unit of the run-time value.
        let scaled = NANOS_PER_SECOND.checked_mul(numerator)?;
        let nanos = scaled.is_multiple_of(denominator).then(|| scaled / denominator)?;
        let Ok(Ex::Code { text, precedence, .. }) = self.expr(frame, runtime, true) else {
            return None;
        };
        let units = [("s", NANOS_PER_SECOND), ("ms", 1_000_000), ("us", 1_000), ("ns", 1)];
        let (unit, unit_nanos) = units.into_iter().find(|&(_, unit_nanos)| nanos.is_multiple_of(unit_nanos))?;
        let times = i64::try_from(nanos / unit_nanos).ok()?;
        let length = match times {
            1 => text,
            _ => format!("{} * {times}", wrap(&text, precedence, crate::expr::PRODUCT)),
        };
        Some(Node::Map(vec![(unit, Node::Quoted(length))]))
    }

    /// `expr` as a run-time value times a fraction of seconds known at import time: the value and the
    /// fraction (numerator, denominator), through every `k *`, `* k` and `/ k` around it.
    fn scaled_seconds<'e>(&self, frame: &Frame, expr: &'e Expr) -> Option<(&'e Expr, (u128, u128))> {
        use ruff_python_ast::Operator;
        let coefficient = |k: &Expr| match self.static_value(frame, k).ok()? {
            Value::Int(k) => exact_decimal(&k.to_string()),
            Value::Float(k) => exact_decimal(&k.to_string()),
            _ => None,
        };
        let times = |(a, b): (u128, u128), (c, d): (u128, u128)| -> Option<(u128, u128)> {
            let (numerator, denominator) = (a.checked_mul(c)?, b.checked_mul(d)?);
            let common = greatest_common_divisor(numerator, denominator).max(1);
            Some((numerator / common, denominator / common))
        };
        match expr {
            Expr::BinOp(binary) if binary.op == Operator::Mult => {
                let (inner, k) = match (coefficient(&binary.left), coefficient(&binary.right)) {
                    (Some(k), _) => (&*binary.right, k),
                    (None, Some(k)) => (&*binary.left, k),
                    // A product of run-time values (`n * m`) is the run-time integer itself.
                    (None, None) => return Some((expr, (1, 1))),
                };
                let (runtime, fraction) = self.scaled_seconds(frame, inner)?;
                Some((runtime, times(fraction, k)?))
            }
            Expr::BinOp(binary) if binary.op == Operator::Div => {
                let (numerator, denominator) = coefficient(&binary.right)?;
                if numerator == 0 {
                    return None;
                }
                let (runtime, fraction) = self.scaled_seconds(frame, &binary.left)?;
                Some((runtime, times(fraction, (denominator, numerator))?))
            }
            _ => Some((expr, (1, 1))),
        }
    }

    /// A call weft does not model: its arguments' reads of shared integers still happen (each a step),
    /// then its cost (the line's annotation, or `--call-cost`).
    fn unknown_call(&mut self, frame: &mut Frame, call: &ast::ExprCall, out: &mut Vec<Step>, line: u32) -> Result<()> {
        if let Some(name) = self.exit_call(frame, call) {
            // `sys.exit(main())` at the end of the module's own code: the call, then the program ends as
            // at its last line (CPython joins the threads that are not daemons either way); the block
            // stops there (`always_raises`). `os._exit` ends it without the joins (immediate_exit.rs).
            if frame.module_level && frame.dynamic == 0 {
                self.note_immediate_exit(&name, call)?;
                if let [argument @ Expr::Call(_)] = &call.arguments.args[..] {
                    self.expression_statement(frame, argument, out, line)?;
                }
                return Ok(());
            }
            // Taken as a call with no effect, it would let the code after it run (a silent error).
            return fail(
                call,
                format!(
                    "`{name}()` ends the thread or the program (SystemExit, or the process at once), which weft does not model; return from the function instead"
                ),
            );
        }
        // `print(a)`: the reads of the instance's `__str__` (instance_texts.rs).
        let with_texts = self.call_with_instance_texts(frame, call)?;
        let call = with_texts.as_ref().unwrap_or(call);
        self.refuse_hidden_writes(frame, call)?;
        self.refuse_dropped_mutation(frame, call)?;
        self.refuse_unresolved_item_call(frame, call)?;
        if self.printed_call(frame, call, out, line)? || self.printed_comprehension(frame, call, out, line)? {
            return Ok(());
        }
        // The waits anywhere in its arguments (`print("got", f.result())`, `print(f"{await t}")`) are
        // statements before it, left to right as Python evaluates them (argument_waits.rs).
        self.argument_waits(frame, call, out, line)?;
        self.refuse_effects_in_arguments(frame, call)?;
        self.refuse_result_index_in_arguments(frame, call)?;
        self.refuse_raising_in_arguments(frame, call)?;
        self.formatted_arguments(frame, call, out, line)?;
        let without_comprehensions = self.comprehension_reads(frame, call, out, line)?;
        let call = without_comprehensions.as_ref().unwrap_or(call);
        for arg in call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value)) {
            // A method of a threading object says what is wrong more precisely than the scan below.
            if let Expr::Call(inner) = arg
                && let Expr::Attribute(attribute) = &*inner.func
                && let Ok(Ex::Static(Value::Object(_))) = self.expr(frame, &attribute.value, false)
            {
                self.expr(frame, arg, false)?;
            }
        }
        let mut reads = Vec::new();
        collect_reads(&call.func, &mut reads);
        for arg in call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value)) {
            collect_reads(arg, &mut reads);
        }
        for read in reads {
            self.unknown_call_read(frame, call, read, out, line)?;
        }
        // Whatever weft does not model is refused here rather than dropped (unmodelled_call_statements.rs).
        self.refuse_unmodelled_call_statement(frame, call)?;
        if !frame.cost_given
            && let Some(cost) = &self.options.call_cost
        {
            out.push(cost_step(cost, line));
        } else if !frame.cost_given && !self.is_quick_call(frame, call) {
            self.scenario.uncosted_call_line.get_or_insert(line);
        }
        Ok(())
    }

    /// The name of a call that ends the thread or the program: `sys.exit`, `exit`, `quit`, `os._exit`,
    /// `os.abort`.
    fn exit_call(&self, frame: &Frame, call: &ast::ExprCall) -> Option<String> {
        if let Some(callee) = self.module_callee(frame, call)
            && matches!(callee.as_str(), "sys.exit" | "os._exit" | "os.abort")
        {
            return Some(callee);
        }
        match &*call.func {
            Expr::Name(name)
                if matches!(name.id.as_str(), "exit" | "quit") && !self.functions.contains_key(name.id.as_str()) =>
            {
                Some(name.id.to_string())
            }
            _ => None,
        }
    }

    /// A call weft does not model whose work is too small to order anything against a sleep: printing,
    /// logging, the builtins that only look at their arguments, a clock's reading. Anything else
    /// (`math.factorial(10000)`, `hashlib.sha256(data)`, a method of an object weft does not know) may
    /// take any time.
    fn is_quick_call(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        const QUICK: [&str; 19] = [
            "print",
            "len",
            "str",
            "repr",
            "format",
            "sorted",
            "min",
            "max",
            "sum",
            "any",
            "all",
            "list",
            "tuple",
            "dict",
            "set",
            "int",
            "bool",
            "isinstance",
            "id",
        ];
        match self.expr(frame, &call.func, false) {
            Ok(Ex::Static(Value::Module(name))) => {
                QUICK.contains(&name.as_str())
                    || name.starts_with("logging.")
                    || name.starts_with("sys.")
                    || name.starts_with("time.")
                    || name.starts_with("threading.")
                    || name.starts_with("os.getpid")
            }
            Ok(Ex::Static(Value::Object(_) | Value::Thread(_))) => true,
            // `", ".join(names)`, `text.upper()`: a method of a string.
            _ => {
                matches!(&*call.func, Expr::Attribute(attribute) if matches!(&*attribute.value, Expr::StringLiteral(_) | Expr::FString(_)))
            }
        }
    }

    /// A call weft does not model reads the shared state it is given (its steps say so); one that may
    /// change a shared list or dict (`items.extend(...)`, `items.sort()`, `heapq.heappush(items, x)`,
    /// `random.shuffle(items)`) would lose that write, so it is refused rather than read.
    fn refuse_hidden_writes(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        self.refuse_heap_of_shared_list(frame, call)?;
        const READ_ONLY_METHODS: [&str; 9] =
            ["count", "index", "copy", "keys", "values", "items", "get", "most_common", "total"];
        const READ_ONLY_FUNCTIONS: [&str; 24] = [
            "print",
            "len",
            "sum",
            "sorted",
            "min",
            "max",
            "list",
            "tuple",
            "set",
            "frozenset",
            "str",
            "repr",
            "any",
            "all",
            "enumerate",
            "zip",
            "map",
            "filter",
            "dict",
            "format",
            "isinstance",
            "reversed",
            "iter",
            "bool",
        ];
        let is_container =
            |value: Option<Value>| matches!(value, Some(Value::Shared(_, Shape::Array(_) | Shape::Map { .. })));
        if let Expr::Attribute(attribute) = &*call.func
            && let Ok(Ex::Static(receiver)) = self.expr(frame, &attribute.value, false)
            && is_container(Some(receiver.clone()))
            && !READ_ONLY_METHODS.contains(&attribute.attr.as_str())
        {
            return fail(
                call,
                format!(
                    "`.{}()` on {} may change it, which weft does not model (the write would be lost); `append`, `extend`, `remove` (of a list), `update` (of a dict), `pop` (of a list, or of a dict's key), item assignment and `del` are modelled",
                    attribute.attr,
                    receiver.describe()
                ),
            );
        }
        let callee = match &*call.func {
            Expr::Name(name) => Some(name.id.as_str()),
            _ => None,
        };
        for arg in call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value)) {
            let Expr::Name(name) = arg else { continue };
            if is_container(self.resolve(frame, name.id.as_str()))
                && !callee.is_some_and(|callee| READ_ONLY_FUNCTIONS.contains(&callee))
            {
                return fail(
                    arg,
                    format!(
                        "this call is given the shared `{}` whole; weft cannot tell whether it changes it (a write would be lost): pass the values it needs",
                        name.id
                    ),
                );
            }
        }
        Ok(())
    }

    /// One read of shared state in the arguments of a call weft does not model: a shared integer or one
    /// item (`items[k]`, its index read too) is a step; a whole shared list is read item by item in one
    /// `atomic` step, as the one C call (`print(items)`, `sum(items)`) that reads it under the GIL.
    fn unknown_call_read(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        read: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if let Expr::Subscript(subscript) = read {
            if matches!(&*subscript.slice, Expr::Slice(_)) {
                // `print(table[:])` of a locked Array: one read under its lock (array_slice_reads.rs);
                // any other slice reads its container's name and its bounds, as before.
                if self.locked_array_slice_read(frame, subscript, out, line)? {
                    return Ok(());
                }
                let mut inner = Vec::new();
                collect_reads(&subscript.value, &mut inner);
                collect_reads(&subscript.slice, &mut inner);
                for read in inner {
                    self.unknown_call_read(frame, call, read, out, line)?;
                }
                return Ok(());
            }
            let Expr::Name(container) = &*subscript.value else { return Ok(()) };
            if !matches!(self.resolve(frame, container.id.as_str()), Some(Value::Shared(..) | Value::Record(_))) {
                // An item of a list known at import time: only its index may read shared state.
                let mut inner = Vec::new();
                collect_reads(&subscript.slice, &mut inner);
                for read in inner {
                    self.unknown_call_read(frame, call, read, out, line)?;
                }
                return Ok(());
            }
            // `print(counts[k])` of a Counter or defaultdict: its read that gives 0 for a missing key.
            if let Some(defaulted) = self.map_read(frame, read) {
                self.map_read_steps(frame, defaulted, out, line)?;
                return Ok(());
            }
            let (code, _, _) = self.code(frame, read)?;
            let ignored = self.temporary(frame.task, "seen");
            out.push(Step::new("let", Node::Quoted(format!("{ignored} = {code}")), line));
            return Ok(());
        }
        if let Expr::Call(_) = read {
            // `len(items)`: one read of the length when the list is shared, nothing when it is known.
            let (code, _, reads_shared) = self.code(frame, read)?;
            if !reads_shared {
                return Ok(());
            }
            let ignored = self.temporary(frame.task, "seen");
            out.push(Step::new("let", Node::Quoted(format!("{ignored} = {code}")), line));
            return Ok(());
        }
        if let Expr::Attribute(attribute) = read {
            if matches!(attribute.attr.as_str(), "exitcode" | "unfinished_tasks") {
                // A joined process's exit code, a joined queue's count (0): printed, nothing to
                // compare, so nothing is read.
                self.expr(frame, read, false)?;
                return Ok(());
            }
            if let Ok(Ex::Static(Value::Object(Object::SharedValue { name, items: None, .. }))) =
                self.expr(frame, &attribute.value, false)
            {
                let ignored = self.temporary(frame.task, "seen");
                out.push(Step::new("let", Node::Quoted(format!("{ignored} = {name}")), line));
                return Ok(());
            }
            if let Ok(Ex::Static(Value::Object(barrier @ Object::Barrier { .. }))) =
                self.expr(frame, &attribute.value, false)
            {
                // `print(barrier.broken)`: a value known at import time, nothing read (barrier_states.rs).
                self.barrier_attribute(&barrier, attribute)?;
                return Ok(());
            }
            return self.unknown_call_read(frame, call, &attribute.value, out, line);
        }
        self.refuse_unbound_local(frame, read)?;
        let Expr::Name(name) = read else { return Ok(()) };
        let name = name.id.as_str();
        match self.resolve(frame, name) {
            Some(Value::Shared(shared, Shape::Int)) => {
                let ignored = self.temporary(frame.task, "seen");
                out.push(Step::new("let", Node::Quoted(format!("{ignored} = {shared}")), line));
            }
            Some(Value::Shared(shared, Shape::Array(length))) => {
                let ignored = self.temporary(frame.task, "seen");
                let items: Vec<Step> = (0..length)
                    .map(|index| Step::new("let", Node::Quoted(format!("{ignored} = {shared}[{index}]")), line))
                    .collect();
                if !items.is_empty() {
                    out.push(Step::new("atomic", Node::Steps(items), line));
                }
            }
            Some(Value::Shared(shared, Shape::Map { dense: true })) => {
                // A list that grows by `append`: its items 0 .. len - 1, read in one C call.
                let ignored = self.temporary(frame.task, "seen");
                let index = self.temporary(frame.task, "position");
                let body = vec![
                    Step::new("let", Node::Quoted(format!("{ignored} = {shared}[{index}]")), line),
                    Step::new("let", Node::Quoted(format!("{index} = {index} + 1")), line),
                ];
                let scan = while_step(format!("{index} < len({shared})"), body, line);
                let items = vec![Step::new("let", Node::Quoted(format!("{index} = 0")), line), scan];
                out.push(Step::new("atomic", Node::Steps(items), line));
            }
            Some(Value::Shared(shared, Shape::Map { dense: false })) => {
                // `print(counts)` of a dict whose keys are only known when the program runs: the
                // scenario cannot name each key, so the call reads which keys there are (`len`), one
                // step. Outcomes are the same (a read changes nothing); the race report sees the call
                // race with inserts and deletes, not with a change of one value (docs/python.md).
                let ignored = self.temporary(frame.task, "seen");
                out.push(Step::new("let", Node::Quoted(format!("{ignored} = len({shared})")), line));
            }

            Some(Value::Object(object)) => {
                // `loop.call_later(...)`: the method weft does not import, named.
                if let Expr::Attribute(attribute) = &*call.func
                    && matches!(&*attribute.value, Expr::Name(receiver) if receiver.id.as_str() == name)
                {
                    return fail(
                        call,
                        format!(
                            "`{name}.{}(...)` of {} is not imported; weft follows the methods docs/python.md lists for it",
                            attribute.attr,
                            object.describe()
                        ),
                    );
                }
                // `print(q.unfinished_tasks)`: the attribute weft does not import, named at its place.
                if let Some(attribute) = attribute_of_argument(call, name) {
                    return fail(
                        attribute,
                        format!(
                            "`{name}.{}` of {} is not imported; weft follows the methods docs/python.md lists for it (keep the count you need in a variable of your own)",
                            attribute.attr,
                            object.describe()
                        ),
                    );
                }
                return fail(
                    call,
                    format!("this call gets {} (`{name}`); weft cannot follow what it does with it", object.describe()),
                );
            }
            Some(Value::Thread(_)) => {
                return fail(
                    call,
                    format!("this call gets the thread `{name}`; weft cannot follow what it does with it"),
                );
            }
            _ => {}
        }
        Ok(())
    }

    /// Whether the release `release_call` (`x.release()`) pairs with a take of the lock by the function
    /// being translated (or the module's code, outside every function): `release_pairs_with_a_take`.
    fn current_code_acquires(&self, release_call: &ast::ExprCall) -> bool {
        let body = match self.call_stack.last().and_then(|function| self.functions.get(function)) {
            Some(def) => &def.body[..],
            None => self.module_body,
        };
        release_pairs_with_a_take(body, release_call)
    }

    /// Methods of threads, locks, semaphores, events, conditions, queues, barriers and lists. Returns
    /// false when `receiver` has no such method weft knows (then the call is an unknown call).
    fn method_statement(
        &mut self,
        frame: &mut Frame,
        receiver: &Value,
        method: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if self.futures_method_statement(frame, receiver, method, call, out, line)? {
            return Ok(true);
        }
        if let (Value::Object(Object::Loop), "call_soon" | "call_later") = (receiver, method) {
            self.loop_callback(frame, method, call, None, out, line)?;
            return Ok(true);
        }
        if let (Value::Object(Object::TaskGroup(_)), "create_task") = (receiver, method)
            && let Some(start) = self.task_group_start(frame, call)?
        {
            // A future of its own per start: the group's end waits for each.
            let future = self.fresh_temporary(frame.task, "task");
            self.submit_start(frame, start, Node::Plain(future), out, line)?;
            return Ok(true);
        }
        if self.container_edit(frame, receiver, method, call, out, line)? {
            return Ok(true);
        }
        if self.record_update(frame, (receiver, method), call, out, line)? {
            return Ok(true);
        }
        let args = &call.arguments.args;
        let plain = |name: &str| Node::Plain(name.to_string());
        let step = match (receiver, method) {
            (Value::Thread(task), "start") => {
                self.check_thread_start(frame, *task, &call.func)?;
                self.scenario.starts_threads |= self.scenario.tasks[*task].kind.is_none();
                Step::new("spawn", Node::Task(*task), line)
            }
            (Value::Thread(task), "join") if *task == frame.task => {
                return fail(
                    call,
                    "a thread that joins itself (`self.join()` inside its own `run`): CPython raises RuntimeError (\"cannot join current thread\"), which weft does not import",
                );
            }
            (Value::Thread(task), "join") if self.joins_before_start(frame, *task) => {
                return fail(
                    &*call.func,
                    "`join()` of a thread that is not started yet: CPython raises RuntimeError (\"cannot join thread before it is started\"), which weft does not import; start it first",
                );
            }
            (Value::Thread(task), "join") => match self.optional_timeout(frame, call, "join")? {
                None => {
                    if frame.dynamic == 0 && self.timeout_catch.is_none() && self.caught_tries.is_empty() {
                        self.joined.insert((frame.task, *task));
                    }
                    self.note_process_join(frame, *task, call);
                    Step::new("join", Node::Task(*task), line)
                }
                Some(duration) => self.timed_join(frame, *task, duration, call, line),
            },
            (Value::Thread(task), "cancel") if self.timer_events.contains_key(task) => {
                Step::new("set_event", Node::Plain(self.timer_events[task].clone()), line)
            }
            (Value::Thread(task), "setDaemon") => {
                self.check_daemon_change(*task, &call.func)?;
                let daemon = args.first().map(|a| self.static_int(frame, a)).transpose()?.unwrap_or(1) != 0;
                self.set_daemon(*task, daemon);
                self.forget_daemon_creator(*task);
                return Ok(true);
            }
            (Value::Object(Object::Lock { name, reentrant }), "release") => {
                // A plain lock released where the code around does not take it (the last reader of a
                // readers-writer lock, a lock used as a signal) may be released by a thread that does not
                // hold it, which Python's threading.Lock allows.
                if !reentrant && !self.current_code_acquires(call) {
                    self.scenario.unowned_locks.insert(name.clone());
                }
                Step::new("unlock", plain(name), line)
            }
            (Value::Object(Object::Condition { with_lock, .. }), "release") => {
                Step::new("unlock", plain(with_lock), line)
            }
            (Value::Object(Object::Semaphore(name)), "release") => {
                if !args.is_empty() {
                    return fail(call, "`release(n)` has no scenario form; call `release()` n times");
                }
                let Some(flag) = self.catch_release_error(call, name)? else {
                    out.push(Step::new("release", plain(name), line));
                    return Ok(true);
                };
                let fields = vec![("semaphore", plain(name)), ("into_ok", Node::Plain(flag))];
                out.push(Step::new("release", Node::Map(fields), line));
                // The rest of the `try` runs only when the release went through (`try_timed` splits here).
                self.timeout_catch.as_mut().expect("caught above").1 = Some(out.len());
                return Ok(true);
            }
            (Value::Object(Object::Event(name)), "set") => Step::new("set_event", plain(name), line),
            (Value::Object(Object::Event(name)), "clear") => Step::new("clear_event", plain(name), line),
            (Value::Object(Object::Condition { name, .. }), "notify") => match args.first() {
                None => Step::new("notify", plain(name), line),
                Some(n) => {
                    let n = self.static_int(frame, n)?;
                    Step::new(
                        "notify",
                        Node::Map(vec![("condition", plain(name)), ("n", Node::Plain(n.to_string()))]),
                        line,
                    )
                }
            },
            (Value::Object(Object::Condition { name, .. }), "notify_all" | "notifyAll") => {
                Step::new("notify_all", plain(name), line)
            }
            (Value::Object(Object::Condition { name, .. }), "wait_for") => {
                self.wait_for_call(frame, call, name.clone(), None, out, line)?;
                return Ok(true);
            }
            (Value::Object(Object::Queue { name, capacity, order }), "put" | "put_nowait") => {
                let Some(item) = args.first() else {
                    return fail(call, format!("`{method}` needs an item"));
                };
                let timeout = self.timeout(frame, call, method)?;
                let value = self.handed_value_code(frame, item, out, line)?;
                self.note_put_item(frame, name, item);
                let mut fields = vec![("queue", plain(name)), ("value", Node::Quoted(value))];
                // An unbounded queue never makes a `put` wait: `block` and `timeout` change nothing.
                let Some(duration) = timeout.filter(|_| *capacity > 0) else {
                    out.push(Step::new("put", Node::Map(fields), line));
                    return Ok(true);
                };
                fields.push(("timeout", Node::Plain(duration)));
                let queue = Object::Queue { name: name.clone(), capacity: *capacity, order: *order };
                let caught = self.catch_timeout_exception(frame, &queue, call, "queue.Full")?;
                if let Some(flag) = &caught {
                    fields.push(("into_ok", Node::Plain(flag.clone())));
                }
                out.push(Step::new("put", Node::Map(fields), line));
                if caught.is_some() {
                    // The rest of the `try` runs only when the item went in (`try_timed` splits here).
                    self.timeout_catch.as_mut().expect("caught above").1 = Some(out.len());
                }
                return Ok(true);
            }
            (Value::Object(Object::Queue { name, .. }), "task_done") => {
                self.check_joinable(name, call, method)?;
                Step::new("task_done", plain(name), line)
            }
            (Value::Object(Object::Queue { name, .. }), "join") => {
                self.check_joinable(name, call, method)?;
                self.note_queue_join(frame, name);
                Step::new("join_queue", plain(name), line)
            }
            (Value::Object(Object::Barrier { name, parties, .. }), "wait")
                if self.written_barriers.contains_key(name) =>
            {
                let (name, parties) = (name.clone(), *parties);
                self.written_barrier_wait(frame, &name, parties, call, None, out, line)?;
                return Ok(true);
            }
            (Value::Object(Object::Barrier { name, parties, timeout }), "wait") => {
                let own = self.optional_timeout(frame, call, "wait")?;
                let mut fields = vec![("name", plain(name)), ("parties", Node::Plain(parties.to_string()))];
                let caught = match own.or_else(|| timeout.clone()) {
                    Some(duration) => {
                        fields.push(("timeout", Node::Plain(duration)));
                        let barrier =
                            Object::Barrier { name: name.clone(), parties: *parties, timeout: timeout.clone() };
                        self.catch_timeout_exception(frame, &barrier, call, "threading.BrokenBarrierError")?
                    }
                    // No time-out of its own: it raises only when another party's breaks the barrier,
                    // caught when it is a `try`'s first statement.
                    None if self.caught_tries.contains(&CaughtException::BarrierWait) => {
                        return fail(
                            call,
                            "a barrier's `wait` inside a `try:` with `except threading.BrokenBarrierError:` imports as the `try`'s first statement",
                        );
                    }
                    None => {
                        self.timeout_catch.as_ref().filter(|(_, split)| split.is_none()).map(|(flag, _)| flag.clone())
                    }
                };
                if let Some(flag) = &caught {
                    fields.push(("into_ok", Node::Plain(flag.clone())));
                }
                out.push(Step::new("barrier", Node::Map(fields), line));
                if caught.is_some() {
                    // The rest of the `try` runs only when every party came (`try_timed` splits here).
                    self.timeout_catch.as_mut().expect("caught above").1 = Some(out.len());
                }
                return Ok(true);
            }
            (Value::List(items), "append") => {
                let is_tuple = items.is_tuple();
                let list_name = match &*call.func {
                    Expr::Attribute(ast::ExprAttribute { value, .. }) => match &**value {
                        Expr::Name(name) => name.clone(),
                        _ => return fail(call, "append to a named list"),
                    },
                    _ => return Ok(false),
                };
                self.check_callback_append(frame, list_name.id.as_str(), call)?;
                // `t = (1, 2)`, `t.append(3)`: CPython's AttributeError (translate/tuple_appends.rs).
                self.refuse_append_to_a_tuple(list_name.id.as_str(), is_tuple, call)?;
                self.refuse_given_list_change(frame, list_name.id.as_str(), ".append(...)", call)?;
                if frame.dynamic > 0 {
                    return fail(
                        call,
                        "appending to a list of threads or tasks inside an `if` or a loop the scenario runs (a comprehension's `if` or `for` over values known only at run time is one) cannot be followed at import time; make the list where every run makes each item",
                    );
                }
                let [item] = &args[..] else {
                    return fail(call, "`append` takes one item");
                };
                let item = match item {
                    // A task started in a loop unrolled at import time: a future of its own per pass.
                    Expr::Call(start_call) if let Some(start) = self.task_start(frame, start_call)? => {
                        let future = self.fresh_temporary(frame.task, list_name.id.as_str());
                        self.submit_start(frame, start, Node::Plain(future.clone()), out, line)?;
                        Value::Future(future)
                    }
                    // `threads.append(threading.Thread(target=work))`: the thread made here.
                    Expr::Call(_)
                        if let Some(created) = self.creation(frame, list_name.id.as_str(), item, out, line)? =>
                    {
                        created
                    }
                    _ => self.static_value(frame, item)?,
                };
                let id = list_name.id.to_string();
                let global = self.is_global_target(frame, &id) || !frame.locals.contains_key(&id);
                if global {
                    self.note_future_list_append(frame, &id, &item, &call.func)?;
                }
                // The value the name's reads see (`resolve`): a module `for`'s variable is a local of the module's
                // frame (session37-s37repros/g17).
                let slot = if given_lists::reads_local(frame, &id) {
                    frame.locals.get_mut(&id)
                } else {
                    self.globals.get_mut(&id)
                };
                if let Some(Value::List(items)) = slot {
                    items.push(item);
                }
                return Ok(true);
            }
            (Value::Shared(shared, Shape::Map { .. }), "pop") => {
                let shared = shared.clone();
                self.list_pop(frame, &shared, call, None, out, line)?;
                return Ok(true);
            }
            // `sessions.pop(user)` as a statement of a dict display with string keys: translated again
            // with the display a shared map (grown_dicts.rs), as its value is (expr.rs).
            (Value::Record(fields), "pop") => {
                let refusal = Error::at(
                    call,
                    "`.pop()` of a dict display with string keys that weft cannot hold as a dict made at run time is not supported; start the dict empty and add its keys (`d = {}`, then `d[\"a\"] = 1`)",
                );
                return Err(self.grown_record(fields, refusal));
            }
            (Value::Shared(shared, Shape::Map { dense: true }), "popleft" | "appendleft")
                if self.deques.contains_key(shared) =>
            {
                let shared = shared.clone();
                match method {
                    "popleft" => {
                        self.list_pop(frame, &shared, call, None, out, line)?;
                        return Ok(true);
                    }
                    _ => self.deque_appendleft(frame, &shared, call, line)?,
                }
            }
            (Value::Shared(shared, Shape::Map { dense: true }), "append" | "extend")
                if self.deques.get(shared).is_some_and(Option::is_some) =>
            {
                let shared = shared.clone();
                self.bounded_deque_append(frame, &shared, call, method, out, line)?
            }
            (Value::Shared(shared, Shape::Map { dense: true } | Shape::Array(_)), "sort")
                if !self.deques.contains_key(shared) =>
            {
                let shared = shared.clone();
                self.list_sort(frame, &shared, call, line)?
            }
            (Value::Shared(shared, Shape::Map { dense: true }), "extend") => {
                let shared = shared.clone();
                if self.extend_by_comprehension(frame, &shared, call, out, line)? {
                    return Ok(true);
                }
                self.list_extend(frame, &shared, call, line)?
            }
            (Value::Shared(shared, Shape::Map { dense: true }), "remove") if !self.deques.contains_key(shared) => {
                let shared = shared.clone();
                self.list_remove(frame, &shared, call, out, line)?;
                return Ok(true);
            }
            (Value::Shared(shared, Shape::Map { dense: true }), "append") => {
                let [item] = &args[..] else {
                    return fail(call, "`append` takes one item");
                };
                self.refuse_appended_function(frame, item)?;
                let value = self.argument_code(frame, item, out, line)?;
                // list.append is one C call in CPython: one atomic step.
                let set = Step::new("set", Node::Quoted(format!("{shared}[len({shared})] = {value}")), line);
                Step::new("atomic", Node::Steps(vec![set]), line)
            }
            (Value::Shared(shared, Shape::Map { dense: false }), "update") if self.is_shared_set(shared) => {
                let shared = shared.clone();
                self.set_update(frame, &shared, call, out, line)?;
                return Ok(true);
            }
            (Value::Shared(shared, Shape::Map { dense: false }), "update")
                if self.defaulting_dicts.get(shared) == Some(&false) =>
            {
                let shared = shared.clone();
                self.counter_update(frame, &shared, call, out, line)?;
                return Ok(true);
            }
            (Value::Shared(shared, Shape::Map { dense: false }), "update") => {
                let shared = shared.clone();
                self.dict_update(frame, &shared, call, out, line)?;
                return Ok(true);
            }
            (Value::Shared(_, Shape::Map { dense: false }), "setdefault") => {
                // As a statement: the read's step, its value unused.
                let value = Expr::Call(call.clone());
                let read = self.map_read(frame, &value).expect("setdefault of a shared dict");
                self.map_read_steps(frame, read, out, line)?;
                return Ok(true);
            }
            // `move_to_end(key)`, `popitem(last=False)` of an OrderedDict (ordered_dict_methods.rs).
            (Value::Shared(shared, Shape::Map { dense: false }), "$move_to_end" | "$popitem_first") => {
                let shared = shared.clone();
                self.ordered_dict_method(frame, (&shared, method), call, out, line)?;
                return Ok(true);
            }
            (Value::Shared(shared, Shape::Map { dense: false }), "add" | "remove" | "discard") => {
                let [member] = &args[..] else {
                    return fail(call, format!("`{method}` takes one member"));
                };
                self.refuse_tuple_key(Some(shared), member)?;
                let member = match self.static_tuple_key(frame, shared, member)? {
                    Some(text) => text,
                    None => self.map_key(shared, self.code(frame, member)?.0),
                };
                // A member that is not there: KeyError for `remove`, as `del` of a missing key is.
                let delete = Step::new("del", Node::Quoted(format!("{shared}[{member}]")), line);
                match method {
                    "add" => Step::new("set", Node::Quoted(format!("{shared}[{member}] = 1")), line),
                    "remove" => delete,
                    // `discard` tests and deletes in one C call: no thread can come between the two.
                    _ => {
                        let entries = vec![
                            ("cond", Node::Quoted(format!("has({shared}, {member})"))),
                            ("then", Node::Steps(vec![delete])),
                        ];
                        Step::new("atomic", Node::Steps(vec![Step::new("if", Node::Map(entries), line)]), line)
                    }
                }
            }
            (Value::Shared(shared, Shape::Array(_)), "append") => {
                return fail(
                    call,
                    format!(
                        "`{shared}` was classified as a fixed-length list; appending to it needs it to start as `[]`"
                    ),
                );
            }
            _ => return Ok(false),
        };
        out.push(step);
        Ok(true)
    }

    /// `items.sort()` (or `items.sort(reverse=True)`) of a shared list: one `atomic` step, since
    /// list.sort is one C call that holds the GIL throughout, which sorts in place by insertion. It
    /// compares with `<` only, as CPython's sort does, so items of two kinds fault with TypeError as
    /// there, and it is stable as CPython's (`reverse=True` too: equal items keep their order).
    fn list_sort(&mut self, frame: &Frame, shared: &str, call: &ast::ExprCall, line: u32) -> Result<Step> {
        let reverse = match (&call.arguments.args[..], &call.arguments.keywords[..]) {
            ([], []) => false,
            ([], [keyword]) if keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "reverse") => {
                match &keyword.value {
                    Expr::BooleanLiteral(literal) => literal.value,
                    _ => return fail(&keyword.value, "`reverse=` is supported as `True` or `False` written there"),
                }
            }
            _ => return fail(call, "`sort()` is supported with no arguments or `reverse=True`; a `key=` is not"),
        };
        let temporaries = [
            self.temporary(frame.task, "unsorted"),
            self.temporary(frame.task, "sorting"),
            self.temporary(frame.task, "slot"),
        ];
        let steps = list_values::insertion_sort(shared, &format!("len({shared})"), &temporaries, None, reverse, line);
        Ok(Step::new("atomic", Node::Steps(steps), line))
    }

    /// The predicate of `Condition.wait_for`: a lambda of no arguments, or a function of this file that
    /// returns an expression.
    fn predicate(&mut self, frame: &mut Frame, predicate: &Expr) -> Result<String> {
        let body: &Expr = match predicate {
            Expr::Lambda(lambda) => {
                if lambda.parameters.as_ref().is_some_and(|p| !p.is_empty()) {
                    return fail(predicate, "the predicate takes no arguments");
                }
                &lambda.body
            }
            _ => match self.expr(frame, predicate, false)? {
                Ex::Static(Value::Function(function)) => {
                    let def = self.functions[&function];
                    match def.body.as_slice() {
                        [Stmt::Return(ast::StmtReturn { value: Some(value), .. })] => value,
                        _ => return fail(predicate, "a predicate function must be a single `return EXPR`"),
                    }
                }
                _ => return fail(predicate, "the predicate must be a lambda or a function of this file"),
            },
        };
        self.check_predicate_value(frame, body)?;
        self.condition(frame, body)
    }

    /// A condition (`if`, `while`, `assert`): Python's truthiness, `and`/`or` short-circuit.
    fn condition(&mut self, frame: &mut Frame, test: &Expr) -> Result<String> {
        self.check_sentinel_truth(frame, test)?;
        let saved = frame.in_condition;
        frame.in_condition = true;
        let result = match self.held_truth(frame, test) {
            Some(truth) => Ok(truth),
            None => self.expr(frame, test, false),
        };
        frame.in_condition = saved;
        let result = result?;
        let result = crate::expr::container_truth(&result).unwrap_or(result);
        match result {
            Ex::Static(Value::Int(n)) => Ok(if n != 0 { "True" } else { "False" }.to_string()),
            Ex::Static(Value::Str(text)) => Ok(if text.is_empty() { "False" } else { "True" }.to_string()),
            Ex::Static(Value::None) => Ok("False".to_string()),
            Ex::Static(Value::Sentinel(_)) => Ok("True".to_string()),
            ex => self.to_code(ex, test).map(|(text, _, _, _)| text),
        }
    }

    /// In a program with an `object()` sentinel, the truth of a local (`if item:`, `while not item:`)
    /// is refused: the local may hold the sentinel, which is true in Python and the scenario's None,
    /// which is false. `item is SENTINEL` and comparisons are exact.
    fn check_sentinel_truth(&self, frame: &Frame, test: &Expr) -> Result<()> {
        if !self.makes_sentinel {
            return Ok(());
        }
        match test {
            Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not => self.check_sentinel_truth(frame, &unary.operand),
            Expr::BoolOp(boolean) => {
                boolean.values.iter().try_for_each(|value| self.check_sentinel_truth(frame, value))
            }
            // A name of the program's own (the translator's flags, `equal` of `totals == {...}`, hold
            // a comparison's truth, never the sentinel).
            Expr::Name(name)
                if self.python_names.contains(name.id.as_str())
                    && matches!(
                        self.resolve(frame, name.id.as_str()),
                        Some(Value::Local(_) | Value::Shared(_, Shape::Int))
                    ) =>
            {
                fail(
                    test,
                    format!(
                        "the truth of `{}` in a program with an `object()` sentinel: weft says the sentinel as None, which is false where Python's object() is true; compare with `is` or `==`",
                        name.id
                    ),
                )
            }
            _ => Ok(()),
        }
    }

    /// `return` without a value (or `return None`) ending a task: `None` in a job's or coroutine's
    /// future, as Python's result is; a thread's result is seen by nobody, so the format's own bare
    /// `return`.
    fn bare_return(&mut self, frame: &Frame, line: u32) -> Step {
        if frame.gives_result {
            self.none_result.get_or_insert(self.line_offset(line));
            none_return(line)
        } else {
            Step::word("return", line)
        }
    }

    /// An `object()` sentinel is the scenario's None: refused when the program has a None of its own
    /// (the two would be one value) or two sentinels (the same).
    fn check_sentinels(&self) -> Result<()> {
        let Some((name, offset)) = self.sentinels.first() else {
            return Ok(());
        };
        if let Some((second, at)) = self.sentinels.get(1) {
            return Err(Error::at_offset(
                *at,
                format!(
                    "a second `object()` sentinel (`{second}`, after `{name}`): weft says a sentinel as the scenario's None, so two would be one value; use one sentinel"
                ),
            ));
        }
        if let Some(none_at) = self.none_literal.or(self.none_result) {
            let (line, _) = self.source.line_column(none_at);
            return Err(Error::at_offset(
                *offset,
                format!(
                    "`{name} = object()` is said as the scenario's None (a value distinct from every integer), and this program uses None too (line {line}): the two would be one value; use None or the sentinel, not both"
                ),
            ));
        }
        Ok(())
    }

    // ---- blocking calls with a result -------------------------------------------------------------

    /// Is `value` a call that blocks and gives a result (`q.get()`, `lock.acquire(...)`, `e.wait(...)`)?
    fn blocking_result(&self, frame: &Frame, value: &Expr) -> Result<bool> {
        let Expr::Call(call) = value else {
            return Ok(false);
        };
        let Expr::Attribute(attribute) = &*call.func else {
            return Ok(false);
        };
        let Ok(Ex::Static(Value::Object(object))) = self.expr(frame, &attribute.value, false) else {
            return Ok(false);
        };
        Ok(match (&object, attribute.attr.as_str()) {
            // A written-out barrier's wait gives its arrival index (translate/barrier_actions.rs).
            (Object::Barrier { name, .. }, "wait") => self.written_barriers.contains_key(name),
            (Object::Queue { .. }, "get" | "get_nowait")
            | (Object::Lock { .. } | Object::Semaphore(_) | Object::Condition { .. }, "acquire")
            | (Object::Event(_) | Object::Condition { .. }, "wait")
            | (Object::Condition { .. }, "wait_for") => true,
            _ => false,
        })
    }

    /// Emits a blocking call; `into` receives its result (1 when a call without timeout returns).
    fn blocking_call(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Expr::Call(call) = value else {
            return fail(value, "not a call");
        };
        let Expr::Attribute(attribute) = &*call.func else {
            return fail(value, "not a method call");
        };
        let Ok(Ex::Static(Value::Object(object))) = self.expr(frame, &attribute.value, false) else {
            return fail(value, "not a method of a threading object");
        };
        let method = attribute.attr.as_str();
        if let (Object::Condition { name, .. }, "wait_for") = (&object, method) {
            return self.wait_for_call(frame, call, name.clone(), into, out, line);
        }
        if let (Object::Barrier { name, parties, .. }, "wait") = (&object, method) {
            return self.written_barrier_wait(frame, name, *parties, call, into, out, line);
        }
        if method == "acquire" {
            self.check_acquire_timeout(frame, call, matches!(object, Object::Semaphore(_)))?;
        }
        let timeout = self.timeout(frame, call, method)?;
        let plain = |name: &str| Node::Plain(name.to_string());
        let (key, target_key, name) = match (&object, method) {
            (Object::Queue { name, .. }, "get" | "get_nowait") => {
                let into = match into {
                    Some(into) => into.to_string(),
                    None => self.temporary(frame.task, "item"),
                };
                let mut fields = vec![("queue", plain(name)), ("into", Node::Plain(into))];
                self.note_queue_take(frame, name, call.range());
                let mut caught = false;
                if timeout.as_deref() == Some("0ns") {
                    let form = if method == "get_nowait" { "get_nowait()" } else { "get(block=False)" };
                    self.note_queue_poll(frame, name, form, call.range());
                } else if let Some(duration) = &timeout {
                    self.note_short_queue_get(frame, name, duration, call.range());
                }
                if let Some(duration) = timeout {
                    fields.push(("timeout", Node::Plain(duration)));
                    if let Some(flag) = self.catch_timeout_exception(frame, &object, call, "queue.Empty")? {
                        fields.push(("into_ok", Node::Plain(flag)));
                        caught = true;
                    }
                }
                out.push(Step::new("get", Node::Map(fields), line));
                if caught {
                    // The rest of the `try` runs only when an item came (`try_timed` splits here).
                    self.timeout_catch.as_mut().expect("caught above").1 = Some(out.len());
                }
                return Ok(());
            }
            (Object::Lock { name, .. }, "acquire") => ("lock", "name", name.clone()),
            (Object::Condition { with_lock, .. }, "acquire") => ("lock", "name", with_lock.clone()),
            (Object::Semaphore(name), "acquire") => ("acquire", "name", name.clone()),
            (Object::Event(name), "wait") => ("wait", "event", name.clone()),
            (Object::Condition { name, .. }, "wait") => ("wait", "condition", name.clone()),
            _ => return fail(call, format!("`{method}` of {} is not supported", object.describe())),
        };
        match timeout {
            Some(duration) => {
                let into = match into {
                    Some(into) => into.to_string(),
                    None => self.temporary(frame.task, "got"),
                };
                out.push(Step::new(
                    key,
                    Node::Map(vec![
                        (target_key, Node::Plain(name)),
                        ("timeout", Node::Plain(duration)),
                        ("into", Node::Plain(into)),
                    ]),
                    line,
                ));
            }
            None => {
                let node = if target_key == "condition" {
                    Node::Map(vec![("condition", Node::Plain(name))])
                } else {
                    Node::Plain(name)
                };
                out.push(Step::new(key, node, line));
                if let Some(into) = into {
                    out.push(Step::new("let", Node::Quoted(format!("{into} = 1")), line));
                }
            }
        }
        Ok(())
    }

    /// The time-out of `t.join(timeout)` (`join(timeout=t)`) or `barrier.wait(timeout)`, a `method`
    /// whose one argument is its time-out; `None` for `join()` and `join(None)`.
    fn optional_timeout(&self, frame: &Frame, call: &ast::ExprCall, method: &str) -> Result<Option<String>> {
        let keyword = call.arguments.find_keyword("timeout").map(|k| &k.value);
        let given = match (&call.arguments.args[..], keyword) {
            ([], None) => return Ok(None),
            ([timeout], None) | ([], Some(timeout)) if call.arguments.keywords.len() <= 1 => timeout,
            _ => return fail(call, format!("`{method}` takes one time-out")),
        };
        match self.static_value(frame, given)? {
            Value::None => Ok(None),
            _ => self.duration(frame, given).map(Some),
        }
    }

    /// `t.join(timeout)`: a wait with the time-out on an event the thread sets as its last step
    /// (`finish_joined_threads`), which is when CPython's `join` returns; `t.is_alive()` is then
    /// `not is_set(event)`.
    fn timed_join(&mut self, frame: &Frame, task: usize, duration: String, call: &ast::ExprCall, line: u32) -> Step {
        let event = match self.finished_events.get(&task) {
            Some((event, _)) => event.clone(),
            None => {
                let event = self.object_name(&format!("{}_finished", self.scenario.tasks[task].base));
                self.scenario.events.push(event.clone());
                self.finished_events.insert(task, (event.clone(), call.range().start().to_usize()));
                event
            }
        };
        let joined = self.temporary(frame.task, "joined");
        let fields =
            vec![("event", Node::Plain(event)), ("timeout", Node::Plain(duration)), ("into", Node::Plain(joined))];
        Step::new("wait", Node::Map(fields), line)
    }

    /// Each thread joined with a time-out sets its event as its last step. A `return` anywhere but at
    /// its end would skip it (or set it before a `with` releases its lock, earlier than CPython's
    /// thread ends): refused.
    fn finish_joined_threads(&mut self) -> Result<()> {
        for (&task, (event, offset)) in &self.finished_events {
            let line = self.scenario.tasks[task].line;
            let ops = &mut self.scenario.tasks[task].ops;
            let ends_with_return = ops.last().is_some_and(|step| step.key == "return");
            let body = if ends_with_return { &ops[..ops.len() - 1] } else { &ops[..] };
            if body.iter().any(contains_return_step) {
                let ended = Self::early_return_ends(std::mem::take(ops), (event, line), *offset)?;
                *ops = ended;
                continue;
            }
            let at = ops.len() - usize::from(ends_with_return);
            ops.insert(at, Step::new("set_event", Node::Plain(event.clone()), line));
        }
        Ok(())
    }

    /// The flag a `BoundedSemaphore`'s release says whether it went through, when it is the first
    /// statement of a `try:` with `except ValueError:` (`try_timed`); `None` for a release that cannot
    /// raise (an unbounded semaphore) or whose ValueError nothing catches (a fault, as the thread's
    /// uncaught exception). A bounded release further inside such a `try` would be caught by its
    /// handler, which has no scenario form there: refused.
    fn catch_release_error(&self, call: &ast::ExprCall, semaphore: &str) -> Result<Option<String>> {
        let bounded = self.scenario.semaphores.iter().any(|(name, _, bounded)| name == semaphore && *bounded);
        if !bounded {
            return Ok(None);
        }
        let caught = "a `BoundedSemaphore`'s `release()` whose ValueError a `try:` catches imports as the `try`'s first statement, with `except ValueError:` its one handler";
        match self.timeout_catch.as_ref() {
            Some((flag, None)) => Ok(Some(flag.clone())),
            Some((_, Some(_))) => fail(call, caught),
            None if self.caught_tries.contains(&CaughtException::BoundedRelease) => fail(call, caught),
            None => Ok(None),
        }
    }

    /// The flag a `get` (`exception` queue.Empty), a `put` (queue.Full) or a barrier's `wait`
    /// (threading.BrokenBarrierError) with a time-out says whether it got through: the one of the `try:`
    /// whose handler catches it (`try_timed`); `None` when no `try` catches it, and a time-out ends the
    /// thread with the exception (the step has no `into_ok`: a fault). Only a threading object's step
    /// outside every caught `try` is uncaught for sure; `check_uncaught_raises` then checks its task.
    fn catch_timeout_exception(
        &mut self,
        frame: &Frame,
        queue: &Object,
        call: &ast::ExprCall,
        exception: &str,
    ) -> Result<Option<String>> {
        let caught = || match queue {
            Object::Barrier { .. } => format!(
                "a barrier's `wait` inside a `try:` with `except {exception}:` imports as the `try`'s first statement"
            ),
            _ => format!(
                "a `get` or `put` with a time-out (or `get_nowait()`, `put_nowait()`) inside a `try:` imports as its first statement, with `except {exception}:` its one handler"
            ),
        };
        match self.timeout_catch.as_ref() {
            Some((flag, None)) => return Ok(Some(flag.clone())),
            Some((_, Some(_))) => return fail(call, caught()),
            None if !self.caught_tries.is_empty() => return fail(call, caught()),
            None => {}
        }
        if self.is_asyncio(queue) {
            let method = match &*call.func {
                Expr::Attribute(attribute) => attribute.attr.as_str(),
                _ => "",
            };
            return fail(call, refusal_words::asyncio_nowait_refusal(method));
        }
        self.uncaught_raises.push((frame.task, call.range().start().to_usize(), exception.to_string()));
        Ok(None)
    }

    /// An uncaught queue.Empty or queue.Full ends a thread with its exception, a fault; in a job of an
    /// executor, `asyncio.to_thread` or a coroutine it goes to the future instead, and in a process it
    /// ends that process alone: neither is a fault of the program, so both are refused.
    fn check_uncaught_raises(&self) -> Result<()> {
        let jobs: BTreeSet<usize> = self.futures.job_tasks.values().copied().collect();
        for (task, offset, exception) in &self.uncaught_raises {
            let definition = &self.scenario.tasks[*task];
            let elsewhere = definition.kind.is_some() || definition.executor.is_some() || jobs.contains(task);
            if elsewhere && !self.ends_alone(*task) {
                return Err(Error::at_offset(
                    *offset,
                    format!(
                        "a time-out whose {exception} no `try` catches imports in a thread (it ends the thread, a fault) or a `multiprocessing.Process` (it ends that process: exitcode 1); in a job or a coroutine the exception goes elsewhere: catch it with `try:` / `except {exception}:`"
                    ),
                ));
            }
        }
        Ok(())
    }

    /// `cond.wait_for(predicate, timeout)`: `into` receives what Python returns, the predicate's last
    /// value (translate/predicate_values.rs), with a time-out or without.
    fn wait_for_call(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        condition: String,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let args = &call.arguments.args;
        let Some(predicate) = args.first() else {
            return fail(call, "`wait_for` needs a predicate");
        };
        let mut timeout = args.get(1);
        if args.len() > 2 {
            return fail(call, "`wait_for(predicate, timeout)` takes two arguments");
        }
        for keyword in &call.arguments.keywords {
            match keyword.arg.as_ref().map(|a| a.as_str()) {
                Some("timeout") => timeout = Some(&keyword.value),
                _ => return fail(keyword, "this keyword argument is not supported"),
            }
        }
        // A `wait_for` whose value is dropped needs only the predicate's truth (predicate_values.rs).
        let truth_only = self.wait_for_truth_only;
        self.wait_for_truth_only = truth_only || into.is_none();
        let predicate = self.predicate(frame, predicate);
        self.wait_for_truth_only = truth_only;
        let predicate = predicate?;
        let duration = match timeout.map(|expr| (expr, self.static_value(frame, expr))) {
            None => None,
            Some((_, Err(error))) => return Err(error),
            Some((_, Ok(Value::None))) => None,
            Some((expr, Ok(_))) => Some(self.duration(frame, expr)?),
        };
        let mut fields = vec![("condition", Node::Plain(condition)), ("cond", Node::Quoted(predicate))];
        match duration {
            Some(duration) => {
                let into = match into {
                    Some(into) => into.to_string(),
                    None => self.temporary(frame.task, "got"),
                };
                fields.push(("timeout", Node::Plain(duration)));
                fields.push(("into", Node::Plain(into)));
                out.push(Step::new("wait_for", Node::Map(fields), line));
            }
            None => {
                // The predicate's last value, as with a time-out (it held, so it is true).
                if let Some(into) = into {
                    fields.push(("into", Node::Plain(into.to_string())));
                }
                out.push(Step::new("wait_for", Node::Map(fields), line));
            }
        }
        Ok(())
    }

    /// `acquire(blocking=False)` is a time-out of 0; `acquire(timeout=t)`, `wait(t)`, `wait(timeout=t)`.
    fn timeout(&self, frame: &Frame, call: &ast::ExprCall, method: &str) -> Result<Option<String>> {
        let args = &call.arguments.args;
        let mut blocking = true;
        let mut timeout = None;
        match method {
            "get_nowait" if args.is_empty() && call.arguments.keywords.is_empty() => {
                return Ok(Some("0ns".to_string()));
            }
            "get_nowait" => return fail(call, "`get_nowait()` takes no arguments"),
            "put_nowait" if args.len() == 1 && call.arguments.keywords.is_empty() => {
                return Ok(Some("0ns".to_string()));
            }
            "put_nowait" => return fail(call, "`put_nowait(item)` takes the item only"),
            "put" => {
                if let Some(block) = args.get(1) {
                    blocking = self.static_int(frame, block)? != 0;
                }
                timeout = args.get(2);
            }
            "acquire" | "get" => {
                if let Some(first) = args.first() {
                    blocking = self.static_int(frame, first)? != 0;
                }
                if let Some(second) = args.get(1) {
                    timeout = Some(second);
                }
            }
            _ => timeout = args.first(),
        }
        for keyword in &call.arguments.keywords {
            match keyword.arg.as_ref().map(|a| a.as_str()) {
                Some("blocking" | "block") => blocking = self.static_int(frame, &keyword.value)? != 0,
                Some("timeout") => timeout = Some(&keyword.value),
                _ => return fail(keyword, "this keyword argument is not supported"),
            }
        }
        if !blocking {
            return Ok(Some("0ns".to_string()));
        }
        match timeout {
            None => Ok(None),
            Some(expr) => match self.static_value(frame, expr)? {
                Value::None => Ok(None),
                Value::Int(n) if n < 0 && method == "acquire" => Ok(None),
                _ => self.duration(frame, expr).map(Some),
            },
        }
    }

    // ---- control flow ---------------------------------------------------------------------------

    fn if_statement(
        &mut self,
        frame: &mut Frame,
        branch: &ast::StmtIf,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<()> {
        // `if f.done() and not f.cancelled():`: the test bound to a name first (future_states.rs).
        let state_test = self.hoisted_state_test(frame, &branch.test, out, line)?;
        let branch_test = state_test.as_ref().unwrap_or(&branch.test);
        // `if f.exception() is not None:`: the wait for the job comes first, the test reads its flag.
        let exception_test = self.exception_test(frame, branch_test, out, line)?;
        let test = exception_test.as_ref().unwrap_or(branch_test);
        let mut clauses: Vec<(Option<&Expr>, &[Stmt], u32)> = vec![(Some(test), &branch.body, line)];
        for clause in &branch.elif_else_clauses {
            clauses.push((clause.test.as_ref(), &clause.body, self.line(clause)));
        }
        self.if_chain(frame, &clauses, out, next_line)
    }

    fn if_chain(
        &mut self,
        frame: &mut Frame,
        clauses: &[(Option<&Expr>, &[Stmt], u32)],
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        let Some(((test, body, line), rest)) = clauses.split_first() else {
            return Ok(());
        };
        let rest_line = rest.first().map_or(next_line, |(_, _, l)| *l);
        let Some(test) = test else {
            return self.block(frame, body, out, next_line);
        };
        // A test known at import time (`if __name__ == "__main__":`) picks its branch now.
        if let Some(truth) = self.static_truth(frame, test) {
            return if truth {
                self.block(frame, body, out, rest_line)
            } else {
                self.if_chain(frame, rest, out, next_line)
            };
        }
        let mut pre = Vec::new();
        let condition = self.test_with_steps(frame, test, &mut pre, *line)?;
        out.extend(pre);
        let bodies: Vec<&[Stmt]> = clauses.iter().map(|(_, body, _)| *body).collect();
        let candidates = self.unbound_candidates(frame, &bodies);
        frame.dynamic += 1;
        self.forget_assigned(frame, body);
        let mut then_ops = Vec::new();
        let then_result = self.block(frame, body, &mut then_ops, rest_line);
        let mut else_ops = Vec::new();
        let else_result = then_result.and_then(|()| {
            for (_, clause_body, _) in rest {
                self.forget_assigned(frame, clause_body);
            }
            self.if_chain(frame, rest, &mut else_ops, next_line)
        });
        frame.dynamic -= 1;
        else_result?;
        self.note_if_chain_unbound(frame, candidates, clauses);
        let mut entries = vec![("cond", Node::Quoted(condition)), ("then", Node::Steps(then_ops))];
        if !else_ops.is_empty() {
            entries.push(("else", Node::Steps(else_ops)));
        }
        out.push(Step::new("if", Node::Map(entries), *line));
        Ok(())
    }

    /// The truth of a test known at import time, `None` when it is known only when the program runs (a
    /// list that grows: `if items:` is `len(items) != 0` then).
    fn static_truth(&self, frame: &Frame, test: &Expr) -> Option<bool> {
        let Ok(Ex::Static(value)) = self.expr(frame, test, true) else { return None };
        match value {
            // `not_done` of `wait(FIRST_COMPLETED)`, and a list of `cancel()`'s values over it, may be
            // empty (every future had finished).
            Value::Local(_)
            | Value::Shared(_, Shape::Map { .. })
            | Value::SetOrderBools { .. }
            | Value::FirstCompleted { pending: true, .. } => None,
            // `done` is empty when a timed `wait` ran out first, or after a `pop` of its one future
            // (timed_first_completed.rs).
            Value::FirstCompleted { popped, done, .. } if popped || self.futures.may_be_empty_done.contains(&done) => {
                None
            }
            // Any other value known at import time (an object, a function) is true, as Python's.
            other => Some(crate::expr::static_truth(&other).unwrap_or(true)),
        }
    }

    /// Whether `stmt`, translated where it is, always raises: a `raise`, or an `if` whose tests are
    /// known at import time and whose branch taken ends so (a guard clause of a job given a bad
    /// argument: `if text not in NUMBERS: raise ValueError(text)`). The statements after it in its
    /// block are never reached, and are not translated (one may read what does not exist then).
    fn always_raises(&self, frame: &Frame, stmt: &Stmt) -> bool {
        match stmt {
            Stmt::Raise(_) => true,
            // `min([])`, `x = len(5)` (translate/known_raises.rs).
            Stmt::Expr(_) | Stmt::Assign(_) if self.raises_known_exception(frame, stmt) => true,
            Stmt::Expr(_) | Stmt::Assign(_) | Stmt::Return(_) if self.missing_table_key(frame, stmt).is_some() => true,
            Stmt::Expr(statement) => {
                frame.module_level
                    && frame.dynamic == 0
                    && matches!(&*statement.value, Expr::Call(call) if self.exit_call(frame, call).is_some())
            }
            Stmt::If(branch) => self.clause_taken_at_import(frame, branch).is_some_and(|body| {
                body.and_then(|body| body.last()).is_some_and(|last| self.always_raises(frame, last))
            }),
            _ => false,
        }
    }

    /// The body of the clause of `branch` that runs, where every test before it is known at import time:
    /// `Some(Some(body))`, `Some(None)` when no clause runs, `None` when a test is known only at run time.
    pub(super) fn clause_taken_at_import<'b>(
        &self,
        frame: &Frame,
        branch: &'b ast::StmtIf,
    ) -> Option<Option<&'b [Stmt]>> {
        let clauses = std::iter::once((Some(&*branch.test), &branch.body))
            .chain(branch.elif_else_clauses.iter().map(|clause| (clause.test.as_ref(), &clause.body)));
        for (test, body) in clauses {
            let taken = match test {
                None => true,
                Some(test) => self.static_truth(frame, test)?,
            };
            if taken {
                return Some(Some(body));
            }
        }
        Some(None)
    }

    /// A test that may be a blocking call with a result (`if lock.acquire(timeout=1):`, `not e.wait(1)`):
    /// the call becomes steps before the test, into a temporary.
    fn test_with_steps(&mut self, frame: &mut Frame, test: &Expr, pre: &mut Vec<Step>, line: u32) -> Result<String> {
        // `while (item := q.get()) is not None:`: the assignment first (a `while`'s test runs at the top
        // of every pass), then the test of the name.
        if let Some((named, rewritten)) = without_walrus(test) {
            self.assign(frame, &named.target, &named.value, pre, line)?;
            return self.test_with_steps(frame, &rewritten, pre, line);
        }
        let (negated, inner) = match test {
            Expr::UnaryOp(ast::ExprUnaryOp { op: ast::UnaryOp::Not, operand, .. }) => (true, &**operand),
            other => (false, other),
        };
        if self.blocking_result(frame, inner)? {
            let temporary = self.temporary(frame.task, "got");
            self.wait_for_truth_only = true;
            let called = self.blocking_call(frame, inner, Some(&temporary), pre, line);
            self.wait_for_truth_only = false;
            called?;
            return Ok(if negated { format!("not {temporary}") } else { temporary });
        }
        // `if account.withdraw(30):` / `while not try_once():`: a function or method of the file, inlined
        // before the test with its result in a local, as an assignment would put it.
        if let Expr::Call(call) = inner
            && let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, &call.func, false)
        {
            let Some(result) = self.inline_call(frame, &function, call, pre, line, true)? else {
                return fail(inner, format!("`{function}` returns nothing weft can compute"));
            };
            let result = crate::expr::container_truth(&result).unwrap_or(result);
            let (text, precedence, _, _) = self.to_code(result, inner)?;
            return Ok(if negated { format!("not {}", wrap(&text, precedence, NOT + 1)) } else { text });
        }
        if let Some(rewritten) = self.test_without_stepped_operands(frame, inner, pre, line)? {
            let condition = self.condition(frame, &rewritten)?;
            return Ok(if negated { format!("not ({condition})") } else { condition });
        }
        self.condition(frame, test)
    }

    /// Locals assigned in a block the scenario may run any number of times are no longer known.
    fn forget_assigned(&self, frame: &mut Frame, body: &[Stmt]) {
        let mut assigned = BTreeSet::new();
        let mut declared = BTreeSet::new();
        collect_assigned(body, &mut assigned, &mut declared);
        for name in assigned {
            frame.known.remove(&name);
        }
    }

    /// `for n, sq in ex.map(square, items):` (each result a tuple made at run time): the same loop over
    /// a temporary, `item`, whose body first unpacks it (`n, sq = item`), as Python unpacks each result
    /// before the body runs.
    /// So is `for name, size in pages:` over a list of results (`pages = list(pool.map(...))`, a local
    /// array: session30/f01's dict comprehension over it).
    fn for_over_tuple_results(&mut self, frame: &mut Frame, looping: &ast::StmtFor) -> Option<ast::StmtFor> {
        let Expr::Tuple(_) = &*looping.target else { return None };
        let mapped = |call: &ast::ExprCall| self.executor_call(frame, call).is_some_and(|(_, method)| method == "map");
        let results = match &*looping.iter {
            Expr::Call(call) => mapped(call),
            Expr::Name(_) => matches!(self.expr(frame, &looping.iter, false), Ok(Ex::Static(Value::LocalArray(..)))),
            _ => false,
        };
        if !results {
            return None;
        }
        let item = self.fresh_temporary(frame.task, "item");
        let item = local_reference(frame, &item, &looping.target);
        let unpacking = Stmt::Assign(ast::StmtAssign {
            node_index: Default::default(),
            range: looping.target.range(),
            targets: vec![(*looping.target).clone()],
            value: Box::new(item.clone()),
        });
        let body = std::iter::once(unpacking).chain(looping.body.iter().cloned()).collect();
        Some(ast::StmtFor { target: Box::new(item), body, ..looping.clone() })
    }

    fn while_statement(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtWhile,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<()> {
        self.refuse_timeless_clock_loop(looping)?;
        self.forget_assigned(frame, &looping.body);
        let mut pre = Vec::new();
        let condition = self.test_with_steps(frame, &looping.test, &mut pre, line)?;
        let mut body = Vec::new();
        let result = self.emitted_loop_body(frame, &looping.body, &mut body, next_line);
        result?;
        let (condition, body) = if pre.is_empty() {
            (condition, body)
        } else {
            // The call must run before every test: test at the top of an endless loop.
            let stop = Step::new(
                "if",
                Node::Map(vec![
                    ("cond", Node::Quoted(format!("not {}", wrap(&condition, ATOM - 1, NOT + 1)))),
                    ("then", Node::Steps(vec![Step::word("break", line)])),
                ]),
                line,
            );
            let mut ops = pre;
            ops.push(stop);
            ops.extend(body);
            ("True".to_string(), ops)
        };
        out.push(while_step(condition, body, line));
        Ok(())
    }

    fn for_statement(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<()> {
        if looping.is_async {
            return fail(
                &looping.range,
                "`async for` (asynchronous iterators) is not supported; loop over a list of tasks with `for t in tasks: await t`",
            );
        }
        if let Some(stored) = self.global_loop_target_rewrite(frame, looping) {
            return self.for_statement(frame, &stored, out, line, next_line);
        }
        if let Some(keyed) = self.future_dict_items_for(frame, looping) {
            return self.for_statement(frame, &keyed, out, line, next_line);
        }
        if let Some(listed) = self.sliced_futures_for(frame, looping)? {
            return self.for_statement(frame, &listed, out, line, next_line);
        }
        if let Some(walked) = self.filtered_set_for(frame, looping) {
            return self.for_statement(frame, &walked, out, line, next_line);
        }
        self.check_module_loop_target(frame, &looping.target)?;
        self.seed_module_loop_locals(frame, &looping.target, out, line)?;
        self.refuse_loop_over_made_set(frame, &looping.iter)?;
        if self.for_by_form(frame, looping, out, (line, next_line))? {
            return Ok(());
        }
        // `for i, r in enumerate(results):` is the loop over a `zip` with the list of results.
        let enumerated = self.enumerated_results_as_zip(frame, looping)?;
        if let Some(zipped) = self.zip_for(frame, enumerated.as_ref().unwrap_or(looping)) {
            self.bind_module_loop_names(frame, &looping.target);
            return self.unrolled_for(frame, &zipped, out, next_line);
        }
        if let Some(walked) = self.run_time_enumerate_for(frame, looping, out, next_line)? {
            return self.for_statement(frame, &walked, out, line, next_line);
        }
        // `for word, n in part.items():` of a dict made at run time (run_time_dict_views.rs).
        if self.run_time_dict_view_for(frame, looping, out, line, next_line)? {
            return Ok(());
        }
        if let Some(named) = self.for_over_call_result(frame, looping, out, next_line)? {
            return self.for_statement(frame, &named, out, line, next_line);
        }
        // `for x in items:` (or `for wid, v in results:`) over a shared list that grows: each item in
        // turn, by index, as CPython's list iterator takes them.
        if let Ok(Ex::Static(Value::Shared(shared, Shape::Map { dense: true }))) =
            self.expr(frame, &looping.iter, false)
            && !self.needs_unroll(frame, &looping.body)
        {
            if self.deques.contains_key(&shared) {
                return self.deque_for(frame, &shared, looping, out, line, next_line);
            }
            return self.growing_list_for(frame, (&shared, "len"), looping, out, line, next_line);
        }
        // `for x in xs:` over a name known only at run time, holding a list made at run time (`pages =
        // LINKS[path]`): the same walk, its length read by `size` (a value that is no list faults there).
        if let Some(held) = self.run_time_iterable(frame, &looping.iter)
            && !self.needs_unroll(frame, &looping.body)
        {
            // A dict made at run time whose loop changes it is refused (counts.rs).
            self.check_dict_walk(looping)?;
            return self.growing_list_for(frame, (&held, "size"), looping, out, line, next_line);
        }
        let Expr::Name(variable) = &*looping.target else {
            if let Some(over_items) = self.for_over_tuple_results(frame, looping) {
                return self.for_statement(frame, &over_items, out, line, next_line);
            }
            // `for i, n in enumerate(numbers):`: over items known at import time, unrolled.
            if matches!(&*looping.target, Expr::Tuple(_) | Expr::List(_)) {
                return self.unrolled_for(frame, looping, out, next_line);
            }
            return fail(looping.target.as_ref(), "the loop variable must be a name or a tuple of names");
        };
        let variable = variable.id.to_string();
        if self.named_for_by_form(frame, &variable, looping, out, (line, next_line))? {
            return Ok(());
        }
        // `for r in results:` over a local array of results (`results = await gather(...)`): each item in
        // turn, as over a shared array.
        if let Ok(Ex::Static(Value::LocalArray(array, length))) = self.expr(frame, &looping.iter, false)
            && !self.needs_unroll(frame, &looping.body)
        {
            let bounds = (0, length as i64, 1);
            self.array_items.binding = true;
            return self.counted_for(frame, &variable, bounds, Some(&array), looping, out, line, next_line);
        }
        if self.needs_unroll(frame, &looping.body)
            || self.starts_a_task_per_pass(frame, looping)
            || self.range_args(frame, &looping.iter).is_none() && !self.is_shared_array(frame, &looping.iter)
            || self.sets_a_duration(frame, &looping.body, &variable)
                && self.static_range(frame, &looping.iter)?.is_some()
        {
            return self.unrolled_for(frame, looping, out, next_line);
        }
        if let Some(Value::Shared(shared, Shape::Array(length))) = self.shared_array(frame, &looping.iter) {
            return self.counted_for(
                frame,
                &variable,
                (0, length as i64, 1),
                Some(&shared),
                looping,
                out,
                line,
                next_line,
            );
        }
        match self.static_range(frame, &looping.iter)? {
            Some(bounds) => self.counted_for(frame, &variable, bounds, None, looping, out, line, next_line),
            None => self.dynamic_range_for(frame, &variable, looping, out, line, next_line),
        }
    }

    fn is_shared_array(&self, frame: &Frame, iterable: &Expr) -> bool {
        self.shared_array(frame, iterable).is_some()
    }

    fn shared_array(&self, frame: &Frame, iterable: &Expr) -> Option<Value> {
        match self.expr(frame, iterable, false) {
            Ok(Ex::Static(value @ Value::Shared(_, Shape::Array(_)))) => Some(value),
            _ => None,
        }
    }

    /// Does `variable` feed a sleep's duration or a time-out in `body`, directly or as an argument of a
    /// function of the file that sleeps for it (`work(i)` with `def work(n): time.sleep(0.01 * n)`)?
    /// Durations are fixed when a scenario loads, so a loop over it is unrolled.
    fn sets_a_duration(&self, frame: &Frame, body: &[Stmt], variable: &str) -> bool {
        if duration_names(body).contains(variable) {
            return true;
        }
        let mut calls = Vec::new();
        body.iter().for_each(|stmt| collect_calls(stmt, &mut calls));
        calls.iter().any(|call| {
            let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, &call.func, false) else {
                return false;
            };
            self.job_needs_static(&function, &call.arguments.args, &call.arguments.keywords, variable)
        })
    }

    /// Does a call of `function` with these arguments pass `variable` where the function needs a value
    /// at import time (a parameter its sleeps or time-outs are computed from)?
    pub(crate) fn job_needs_static(
        &self,
        function: &str,
        args: &[Expr],
        keywords: &[ast::Keyword],
        variable: &str,
    ) -> bool {
        let Some(def) = self.functions.get(function) else {
            return false;
        };
        let needed = duration_names(&def.body);
        // An f-string of the variable (`f"worker-{i}"`) is known only once the variable is: unrolled too.
        if args
            .iter()
            .chain(keywords.iter().map(|keyword| &keyword.value))
            .any(|arg| matches!(arg, Expr::FString(_)) && names_in(arg).contains(variable))
        {
            return true;
        }
        let parameters = def.parameters.posonlyargs.iter().chain(def.parameters.args.iter());
        let by_position = parameters
            .zip(args)
            .any(|(p, arg)| needed.contains(p.parameter.name.as_str()) && names_in(arg).contains(variable));
        let by_keyword = keywords.iter().any(|keyword| {
            keyword.arg.as_ref().is_some_and(|name| needed.contains(name.as_str()))
                && names_in(&keyword.value).contains(variable)
        });
        by_position || by_keyword
    }

    /// Does a loop body start, join or make threads or objects (so the loop must be unrolled)?
    fn needs_unroll(&self, frame: &Frame, body: &[Stmt]) -> bool {
        let mut scan = NameScan::default();
        for stmt in body {
            scan.statement(stmt);
        }
        scan.loaded.iter().any(|name| {
            // A TaskGroup's `create_task`: a task, and a future its end waits for, per pass.
            matches!(self.resolve(frame, name), Some(Value::Thread(_) | Value::List(_)))
                || matches!(self.resolve(frame, name), Some(Value::Object(Object::TaskGroup(_))))
                || matches!(self.resolve(frame, name), Some(Value::Module(m)) if is_constructor(&m))
        }) || scan.called_constructors
            || body.iter().any(|stmt| self.is_submit_statement(frame, stmt))
    }

    /// `ex.submit(f, x)` (or `ex.submit(f, x).add_done_callback(cb)`) as a statement of its own, or
    /// `fut = ex.submit(f, x)` (then `fut.add_done_callback(cb)`, the textbook loop): a future of its own
    /// per pass, which the executor's shutdown waits for, so its loop is unrolled (each pass's `fut` a
    /// local of its own: `local_name` never gives a bound name twice).
    fn is_submit_statement(&self, frame: &Frame, stmt: &Stmt) -> bool {
        let value = match stmt {
            Stmt::Expr(statement) => &*statement.value,
            Stmt::Assign(assign) if matches!(&assign.targets[..], [Expr::Name(_)]) => &*assign.value,
            _ => return false,
        };
        let Expr::Call(call) = value else { return false };
        let Expr::Attribute(attribute) = &*call.func else { return false };
        let submit = match (attribute.attr.as_str(), &*attribute.value) {
            ("add_done_callback", Expr::Call(inner)) if matches!(stmt, Stmt::Expr(_)) => inner,
            ("submit", _) => call,
            _ => return false,
        };
        matches!(&*submit.func, Expr::Attribute(method) if method.attr.as_str() == "submit"
            && matches!(self.expr(frame, &method.value, false), Ok(Ex::Static(Value::Object(Object::Executor { .. })))))
    }

    /// A loop over items known at import time: its body once per item.
    fn unrolled_for(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        let line = self.line(looping);
        let items = match self.display_records(frame, &looping.target, &looping.iter, out, line)? {
            Some(records) => records,
            None => match self.static_iteration(frame, &looping.iter) {
                Ok(items) => items,
                // A display some of whose items are made at run time (run_time_display_loops.rs).
                Err(refusal) => {
                    self.run_time_display_items(frame, &looping.target, &looping.iter, out, line)?.ok_or(refusal)?
                }
            },
        };
        if let Some(jumps) = self.live_jumps(frame, looping, &items) {
            return self.unrolled_with_jumps(frame, looping, items, jumps, out, next_line);
        }
        frame.loops.push(LoopKind::Unrolled);
        let mut result = Ok(());
        for item in items {
            result = self
                .bind_unrolled(frame, &looping.target, item, out)
                .and_then(|()| self.block(frame, &looping.body, out, next_line));
            if result.is_err() {
                break;
            }
        }
        frame.loops.pop();
        result
    }

    /// Binds an unrolled loop's target to one item: a number as a `let` (and known at import time),
    /// anything else as the object it is; a tuple of names to the parts of a tuple item.
    fn bind_unrolled(&mut self, frame: &mut Frame, target: &Expr, item: Value, out: &mut Vec<Step>) -> Result<()> {
        for (variable, item) in unpack_item(target, item, "the loop variable")? {
            if let Value::Int(number) = item {
                let name = self.bind_local(frame, variable);
                frame.known.insert(variable.to_string(), item.clone());
                out.push(Step::new("let", Node::Quoted(format!("{name} = {number}")), self.line(target)));
            } else if let Value::Local(_) = item {
                // An item made at run time (run_time_display_loops.rs): no longer the number an earlier
                // pass bound.
                frame.known.remove(variable);
                frame.locals.insert(variable.to_string(), item);
            } else if !self.bind_constant_local(frame, variable, &item, None, out, self.line(target)) {
                frame.locals.insert(variable.to_string(), item);
            }
        }
        Ok(())
    }

    /// `for x in range(a, b, s)` with bounds known at import time, or over a shared list: a `repeat`.
    #[allow(clippy::too_many_arguments)]
    fn counted_for(
        &mut self,
        frame: &mut Frame,
        variable: &str,
        (start, stop, step): (i64, i64, i64),
        over: Option<&str>,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<()> {
        let times = range_count(start, stop, step);
        self.forget_assigned(frame, &looping.body);
        let local = self.bind_local(frame, variable);
        self.note_array_item_local(frame, &local);
        frame.known.remove(variable);
        if times == 0 {
            return Ok(());
        }
        let value = match over {
            Some(shared) => format!("{shared}[i]"),
            None if start == 0 && step == 1 => "i".to_string(),
            None if start == 0 => format!("i * {step}"),
            None if step == 1 => format!("{start} + i"),
            None => format!("{start} + i * {step}"),
        };
        // `for _ in range(n)`: the counter is never read, so it is not bound.
        let mut body = if variable == "_" {
            Vec::new()
        } else {
            vec![Step::new("let", Node::Quoted(format!("{local} = {value}")), line)]
        };
        let result = self.emitted_loop_body(frame, &looping.body, &mut body, next_line);
        result?;
        if body.is_empty() {
            return Ok(()); // `for _ in range(n): pass` does nothing weft models
        }
        out.push(Step::new(
            "repeat",
            Node::Map(vec![("times", Node::Plain(times.to_string())), ("ops", Node::Steps(body))]),
            line,
        ));
        Ok(())
    }

    /// `for x in range(n)` with `n` known only at run time: a `while` over a hidden counter, advanced
    /// at the top of the body so that `continue` keeps Python's meaning.
    fn dynamic_range_for(
        &mut self,
        frame: &mut Frame,
        variable: &str,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<()> {
        let (start, stop, step) = self.run_time_range_bounds(frame, &looping.iter, out, line)?;
        self.forget_assigned(frame, &looping.body);
        let local = self.bind_local(frame, variable);
        frame.known.remove(variable);
        let counter = self.temporary(frame.task, &format!("{local}_next"));
        out.push(Step::new("let", Node::Quoted(format!("{counter} = {start}")), line));
        let comparison = if step > 0 { "<" } else { ">" };
        let mut body = vec![
            Step::new("let", Node::Quoted(format!("{local} = {counter}")), line),
            Step::new("let", Node::Quoted(format!("{counter} = {counter} + {step}")), line),
        ];
        let result = self.emitted_loop_body(frame, &looping.body, &mut body, next_line);
        result?;
        out.push(while_step(format!("{counter} {comparison} {stop}"), body, line));
        Ok(())
    }

    /// The bounds of `range(...)` known only at run time, as the scenario's texts (each bound that
    /// reads shared memory read once into a temporary first, as Python evaluates range's arguments
    /// once), and its step, known at import time.
    pub(super) fn run_time_range_bounds(
        &mut self,
        frame: &mut Frame,
        range: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, String, i64)> {
        let Some(args) = self.range_args(frame, range) else {
            return fail(
                range,
                "`for` loops over `range(...)`, shared lists, or lists known at import time are supported",
            );
        };
        let args: Vec<Expr> = args.to_vec();
        let mut texts = Vec::new();
        for arg in &args {
            let (text, precedence, reads) = self.range_bound_code(frame, arg, out, line)?;
            let checked = self.index_checked(text.clone());
            if reads {
                // Python evaluates range's arguments once.
                let temporary = self.temporary(frame.task, "bound");
                out.push(Step::new("let", Node::Quoted(format!("{temporary} = {checked}")), line));
                texts.push(temporary);
            } else if checked != text {
                texts.push(checked);
            } else {
                texts.push(wrap(&text, precedence, crate::expr::SUM + 1));
            }
        }
        let (start, stop, step) = match texts.as_slice() {
            [stop] => ("0".to_string(), stop.clone(), 1),
            [start, stop] => (start.clone(), stop.clone(), 1),
            [start, stop, step] => match self.static_int(frame, &args[2]) {
                Ok(step) if step != 0 => (start.clone(), stop.clone(), step),
                _ => {
                    let _ = step;
                    return fail(&args[2], "a `range` step must be a non-zero integer known at import time");
                }
            },
            _ => return fail(range, "`range` takes one to three arguments"),
        };
        Ok((start, stop, step))
    }

    /// `for x in items:` over a shared list that grows: CPython's list iterator takes the item at its
    /// index if the index is below the list's length at that moment, in one C call (another thread's
    /// `append` during the loop is seen, a `pop` ends it sooner). One `atomic` step per item: the test and
    /// the read, the index moved on, or -1 when the list is done, which ends the loop.
    /// A list made at run time (`size` instead of `len`) is walked the same way.
    #[allow(clippy::too_many_arguments)]
    fn growing_list_for(
        &mut self,
        frame: &mut Frame,
        (shared, length): (&str, &str),
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<()> {
        let walked = |translator: &Self, frame: &Frame, index: &str| {
            translator.walked_item(frame, &looping.iter, (shared, length), index)
        };
        self.walk_for(frame, &format!("{length}({shared})"), &walked, looping, out, (line, next_line))
    }

    /// The loop over a list, dict or view walked by position: `item(index)` is the item at `index`
    /// (the local the walk counts in), `length` the text of the walk's end, read with the item in one
    /// `atomic` as CPython's iterator takes the next item in one C call.
    pub(super) fn walk_for(
        &mut self,
        frame: &mut Frame,
        length: &str,
        item_at: &dyn Fn(&Self, &Frame, &str) -> String,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        (line, next_line): (u32, u32),
    ) -> Result<()> {
        self.forget_assigned(frame, &looping.body);
        // A tuple target takes the item into a local of its own, then unpacks it.
        let (variable, unpacked) = match &*looping.target {
            Expr::Name(name) => (name.id.to_string(), None),
            Expr::Tuple(tuple) => (self.fresh_temporary(frame.task, "item"), Some(&tuple.elts)),
            other => return fail(other, "the loop variable must be a name or a tuple of names"),
        };
        let local = self.bind_local(frame, &variable);
        frame.known.remove(&variable);
        let index = self.temporary(frame.task, &format!("{local}_index"));
        out.push(Step::new("let", Node::Quoted(format!("{index} = 0")), line));
        let item = item_at(self, frame, &index);
        let mut body = shared_lists::next_item_steps(&local, &index, (&item, length), line).to_vec();
        if let Some(targets) = unpacked {
            let item = local_reference(frame, &local, &looping.target);
            self.unpack_tuple(frame, targets, &item, &mut body, line)?;
        }
        self.emitted_loop_body(frame, &looping.body, &mut body, next_line)?;
        out.push(while_step("True".to_string(), body, line));
        Ok(())
    }

    /// `for x in f(a):` of a function of the file whose result is known only at run time (`for link in
    /// fetch(path)`, a list made at run time): the call assigned to a name of its own first, as Python
    /// evaluates it once before the loop, then the loop over that name. `for link in LINKS[url]:`, an
    /// item that is a list made at run time, the same. `None` for any other loop.
    fn for_over_call_result(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<Option<ast::StmtFor>> {
        let held_item = matches!(&*looping.iter, Expr::Subscript(_) | Expr::Call(_))
            && self.held_object(frame, &looping.iter).is_some();
        let split = matches!(self.split_value(frame, &looping.iter, false), Ok(Some(_)));
        let computed = self.is_computed_list_iterable(frame, &looping.iter);
        if !held_item && !split && !computed {
            let Expr::Call(call) = &*looping.iter else { return Ok(None) };
            let is_file_function = matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Function(_))));
            if !is_file_function || self.expr(frame, &looping.iter, true).is_ok() {
                return Ok(None);
            }
        }
        let range = looping.iter.range();
        // A name no Python program can write: the assignment binds a local of its own for it.
        let held = "$iterable".to_string();
        let name =
            |ctx| Expr::Name(ast::ExprName { node_index: Default::default(), range, id: held.as_str().into(), ctx });
        let assign = Stmt::Assign(ast::StmtAssign {
            node_index: Default::default(),
            range,
            targets: vec![name(ast::ExprContext::Store)],
            value: looping.iter.clone(),
        });
        let walked_before = std::mem::replace(&mut self.ranges_walked_as_lists, true);
        let assigned = self.statement(frame, &assign, out, next_line);
        self.ranges_walked_as_lists = walked_before;
        assigned?;
        Ok(Some(ast::StmtFor { iter: Box::new(name(ast::ExprContext::Load)), ..looping.clone() }))
    }

    /// The name of the local or shared variable `iterable` is, when it is known only at run time (no
    /// value known at import time, no shared list, dict or array): a list made at run time.
    fn run_time_iterable(&self, frame: &Frame, iterable: &Expr) -> Option<String> {
        if !matches!(iterable, Expr::Name(_)) {
            return None;
        }
        match (self.expr(frame, iterable, false), self.expr(frame, iterable, true)) {
            (Ok(Ex::Code { text, .. }), Ok(Ex::Code { .. })) if crate::expr::is_identifier(&text) => Some(text),
            (Ok(Ex::Static(Value::Shared(name, Shape::Int))), _) => Some(name),
            _ => None,
        }
    }

    fn with_statement(
        &mut self,
        frame: &mut Frame,
        with: &ast::StmtWith,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        if self.timeout_block(frame, with, out, next_line)? || self.async_instance_with(frame, with, out, next_line)? {
            return Ok(());
        }
        self.check_with_items(frame, with)?;
        self.with_items(frame, &with.items, &with.body, out, next_line)
    }

    fn with_items(
        &mut self,
        frame: &mut Frame,
        items: &[ast::WithItem],
        body: &[Stmt],
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.block(frame, body, out, next_line);
        };
        let line = self.line(item);
        if self.with_by_form(frame, (item, rest), body, out, next_line)? {
            return Ok(());
        }
        // The object first: `with ThreadPoolExecutor() as pool` is refused for the executor, not the `as`.
        let context = self.expr(frame, &item.context_expr, false)?;
        if item.optional_vars.is_some() {
            return fail(item, "`with ... as name` is not supported for threading objects; drop the `as`");
        }
        let object = match context {
            Ex::Static(Value::Object(object)) => object,
            Ex::Static(opaque @ Value::Opaque(_)) => return fail(item, format!("`with` on {}", opaque.describe())),
            _ => return fail(item, "`with` is supported on Lock, RLock, Condition, Semaphore and BoundedSemaphore"),
        };
        match object {
            Object::Lock { name, .. } | Object::Condition { with_lock: name, .. } => {
                let mut ops = Vec::new();
                self.with_items(frame, rest, body, &mut ops, next_line)?;
                out.push(Step::new(
                    "with",
                    Node::Map(vec![("lock", Node::Plain(name)), ("ops", Node::Steps(ops))]),
                    line,
                ));
                Ok(())
            }
            Object::Semaphore(name) => {
                out.push(Step::new("acquire", Node::Plain(name.clone()), line));
                let release = Step::new("release", Node::Plain(name), line);
                frame.cleanups.push((frame.loops.len(), release.clone()));
                // An exception leaving the body is this `with`'s to release (semaphore_withs.rs), not a
                // `raise` inside's or a `try` inside's.
                let released_around = std::mem::replace(&mut frame.cleanups_released_by_try, frame.cleanups.len());
                let mut inside = Vec::new();
                let result = self.with_items(frame, rest, body, &mut inside, next_line);
                frame.cleanups_released_by_try = released_around;
                frame.cleanups.pop();
                result?;
                out.extend(self.semaphore_body_released_on_exceptions(frame, inside, &release, line));
                out.push(release);
                Ok(())
            }
            other => fail(item, format!("`with` on {} is not supported", other.describe())),
        }
    }
}

/// An argument of an inlined call or a thread: known at import time, or scenario code.
#[derive(Clone, Debug)]
enum Argument {
    Static(Value),
    Code(String),
    /// A name of the caller whose value the import knows at the call: passed as `Code`, and known in
    /// the callee where it picks one of the file's objects by it (known_arguments.rs).
    Known(String, Value),
    /// A parameter of a job, given by each `submit` (`args:`).
    Submitted,
    /// A parameter of a job that is a task's future, given by each `submit` (`args:`).
    SubmittedFuture,
}

fn ex_value(ex: &Ex) -> Value {
    match ex {
        Ex::Static(value) => value.clone(),
        Ex::Code { .. } => Value::None,
    }
}

/// The releases of every semaphore `with` around here, innermost first: the way out of the function.
fn push_cleanups(frame: &Frame, out: &mut Vec<Step>) {
    out.extend(frame.cleanups.iter().rev().map(|(_, cleanup)| cleanup.clone()));
}

/// The releases of the semaphore `with` blocks a `raise` leaves before a handler can catch it,
/// innermost first: those inside the innermost `try` around it. The `try` releases the ones around it
/// if the exception leaves it (semaphore_tries.rs); released here too, they were given back twice
/// (session33/repro/r20), and before the `try`'s `finally:` or handlers ran.
fn push_cleanups_before_handlers(frame: &Frame, out: &mut Vec<Step>) {
    let inside_try = frame.cleanups.get(frame.cleanups_released_by_try..).unwrap_or_default();
    out.extend(inside_try.iter().rev().map(|(_, cleanup)| cleanup.clone()));
}

/// A name standing for the scenario local `local` (a temporary of the translation, never one of the
/// program's names), bound in `frame`, at the place of `at`: an expression rewritten over a value the
/// translation computed first.
fn local_reference(frame: &mut Frame, local: &str, at: &Expr) -> Expr {
    frame.locals.insert(local.to_string(), Value::Local(local.to_string()));
    frame.known.remove(local);
    Expr::Name(ast::ExprName {
        node_index: ast::AtomicNodeIndex::default(),
        range: at.range(),
        id: ast::name::Name::new(local),
        ctx: ast::ExprContext::Load,
    })
}

/// `return: "None"`: the result of a function that ends without a `return` value.
pub(crate) fn none_return(line: u32) -> Step {
    Step::new("return", Node::Quoted("None".to_string()), line)
}

/// A scenario `while` over `ops`, its condition evaluated before every iteration.
/// Whether a step is a `return` or holds one.
fn contains_return_step(step: &Step) -> bool {
    fn node_returns(node: &Node) -> bool {
        match node {
            Node::Steps(steps) => steps.iter().any(contains_return_step),
            Node::Map(entries) => entries.iter().any(|(_, node)| node_returns(node)),
            _ => false,
        }
    }
    step.key == "return" || step.value.as_ref().is_some_and(node_returns)
}

/// A dict's store of `key: value` at import time: a key stored again keeps its first place and takes the
/// later value, as in a Python dict.
fn store_pair(pairs: &mut Vec<(Item, Item)>, key: Item, value: Item) {
    match pairs.iter_mut().find(|(known, _)| *known == key) {
        Some((_, stored)) => *stored = value,
        None => pairs.push((key, value)),
    }
}

fn while_step(cond: String, ops: Vec<Step>, line: u32) -> Step {
    Step::new("while", Node::Map(vec![("cond", Node::Quoted(cond)), ("ops", Node::Steps(ops))]), line)
}

/// Arguments whose evaluation has no effect a left-out call could lose: values known at import time
/// and names of the caller's locals.
fn args_are_plain(args: &[Argument], keywords: &[(String, Argument)]) -> bool {
    args.iter().chain(keywords.iter().map(|(_, argument)| argument)).all(|argument| match argument {
        Argument::Static(_) => true,
        Argument::Code(text) | Argument::Known(text, _) => text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
        Argument::Submitted | Argument::SubmittedFuture => true,
    })
}

fn cost_step(cost: &Cost, line: u32) -> Step {
    Step::new(cost.kind.step_key(), Node::Plain(cost.duration.clone()), line)
}

fn no_arguments(call: &ast::ExprCall) -> Result<()> {
    if call.arguments.args.is_empty() && call.arguments.keywords.is_empty() {
        Ok(())
    } else {
        fail(call, "this constructor takes no arguments in weft's subset")
    }
}

fn is_constructor(qualified: &str) -> bool {
    matches!(
        qualified,
        "threading.Thread"
            | "threading.Timer"
            | "multiprocessing.Process"
            | "multiprocessing.Queue"
            | "multiprocessing.JoinableQueue"
            | "multiprocessing.Event"
            | "multiprocessing.Value"
            | "multiprocessing.RawValue"
            | "multiprocessing.Lock"
            | "multiprocessing.RLock"
            | "threading.Lock"
            | "threading.RLock"
            | "threading.Semaphore"
            | "threading.BoundedSemaphore"
            | "threading.Event"
            | "threading.Condition"
            | "threading.Barrier"
            | "queue.Queue"
    ) || asyncio_primitives::threading_twin(qualified).is_some()
}

pub(crate) fn range_count(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && stop > start {
        (stop - start + step - 1) / step
    } else if step < 0 && stop < start {
        (start - stop - step - 1) / -step
    } else {
        0
    }
}

fn is_compound(stmt: &Stmt) -> bool {
    matches!(
        stmt,
        Stmt::If(_) | Stmt::While(_) | Stmt::For(_) | Stmt::With(_) | Stmt::Try(_) | Stmt::Match(_) | Stmt::ClassDef(_)
    )
}

/// Counts the module-level bindings of each name in `stmt`: one for a plain assignment, two for one
/// inside a loop or an `if` (it may run again, or after other code read the first value), so that a
/// count above one makes the global shared memory. The body of `if __name__ == "__main__":` is the
/// module's own code, counted statement by statement (`total = 0`, then `total += q.get()` in a loop).
fn count_module_assignments(
    stmt: &Stmt,
    manager_blocks: &crate::once_blocks::ManagerBlocks,
    counts: &mut BTreeMap<String, u32>,
) {
    if is_main_guard(stmt)
        && let Stmt::If(guard) = stmt
        && guard.elif_else_clauses.is_empty()
    {
        for inner in &guard.body {
            count_module_assignments(inner, manager_blocks, counts);
        }
        return;
    }
    if let Stmt::With(with) = stmt
        && manager_blocks.body_runs_once(with)
    {
        count_with_block_assignments(with, manager_blocks, counts);
        return;
    }
    let mut declared = BTreeSet::new();
    let mut assigned = BTreeSet::new();
    collect_assigned(std::slice::from_ref(stmt), &mut assigned, &mut declared);
    let nested = !matches!(stmt, Stmt::Assign(_) | Stmt::AnnAssign(_));
    for name in assigned {
        *counts.entry(name).or_insert(0) += if nested && !is_main_guard(stmt) { 2 } else { 1 };
    }
}

/// A manager's `with` at the module's level (or the main guard's) runs its body once, as the lines
/// around it run: its `as` names and the assignments of its body count as the module's own, once each
/// (session24/m02: `regions = {...}` inside `with Manager() as manager:` is bound once; once_blocks.rs).
fn count_with_block_assignments(
    with: &ast::StmtWith,
    manager_blocks: &crate::once_blocks::ManagerBlocks,
    counts: &mut BTreeMap<String, u32>,
) {
    fn count_target(target: &Expr, counts: &mut BTreeMap<String, u32>) {
        match target {
            Expr::Name(name) => *counts.entry(name.id.to_string()).or_insert(0) += 1,
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().for_each(|part| count_target(part, counts))
            }
            _ => {}
        }
    }
    for target in with.items.iter().filter_map(|item| item.optional_vars.as_deref()) {
        count_target(target, counts);
    }
    for inner in &with.body {
        count_module_assignments(inner, manager_blocks, counts);
    }
}

pub(crate) fn is_tuple_of_names(target: &Expr) -> bool {
    match target {
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            elts.iter().all(|part| matches!(part, Expr::Name(_)) || is_tuple_of_names(part))
        }
        _ => false,
    }
}

/// Binds a comprehension's variable (a name, or a tuple of names over tuple items) to one item.
/// A comprehension's variables are its own (Python 3): the bindings of those names around it, taken
/// before it binds them and put back after.
struct SavedBindings(Vec<(String, Option<Value>, Option<Value>)>);

impl SavedBindings {
    fn of<'n>(frame: &Frame, names: impl Iterator<Item = &'n String>) -> Self {
        SavedBindings(
            names.map(|name| (name.clone(), frame.locals.get(name).cloned(), frame.known.get(name).cloned())).collect(),
        )
    }

    fn restore(self, frame: &mut Frame) {
        for (name, local, known) in self.0 {
            match local {
                Some(value) => frame.locals.insert(name.clone(), value),
                None => frame.locals.remove(&name),
            };
            match known {
                Some(value) => frame.known.insert(name, value),
                None => frame.known.remove(&name),
            };
        }
    }
}

/// The one `for` of a comprehension weft unrolls at import time (no `async for`, a name or a tuple of
/// names as its variable; its tests, if any, are `kept_items`').
fn comprehension_generator(comprehension: &ast::ExprListComp) -> Result<&ast::Comprehension> {
    let [generator] = comprehension.generators.as_slice() else {
        return fail(&comprehension.range, "a comprehension with one `for` is supported");
    };
    if generator.is_async {
        return fail(&comprehension.range, "a comprehension with `async for` is not supported");
    }
    if !matches!(&generator.target, Expr::Name(_)) && !is_tuple_of_names(&generator.target) {
        return fail(&generator.target, "the comprehension's variable must be a name or a tuple of names");
    }
    Ok(generator)
}

/// `each` once per item, with the comprehension's variable bound to it on `frame` (its bindings
/// before are restored after, as a comprehension's variable is its own in Python 3).
fn for_each_comprehension_item(
    frame: &mut Frame,
    generator: &ast::Comprehension,
    items: Vec<Value>,
    mut each: impl FnMut(&mut Frame) -> Result<Value>,
) -> Result<Vec<Value>> {
    let names = names_in(&generator.target);
    let saved = SavedBindings::of(frame, names.iter());
    let mut values = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for item in items {
        result = bind_comprehension(frame, &generator.target, item).and_then(|()| {
            values.push(each(frame)?);
            Ok(())
        });
        if result.is_err() {
            break;
        }
    }
    saved.restore(frame);
    result.map(|()| values)
}

pub(crate) fn bind_comprehension(frame: &mut Frame, target: &Expr, item: Value) -> Result<()> {
    for (name, item) in unpack_item(target, item, "the comprehension's variable")? {
        frame.locals.insert(name.to_string(), item);
    }
    Ok(())
}

/// The names of a loop's target (a name, or a tuple of names at any depth) paired with the parts of one
/// item, as Python unpacks it.
fn unpack_item<'t>(target: &'t Expr, item: Value, what: &str) -> Result<Vec<(&'t str, Value)>> {
    match target {
        Expr::Name(name) => Ok(vec![(name.id.as_str(), item)]),
        Expr::Tuple(ast::ExprTuple { elts: parts, .. }) | Expr::List(ast::ExprList { elts: parts, .. }) => {
            let Value::List(values) = item else {
                return fail(target, format!("{} is not a tuple to unpack", item.describe()));
            };
            if values.len() != parts.len() {
                return fail(target, format!("{} names but items of {} values", parts.len(), values.len()));
            }
            let mut pairs = Vec::with_capacity(parts.len());
            for (part, value) in parts.iter().zip(values) {
                pairs.extend(unpack_item(part, value, what)?);
            }
            Ok(pairs)
        }
        _ => fail(target, format!("{what} must be a name or a tuple of names")),
    }
}

fn is_main_guard(stmt: &Stmt) -> bool {
    let Stmt::If(branch) = stmt else {
        return false;
    };
    matches!(&*branch.test, Expr::Compare(compare) if matches!(&*compare.left, Expr::Name(name) if name.id.as_str() == "__name__"))
}

/// Every block of a `try`: its body, each handler's, `else` and `finally`.
fn try_parts(attempt: &ast::StmtTry) -> impl Iterator<Item = &[Stmt]> {
    let handlers = attempt.handlers.iter().map(|handler| {
        let ast::ExceptHandler::ExceptHandler(handler) = handler;
        &handler.body[..]
    });
    [&attempt.body[..], &attempt.finalbody[..], &attempt.orelse[..]].into_iter().chain(handlers)
}

fn contains_jump(body: &[Stmt]) -> bool {
    leaves_the_block(body, &|stmt| matches!(stmt, Stmt::Break(_) | Stmt::Continue(_) | Stmt::Return(_)))
}

/// Whether a statement `is_jump` says leaves the block is among `body`'s statements, in its `if`s,
/// `with`s and `try`s too; in a loop only in the loop's `else:` (a jump in a loop's body is that
/// loop's; one in its `else:` runs after it, the statement's own), never in a function it defines.
fn leaves_the_block(body: &[Stmt], is_jump: &dyn Fn(&Stmt) -> bool) -> bool {
    body.iter().any(|stmt| {
        is_jump(stmt)
            || match stmt {
                Stmt::If(branch) => {
                    leaves_the_block(&branch.body, is_jump)
                        || branch.elif_else_clauses.iter().any(|c| leaves_the_block(&c.body, is_jump))
                }
                Stmt::With(with) => leaves_the_block(&with.body, is_jump),
                Stmt::Try(attempt) => try_parts(attempt).any(|part| leaves_the_block(part, is_jump)),
                Stmt::While(looping) => leaves_the_block(&looping.orelse, is_jump),
                Stmt::For(looping) => leaves_the_block(&looping.orelse, is_jump),
                _ => false,
            }
    })
}

/// Does a `return` occur in these statements (in any block, loops included)?
fn contains_return(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Return(_) => true,
        Stmt::If(branch) => {
            contains_return(&branch.body) || branch.elif_else_clauses.iter().any(|c| contains_return(&c.body))
        }
        Stmt::With(with) => contains_return(&with.body),
        Stmt::Try(attempt) => try_parts(attempt).any(contains_return),
        Stmt::While(looping) => contains_return(&looping.body) || contains_return(&looping.orelse),
        Stmt::For(looping) => contains_return(&looping.body) || contains_return(&looping.orelse),
        _ => false,
    })
}

/// Is there a loop in this statement (or in it) with a `return` inside?
fn loop_returns(stmt: &Stmt) -> bool {
    match stmt {
        // A loop's `else:` runs after it: a loop inside it counts, its own `return` does not.
        Stmt::While(looping) => contains_return(&looping.body) || looping.orelse.iter().any(loop_returns),
        Stmt::For(looping) => contains_return(&looping.body) || looping.orelse.iter().any(loop_returns),
        Stmt::If(branch) => {
            branch.body.iter().any(loop_returns)
                || branch.elif_else_clauses.iter().any(|c| c.body.iter().any(loop_returns))
        }
        Stmt::With(with) => with.body.iter().any(loop_returns),
        Stmt::Try(attempt) => try_parts(attempt).any(|part| part.iter().any(loop_returns)),
        _ => false,
    }
}

/// A test whose first evaluated operand is `(name := value)` (alone, under `not`, or the left side of a
/// comparison): that assignment, and the test with the name in its place. Only the operand Python always
/// evaluates first is taken, so no short-circuit is lost.
fn without_walrus(test: &Expr) -> Option<(&ast::ExprNamed, Expr)> {
    match test {
        Expr::Named(named) => Some((named, (*named.target).clone())),
        Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not => {
            let (named, operand) = without_walrus(&unary.operand)?;
            Some((named, Expr::UnaryOp(ast::ExprUnaryOp { operand: Box::new(operand), ..unary.clone() })))
        }
        Expr::Compare(compare) => {
            let Expr::Named(named) = &*compare.left else { return None };
            Some((named, Expr::Compare(ast::ExprCompare { left: named.target.clone(), ..compare.clone() })))
        }
        _ => None,
    }
}

/// Why a thread-local attribute cannot be read where the import met it.
pub(crate) fn thread_local_unset(attribute: &str) -> String {
    format!(
        "`.{attribute}` of a `threading.local()` is read before this thread sets it (AttributeError in Python), or where weft cannot follow that it was set: set it first in the same thread's code"
    )
}

/// Whether the release `release` (`x.release()`) in `body` pairs with a take of the same lock by the
/// same code: `x.acquire(...)` or `with x:` in the same branch of every `if` around it, or around the
/// `if` it is in (`if x.acquire(timeout=1): ... x.release()`), at any depth of loops, `with` and `try`,
/// not in the functions and classes it defines. A release in a branch apart from every take (the last
/// reader of a readers-writer lock releases in `if readers == 0:` what the first took in `if readers ==
/// 1:`), or with no take at all, may come from a thread that does not hold the lock. So may one after a
/// take that may fail, outside the branch its success opens (failed_takes.rs).
fn release_pairs_with_a_take(body: &[Stmt], release: &ast::ExprCall) -> bool {
    use ruff_python_ast::comparable::ComparableExpr;
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    /// The branches of `if`s around a point: each `if` by its start and the branch by its number.
    type Branches = Vec<(ruff_text_size::TextSize, usize)>;
    struct Walk<'r> {
        receiver: ComparableExpr<'r>,
        release: TextRange,
        branches: Branches,
        /// Each take's branches, and where a release does not pair with it: the code that runs when
        /// a take that may fail failed (failed_takes.rs).
        takes: Vec<(Branches, Option<TextRange>)>,
        released: Option<Branches>,
        /// Names bound to a take that may fail (failed_takes.rs).
        failing_results: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Walk<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::If(branch) => {
                    self.visit_expr(&branch.test);
                    // A take that may fail holds the lock in the branch its success opens only.
                    if failed_takes::tests_a_failing_take(&branch.test, &self.receiver, &self.failing_results) {
                        let mut guarded = self.branches.clone();
                        guarded.push((branch.start(), 0));
                        self.takes.push((guarded, None));
                    }
                    if let Some(failed) = failed_takes::failure_region_of_if(branch, &self.receiver) {
                        self.takes.push((self.branches.clone(), Some(failed)));
                    }
                    self.branches.push((branch.start(), 0));
                    self.visit_body(&branch.body);
                    self.branches.pop();
                    for (number, clause) in branch.elif_else_clauses.iter().enumerate() {
                        if let Some(test) = &clause.test {
                            self.visit_expr(test);
                        }
                        self.branches.push((branch.start(), number + 1));
                        self.visit_body(&clause.body);
                        self.branches.pop();
                    }
                }
                Stmt::With(with) => {
                    if with.items.iter().any(|item| ComparableExpr::from(&item.context_expr) == self.receiver) {
                        self.takes.push((self.branches.clone(), None));
                    }
                    walk_stmt(self, stmt);
                }
                Stmt::While(looping) => {
                    if let Some(failed) = failed_takes::failure_region_of_while(looping, &self.receiver) {
                        self.takes.push((self.branches.clone(), Some(failed)));
                    }
                    walk_stmt(self, stmt);
                }
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(attribute) = &*call.func
                && ComparableExpr::from(&*attribute.value) == self.receiver
            {
                match attribute.attr.as_str() {
                    "acquire" if !failed_takes::acquire_may_fail(call) => {
                        self.takes.push((self.branches.clone(), None))
                    }
                    "release" if call.range() == self.release => self.released = Some(self.branches.clone()),
                    _ => {}
                }
            }
            walk_expr(self, expr);
        }
    }
    let Expr::Attribute(attribute) = &*release.func else { return true };
    let receiver = ComparableExpr::from(&*attribute.value);
    let mut walk = Walk {
        failing_results: failed_takes::failing_take_results(body, &receiver),
        receiver,
        release: release.range(),
        branches: Vec::new(),
        takes: Vec::new(),
        released: None,
    };
    walk.visit_body(body);
    let Some(released) = walk.released else { return true };
    let release_range = release.range();
    walk.takes.iter().any(|(take, failed)| {
        released.starts_with(take) && !failed.is_some_and(|failed| failed.contains_range(release_range))
    })
}

/// A non-negative decimal number's exact value as (numerator, power of ten): `0.01` is (1, 100). None
/// for anything else (a sign, an exponent, more digits than 128 bits hold).
fn greatest_common_divisor(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

fn exact_decimal(text: &str) -> Option<(u128, u128)> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = format!("{whole}{fraction}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let numerator: u128 = digits.parse().ok()?;
    let denominator = 10u128.checked_pow(u32::try_from(fraction.len()).ok()?)?;
    Some((numerator, denominator))
}

/// The names a block's sleep durations and time-outs are computed from (`time.sleep(0.01 * i)`,
/// `q.get(timeout=t)`), also through the locals it assigns them from (`delay = 0.01 * i`, then
/// `time.sleep(delay)`): a scenario's durations are fixed when it loads, so a loop over such a name is
/// unrolled and a job given one gets it at import time (one task per value).
pub(crate) fn duration_names(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    #[derive(Default)]
    struct Walk {
        names: BTreeSet<String>,
        /// `name = value` in the block: the names each local is computed from.
        assigned: Vec<(String, BTreeSet<String>)>,
    }
    impl<'e> Visitor<'e> for Walk {
        fn visit_stmt(&mut self, stmt: &'e Stmt) {
            if let Stmt::Assign(assign) = stmt
                && let [Expr::Name(target)] = assign.targets.as_slice()
            {
                self.assigned.push((target.id.to_string(), names_in(&assign.value)));
            }
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'e Expr) {
            if let Expr::Call(call) = expr {
                if callee_name(&call.func) == Some("sleep") {
                    call.arguments.args.iter().for_each(|arg| self.names.extend(names_in(arg)));
                }
                for keyword in &call.arguments.keywords {
                    if keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "timeout") {
                        self.names.extend(names_in(&keyword.value));
                    }
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut walk = Walk::default();
    body.iter().for_each(|stmt| walk.visit_stmt(stmt));
    // Through the locals, to a fixed point (each round adds a name or ends).
    loop {
        let before = walk.names.len();
        for (local, sources) in &walk.assigned {
            if walk.names.contains(local) {
                walk.names.extend(sources.iter().cloned());
            }
        }
        if walk.names.len() == before {
            return walk.names;
        }
    }
}

/// The calls in a statement, nested ones included.
fn collect_calls<'s>(stmt: &'s Stmt, calls: &mut Vec<&'s ast::ExprCall>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Calls<'c, 's>(&'c mut Vec<&'s ast::ExprCall>);
    impl<'s> Visitor<'s> for Calls<'_, 's> {
        fn visit_expr(&mut self, expr: &'s Expr) {
            if let Expr::Call(call) = expr {
                self.0.push(call);
            }
            walk_expr(self, expr);
        }
    }
    Calls(calls).visit_stmt(stmt);
}

/// A value of a dict of floats (`Value::Objects`): a number, or a list of numbers (`{"flaky": [0.05,
/// 0.002]}`, each a duration looked up by a position known at import time).
fn is_duration_entry(value: &Value) -> bool {
    match value {
        // None too (`{"db": 0.004, "billing": None}`, session32/f02): known at import time where it is
        // looked up, so `delay is None` is decided there, and a sleep of it is refused as any None's.
        Value::Int(_) | Value::Float(_) | Value::None => true,
        Value::List(items) => {
            !items.is_empty() && items.iter().all(|item| matches!(item, Value::Int(_) | Value::Float(_)))
        }
        _ => false,
    }
}

/// Does the expression hold a float literal (`0.01 * i`, where `a / 2` holds none)?
fn has_float_literal(expr: &Expr) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Floats(bool);
    impl<'e> Visitor<'e> for Floats {
        fn visit_expr(&mut self, expr: &'e Expr) {
            if let Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Float(_), .. }) = expr {
                self.0 = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut floats = Floats(false);
    floats.visit_expr(expr);
    floats.0
}

/// Collects every name read in what it visits.
#[derive(Default)]
struct NamesRead(BTreeSet<String>);

impl<'e> ruff_python_ast::visitor::Visitor<'e> for NamesRead {
    fn visit_expr(&mut self, expr: &'e Expr) {
        if let Expr::Name(name) = expr {
            self.0.insert(name.id.to_string());
        }
        ruff_python_ast::visitor::walk_expr(self, expr);
    }
}

/// Every name a block of statements reads (at any depth).
fn names_loaded(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::Visitor;
    let mut names = NamesRead::default();
    names.visit_body(body);
    names.0
}

/// The names an expression reads.
pub(crate) fn names_in(expr: &Expr) -> BTreeSet<String> {
    use ruff_python_ast::visitor::Visitor;
    let mut names = NamesRead::default();
    names.visit_expr(expr);
    names.0
}

/// The reads of names and items in an expression weft does not translate (the arguments of `print`, an
/// f-string), in the order Python evaluates them: a subscript is one read (its index inside it), any other
/// name is looked up by the caller.
fn collect_reads<'e>(expr: &'e Expr, reads: &mut Vec<&'e Expr>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    /// The reads, and the variables of the comprehensions around the walk's place (each its own scope
    /// in Python 3, no read of the code around it).
    struct Walk<'r, 'e>(&'r mut Vec<&'e Expr>, Vec<String>);
    impl<'e> Visitor<'e> for Walk<'_, 'e> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            if let Some((generators, parts)) = comprehension_parts(expr) {
                return self.comprehension(generators, parts);
            }
            match expr {
                Expr::Name(name) if name.ctx.is_load() && self.1.iter().any(|own| own == name.id.as_str()) => {}
                Expr::Name(name) if name.ctx.is_load() => self.0.push(expr),
                // `len(items)` reads the length, not every item.
                Expr::Call(call)
                    if callee_name(&call.func) == Some("len")
                        && matches!(&*call.func, Expr::Name(_))
                        && call.arguments.args.len() == 1
                        && call.arguments.keywords.is_empty()
                        && matches!(&call.arguments.args[0], Expr::Name(_)) =>
                {
                    self.0.push(expr)
                }
                // `t.is_alive()`, `ev.is_set()`, `q.qsize()`, `q.empty()`, `q.full()`: one read of the
                // object's state, which the call's own translation says.
                Expr::Call(call)
                    if matches!(
                        callee_name(&call.func),
                        Some("is_alive" | "is_set" | "locked" | "qsize" | "empty" | "full")
                    ) && matches!(&*call.func, Expr::Attribute(attribute) if matches!(&*attribute.value, Expr::Name(_)))
                        && call.arguments.is_empty() =>
                {
                    self.0.push(expr)
                }
                // `v.value`: a read when `v` is a `multiprocessing.Value` (else a read of `v` alone);
                // `p.exitcode` of a process; a Barrier's `parties`, `broken`, `n_waiting`; a joined
                // queue's `unfinished_tasks` (translate/unfinished_counts.rs).
                Expr::Attribute(attribute)
                    if matches!(
                        attribute.attr.as_str(),
                        "value" | "exitcode" | "parties" | "broken" | "n_waiting" | "unfinished_tasks"
                    ) && matches!(&*attribute.value, Expr::Name(_)) =>
                {
                    self.0.push(expr)
                }
                Expr::Subscript(subscript) if matches!(&*subscript.value, Expr::Name(_)) => {
                    // A slice outside a comprehension is one read when its container is a locked
                    // Array (the caller looks); inside one, its bound may name the comprehension's own.
                    if matches!(&*subscript.slice, Expr::Slice(_)) && !self.1.is_empty() {
                        walk_expr(self, expr);
                    } else {
                        self.0.push(expr);
                    }
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    impl<'e> Walk<'_, 'e> {
        /// The first iterable is read by the code around the comprehension; the rest inside its scope.
        fn comprehension(&mut self, generators: &'e [ast::Comprehension], parts: Vec<&'e Expr>) {
            let bound_before = self.1.len();
            for (index, generator) in generators.iter().enumerate() {
                if index > 0 {
                    self.visit_expr(&generator.iter);
                }
                self.1.extend(names_in(&generator.target));
                generator.ifs.iter().for_each(|test| self.visit_expr(test));
            }
            parts.into_iter().for_each(|part| self.visit_expr(part));
            self.1.truncate(bound_before);
            if let Some(first) = generators.first() {
                self.visit_expr(&first.iter);
            }
        }
    }
    Walk(reads, Vec::new()).visit_expr(expr);
}

/// A comprehension's `for`s and the parts it computes per item (element, or key and value).
fn comprehension_parts(expr: &Expr) -> Option<(&[ast::Comprehension], Vec<&Expr>)> {
    match expr {
        Expr::ListComp(list) => Some((&list.generators, vec![&*list.elt])),
        Expr::SetComp(set) => Some((&set.generators, vec![&*set.elt])),
        Expr::Generator(generator) => Some((&generator.generators, vec![&*generator.elt])),
        Expr::DictComp(dict) => {
            Some((&dict.generators, dict.key.as_deref().into_iter().chain([&*dict.value]).collect()))
        }
        _ => None,
    }
}

fn callee_name(func: &Expr) -> Option<&str> {
    match func {
        Expr::Name(name) => Some(name.id.as_str()),
        Expr::Attribute(attribute) => Some(attribute.attr.as_str()),
        _ => None,
    }
}

/// A valid scenario identifier for a Python name (ASCII letters, digits, `_`).
fn scenario_identifier(name: &str) -> String {
    let mut out: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    if !out.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        out.insert(0, 'v');
    }
    out.truncate(60);
    out
}

/// A task name: `[a-z0-9-]+`.
fn task_identifier(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "thread".to_string() } else { out.chars().take(50).collect() }
}

/// A name, a constant, or an attribute of one (`acct.owner`): a read with no step of its own.
fn is_plain_reference(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_) => true,
        Expr::Attribute(attribute) => is_plain_reference(&attribute.value),
        _ => false,
    }
}

/// An exception's message as an f-string over names, constants and their attributes (`f"job {n} failed"`): it has no step
/// (no call) and weft does not model the message, so the values it formats are not read.
fn message_reads_names_only(message: &ast::ExprFString) -> bool {
    message.value.iter().all(|part| match part {
        ast::FStringPart::Literal(_) => true,
        ast::FStringPart::FString(inner) => inner.elements.iter().all(|element| match element {
            ast::InterpolatedStringElement::Literal(_) => true,
            ast::InterpolatedStringElement::Interpolation(value) => is_plain_reference(&value.expression),
        }),
    })
}

/// Whether a `return` with a value other than `None` is among `body`'s statements, in its nested blocks
/// too, but not in the functions it defines.
pub(crate) fn returns_a_value(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Returns(bool);
    impl<'a> Visitor<'a> for Returns {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Return(ast::StmtReturn { value: Some(value), .. }) if !value.is_none_literal_expr() => {
                    self.0 = true;
                }
                other => walk_stmt(self, other),
            }
        }
    }
    let mut returns = Returns(false);
    returns.visit_body(body);
    returns.0
}

/// Whether `body`, a loop's body, has a `break` that leaves that loop (not one of a loop inside it,
/// unless in that loop's `else:`, nor of a function it defines).
fn breaks_its_loop(body: &[Stmt]) -> bool {
    leaves_the_block(body, &|stmt| matches!(stmt, Stmt::Break(_)))
}

/// A literal (a string, None, a bool) or a list or dict display of literals (`[]`, `{}`, `[1, 2]`): a
/// value that reads no name, so the names of `good, errors = [], []` may be bound one by one at module
/// level (session22/f04), as two lines would bind them.
fn is_literal_display(value: &Expr) -> bool {
    let literal = |value: &Expr| {
        matches!(
            value,
            Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::NoneLiteral(_) | Expr::BooleanLiteral(_)
        )
    };
    match value {
        Expr::List(list) => list.elts.iter().all(literal),
        Expr::Dict(dict) => {
            dict.items.iter().all(|item| item.key.as_ref().is_some_and(literal) && literal(&item.value))
        }
        other => literal(other),
    }
}

/// The `start=` of `enumerate(items, start=k)`, its only keyword.
fn enumerate_start_keyword(call: &ast::ExprCall) -> Option<&Expr> {
    let is_enumerate = matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "enumerate");
    match &call.arguments.keywords[..] {
        [keyword] if is_enumerate && keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "start") => {
            Some(&keyword.value)
        }
        _ => None,
    }
}

/// An argument of `call` (or a part of one) that is an attribute of the name `name`: `q.unfinished_tasks`
/// of `print("left:", q.unfinished_tasks)`.
fn attribute_of_argument<'e>(call: &'e ast::ExprCall, name: &str) -> Option<&'e ast::ExprAttribute> {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Finder<'e, 'n> {
        name: &'n str,
        found: Option<&'e ast::ExprAttribute>,
    }
    impl<'e> Visitor<'e> for Finder<'e, '_> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            if self.found.is_some() {
                return;
            }
            if let Expr::Attribute(attribute) = expr
                && matches!(&*attribute.value, Expr::Name(receiver) if receiver.id.as_str() == self.name)
            {
                self.found = Some(attribute);
                return;
            }
            walk_expr(self, expr);
        }
    }
    let mut finder = Finder { name, found: None };
    call.arguments.args.iter().for_each(|argument| finder.visit_expr(argument));
    call.arguments.keywords.iter().for_each(|keyword| finder.visit_expr(&keyword.value));
    finder.found
}
