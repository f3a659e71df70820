//! pyimport: a Python program to the weft scenario it maps to (the format of
//! docs/scenario-format, versions 1.0 and 1.1), as YAML text whose comments point back to the Python
//! lines. Python is read by ruff's parser (see docs/architecture.md, "The Python importer"); what lies
//! outside the subset weft models is an error at its line and column, never a silent approximation.

mod appended_task_lists;
mod array_reads;
mod async_generators;
mod async_with_constructors;
mod blocks;
mod bound_methods;
mod chosen_objects;
mod class_calls;
mod class_defaults;
mod conditional_branches;
mod conditional_returns;
mod constructors;
mod consumed_generators;
mod context_manager_globals;
mod context_managers;
mod coroutine_arguments;
mod coroutine_lists;
mod dataclasses;
mod decorated_methods;
mod decorators;
mod dict_builds;
mod distinct_sets;
mod done_future_reads;
mod ending_try_returns;
mod ending_with_returns;

mod discarded_int_values;
mod enum_members;
mod executor_builtins;
mod exitcode_lists;
mod expr;
mod factory_cells;
mod filled_object_dicts;
mod free_lists;
mod frozen_dataclasses;
mod generator_objects;
mod generators;
mod guarded_functions;
mod hand_futures;
mod heap_queues;
mod hoisted_object_dicts;
mod hoisted_reads;
mod hoisting;
mod inheritance;
mod init_tails;
mod item_comprehensions;
mod job_tail_callbacks;
mod joined_object_dicts;
mod kept_gathers;

mod job_tail_results;
mod kwargs_setattr_inits;
mod lambda_functions;
mod list_repeats;
mod list_rows;
mod long_loops;
mod loop_future_callbacks;
mod loop_futures;
mod looped_comprehensions;
mod looped_pipes;
mod map_zips;
mod mutable_defaults;
mod object_keys;
mod once_blocks;
mod ordered_dicts;
mod out;
mod pipes;
mod pool_builtins;
mod pool_callbacks;
mod pool_calls;
mod pool_error_callbacks;
mod pool_initializers;
mod pool_lambda_callbacks;
mod pool_waits;
mod printed_consumers;
mod properties;
mod queued_functions;
mod read_sites;
mod return_await;
mod setattr_statements;
mod setitem_calls;
mod sleep_tasks;
mod source;
mod split_comprehensions;
mod star_lambdas;
mod star_parameters;
mod successful_counts;
mod syntax;
mod tail_lock_holders;
mod text_calls;
mod timed_map_lists;
mod to_thread_tasks;
mod translate;
mod try_returns;
mod unchanging_parameters;
mod unordered_lists;
mod value;
mod zipped_map_loops;

use std::sync::Arc;

pub use scenarios::Diagnostic;
pub use source::{Cost, CostKind};

/// Choices the program text cannot make.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// What a call to a function weft does not know (`print`, `json.dumps(...)`) costs, as a scenario
    /// step; `None` (the default) costs nothing. `# weft: cpu 2ms` on the line overrides it.
    pub call_cost: Option<Cost>,
    /// The cores of the machine the scenario runs on, what `os.cpu_count()` gives (`--cores N`,
    /// `--set cores=N` when weft imports the program itself); `None`: 1, the default machine's.
    pub cores: Option<u32>,
    /// Whether the clocks of the `time` module are values of the scenario (`now_ns()`) rather than
    /// readings kept only to print: set by the import itself when a reading decides something
    /// (translate/clock_values.rs); callers leave it false.
    pub clock_values: bool,
}

/// An imported program: the scenario's YAML text, and for each of its lines the Python line it came
/// from (0 where none), so that an error the loader finds in the YAML can point at the Python.
#[derive(Clone, Debug)]
pub struct Imported {
    pub yaml: String,
    pub python_lines: Vec<u32>,
    /// The Python lines whose meaning depends on the machine's core count (`os.cpu_count()`, a pool
    /// without a size, asyncio's default executor), with what each is: the outcomes are of the machine
    /// weft models (`Options::cores`, 1 by default), which `weft explore` names beside its claim.
    pub machine_sized: Vec<(u32, String)>,
}

/// Operators and brackets in one statement: a bound on how deep its syntax tree can nest, so that the
/// walks over it (recursive, here and in the parser's own drop) stay well inside the stack.
const MAX_OPERATORS_PER_STATEMENT: usize = 1_000;
/// Levels of indentation (CPython refuses more than 100).
const MAX_INDENT: usize = 100;
/// Values one `random` call may choose among: the format's `limits::MAX_CHOICE_VALUES` (this crate does
/// not depend on sim-core; `tests/python_import.rs` checks the two agree), so the import words the limit
/// at the Python line rather than the loader at a line of the YAML it wrote.
pub const MAX_CHOICE_VALUES: usize = 1_024;
/// The import runs on a thread with a stack of its own, sized for the bounds above.
const IMPORT_STACK_BYTES: usize = 256 << 20;

/// Reads `source` (the text of the Python file `file`) and builds its scenario.
pub fn import_python(file: &str, source: &str, options: &Options) -> Result<Imported, Diagnostic> {
    let text = Arc::new(source.to_string());
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(IMPORT_STACK_BYTES)
            .spawn_scoped(scope, || import_checked(file, source, options))
            .map_err(|e| Diagnostic::new(file, &text, 0, 0, format!("cannot start the import: {e}")))?
            .join()
            .unwrap_or_else(|_| Err(Diagnostic::new(file, &text, 0, 0, "the import failed (a bug in weft import)")))
    })
}

/// The first place where a statement has too many operators or the indentation is too deep, read from
/// the tokens alone (no recursion).
fn too_deep(source: &str) -> Option<(usize, String)> {
    use ruff_python_ast::token::TokenKind;
    let tokens = ruff_python_parser::parse_unchecked_source(source, ruff_python_ast::PySourceType::Python);
    let mut operators = 0usize;
    let mut indent = 0usize;
    for token in tokens.tokens().iter() {
        let at = ruff_text_size::Ranged::start(token).to_usize();
        match token.kind() {
            TokenKind::Newline => operators = 0,
            TokenKind::Indent => {
                indent += 1;
                if indent > MAX_INDENT {
                    return Some((
                        at,
                        format!("more than {MAX_INDENT} levels of indentation (CPython refuses them too)"),
                    ));
                }
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            kind if kind.is_operator() => {
                operators += 1;
                if operators > MAX_OPERATORS_PER_STATEMENT {
                    return Some((
                        at,
                        format!(
                            "this statement has more than {MAX_OPERATORS_PER_STATEMENT} operators and brackets; split it"
                        ),
                    ));
                }
            }
            _ => {}
        }
    }
    None
}

fn import_checked(file: &str, source: &str, options: &Options) -> Result<Imported, Diagnostic> {
    let text = Arc::new(source.to_string());
    if let Some((offset, message)) = too_deep(source) {
        let (line, column) = source::SourceText::new(source, &[]).map(|s| s.line_column(offset)).unwrap_or((0, 0));
        return Err(Diagnostic::new(file, &text, line, column, message));
    }
    let parsed = ruff_python_parser::parse_module(source).map_err(|error| {
        let (line, column) = source::SourceText::new(source, &[])
            .map(|s| s.line_column(error.location.start().to_usize()))
            .unwrap_or((0, 0));
        Diagnostic::new(file, &text, line, column, format!("Python syntax error: {}", error.error))
    })?;
    let comment_starts: Vec<usize> = parsed
        .tokens()
        .iter()
        .filter(|token| token.kind() == ruff_python_ast::token::TokenKind::Comment)
        .map(|token| ruff_text_size::Ranged::start(token).to_usize())
        .collect();
    let source_text = source::SourceText::new(source, &comment_starts)
        .map_err(|(line, column, message)| Diagnostic::new(file, &text, line, column, message))?;
    // `@property` reads become getter calls before translation (properties.rs).
    let mut body = parsed.syntax().body.clone();
    // A `def` inside `if __name__ == "__main__":` as a module function before it (guarded_functions.rs).
    if let Some((guard_at, functions)) = guarded_functions::take_guarded_functions(&mut body) {
        for (offset, function) in functions.into_iter().enumerate() {
            body.insert(guard_at + offset, function);
        }
    }
    // A `concurrent.futures.Future()` made by hand as an object of a class written for it
    // (hand_futures.rs).
    hand_futures::rewrite_hand_futures(&mut body, source).map_err(|refusal| {
        let (line, column) = source_text.line_column(refusal.offset);
        Diagnostic::new(file, &text, line, column, refusal.message)
    })?;
    // `enum.Enum` members as their texts, where nothing can tell the two apart (enum_members.rs).
    enum_members::rewrite_enums(&mut body).map_err(|refusal| {
        let (line, column) = source_text.line_column(refusal.offset);
        Diagnostic::new(file, &text, line, column, refusal.message)
    })?;
    // `setattr(obj, "name", v)` as `obj.name = v`, and the "apply settings" loop over a dict written
    // in the function, pass by pass (setattr_statements.rs).
    // The "settings from keywords" `__init__` (`for k, v in kwargs.items(): setattr(self, k, v)`),
    // written out with the keywords its calls give (kwargs_setattr_inits.rs).
    kwargs_setattr_inits::rewrite_kwargs_setattr_inits(&mut body);
    setattr_statements::rewrite_setattr_statements(&mut body);
    // `int(row)` as a statement in a function, validating by its ValueError, as an assignment of its
    // value (discarded_int_values.rs).
    discarded_int_values::rewrite_discarded_int_values(&mut body);
    // A subclass of a class of the file as the one class Python's method resolution makes of it
    // (inheritance.rs).
    inheritance::flatten_subclasses(&mut body);
    // A class attribute that instances write is set first by `__init__` where nothing can tell
    // (class_defaults.rs).
    class_defaults::move_written_class_attributes(&mut body);
    // `@dataclass(frozen=True)` where nothing assigns an attribute of an instance: a plain dataclass
    // (frozen_dataclasses.rs).
    frozen_dataclasses::thaw_frozen_dataclasses(&mut body).map_err(|refusal| {
        let (line, column) = source_text.line_column(refusal.offset);
        Diagnostic::new(file, &text, line, column, refusal.message)
    })?;
    // `@dataclass` classes get the `__init__` the decorator writes (dataclasses.rs).
    let dataclasses = dataclasses::rewrite_dataclasses(&mut body);
    // `with cm(...):` of a `@contextmanager` generator is its body with the `with`'s body at the
    // `yield` (context_managers.rs).
    context_managers::inline_context_managers(&mut body).map_err(|refusal| {
        let (line, column) = source_text.line_column(refusal.offset);
        Diagnostic::new(file, &text, line, column, refusal.message)
    })?;
    // Generator functions consumed whole at import time, or written out in their `for` loops
    // (generators.rs).
    generators::rewrite_generators(&mut body).map_err(|refusal| {
        let (line, column) = source_text.line_column(refusal.offset);
        Diagnostic::new(file, &text, line, column, refusal.message)
    })?;
    // An empty `OrderedDict()` as a dict display, its `move_to_end` and `popitem(last=False)` as the
    // translator's own methods (ordered_dicts.rs).
    ordered_dicts::rewrite_ordered_dicts(&mut body);
    properties::rewrite_properties(&mut body);
    // Functions under a decorator of the file that only wraps the call are written out (decorators.rs).
    decorators::rewrite_decorators(&mut body);
    // `*args` and `**kwargs` that a function only passes on, as the plain parameters every call of it
    // fills (star_parameters.rs).
    star_parameters::write_out_star_parameters(&mut body);
    // A list, dict or set default is made once, before its `def`, and shared (mutable_defaults.rs).
    mutable_defaults::hoist_mutable_defaults(&mut body).map_err(|refusal| {
        let (line, column) = source_text.line_column(refusal.offset);
        Diagnostic::new(file, &text, line, column, refusal.message)
    })?;
    // A comprehension of a split's words, their case changed, is the split of the changed text
    // (split_comprehensions.rs).
    split_comprehensions::rewrite_split_comprehensions(&mut body);
    // `codes = [p.exitcode for p in procs]` is the loop of appends it means (exitcode_lists.rs).
    exitcode_lists::rewrite_exitcode_lists(&mut body);
    // `results[k] = [f(x) for x in items]` is the loop of appends it means (item_comprehensions.rs).
    item_comprehensions::rewrite_item_comprehensions(&mut body);
    // `async with Connection(...) as conn:` of a class of the file is its `__aenter__`, a `try` and its
    // `__aexit__` in the `finally:` (async_with_constructors.rs).
    async_with_constructors::rewrite_async_with_constructors(&mut body);
    // `fut = loop.create_future()` as an object of a class written for it (loop_futures.rs).
    loop_futures::rewrite_loop_futures(&mut body).map_err(|refusal| {
        let (line, column) = source_text.line_column(refusal.offset);
        Diagnostic::new(file, &text, line, column, refusal.message)
    })?;
    // `return await aw` is `value = await aw` then `return value` (return_await.rs).
    return_await::split_return_awaits(&mut body);
    // `helper(coroutine(), t)`: a copy of the helper with the coroutine call in its parameter's place
    // (coroutine_arguments.rs).
    coroutine_arguments::specialise_coroutine_arguments(&mut body);
    // A builtin given to `asyncio.to_thread` or `run_in_executor` as a function of the module that calls
    // it (executor_builtins.rs).
    let thread_call_jobs = executor_builtins::rewrite_thread_call_builtins(&mut body);
    for (at, definition) in thread_call_jobs.into_iter().enumerate() {
        body.insert(at, definition);
    }
    // `create_task(asyncio.sleep(...))`: asyncio's `sleep` as a coroutine function of the module
    // (sleep_tasks.rs).
    sleep_tasks::rewrite_sleep_tasks(&mut body);
    // A comprehension's list of tasks that the program grows later is the loop of appends Python runs
    // (appended_task_lists.rs).
    appended_task_lists::rewrite_appended_task_lists(&mut body);
    // A list of coroutine objects used once, in the next statement, is written into that use.
    coroutine_lists::inline_coroutine_lists(&mut body);
    // `job = asyncio.gather(...)` awaited in the next statement is the gather written into that `await`
    // (kept_gathers.rs).
    kept_gathers::inline_kept_gathers(&mut body);
    // A loop that makes a Pipe per pass, written out pass by pass (looped_pipes.rs).
    looped_pipes::unroll_pipe_loops(&mut body);
    // multiprocessing.Pipe's ends as the queues of its two ways (pipes.rs).
    pipes::rewrite_pipes(&mut body).map_err(|refusal| {
        let (line, column) = source_text.line_column(refusal.offset);
        Diagnostic::new(file, &text, line, column, refusal.message)
    })?;
    // `results = list(pool.imap_unordered(f, items))` as the loop that fills the list (unordered_lists.rs).
    unordered_lists::rewrite_unordered_lists(&mut body);
    // `lambda m: transfer(*m)` of the module's code as a function of the module (star_lambdas.rs).
    star_lambdas::rewrite_star_lambdas(&mut body);
    // `sum(1 for r in results if r.successful())` as the loop that counts (successful_counts.rs).
    successful_counts::rewrite_successful_counts(&mut body);
    // A process pool's `initializer=` that only sets module globals, as their module bindings
    // (pool_initializers.rs).
    pool_initializers::rewrite_pool_initializers(&mut body);
    // multiprocessing.Pool's `apply_async`, `get`, `imap`, `close` and `join` as the executor calls
    // the translator follows (pool_calls.rs).
    let (completion_order, builtin_jobs) = pool_calls::rewrite_pool_calls(&mut body).map_err(|refusal| {
        let (line, column) = source_text.line_column(refusal.offset);
        Diagnostic::new(file, &text, line, column, refusal.message)
    })?;
    for (at, definition) in builtin_jobs.into_iter().enumerate() {
        body.insert(at, definition);
    }
    // `results = list(ex.map(f, items, timeout=t))` as the loop over the map that fills the list
    // (timed_map_lists.rs).
    timed_map_lists::rewrite_timed_map_lists(&mut body);
    // A done callback of a thread pool's future nobody else names, as the tail of its job
    // (job_tail_callbacks.rs). Where a tail cannot be translated (a list the callback makes, inside the
    // tail's `try`), the program is translated again with each callback a thread of its own, as before
    // session 32: that thread can take every order CPython's callback can, and more.
    let without_tails = body.clone();
    if job_tail_callbacks::rewrite_job_tail_callbacks(&mut body) {
        let with_tails = finish_import(file, &text, &source_text, body, options, &dataclasses, completion_order);
        return with_tails.or_else(|_| {
            finish_import(file, &text, &source_text, without_tails, options, &dataclasses, completion_order)
        });
    }
    finish_import(file, &text, &source_text, body, options, &dataclasses, completion_order)
}

/// The import's passes after the done callbacks' tails, then the translation.
fn finish_import(
    file: &str,
    text: &Arc<String>,
    source_text: &source::SourceText,
    mut body: ruff_python_ast::Suite,
    options: &Options,
    dataclasses: &std::collections::BTreeSet<String>,
    completion_order: bool,
) -> Result<Imported, Diagnostic> {
    // A builtin as the function of an executor's `map` or `submit` (executor_builtins.rs).
    let executor_jobs = executor_builtins::rewrite_executor_builtins(&mut body);
    for (at, definition) in executor_jobs.into_iter().enumerate() {
        body.insert(at, definition);
    }
    if completion_order {
        // `imap_unordered` became `as_completed`, imported under a name of weft's own.
        body.insert(0, pool_calls::import_futures_module());
    }
    // A list used only through heapq's push and pop, its truth and its size: the priority queue CPython
    // builds on the same functions (heap_queues.rs).
    heap_queues::rewrite_heap_lists(&mut body);
    // A multiprocessing.Array read whole (`list(arr)`, `sum(arr)`, `for x in arr`) is its walk by index,
    // one read per item, as CPython's (array_reads.rs).
    array_reads::rewrite_array_reads(&mut body);
    // `merged: dict = {}` that nothing reads before the main guard binds `merged` again (once_blocks.rs).
    once_blocks::drop_placeholder_globals(&mut body);
    // A call of the file's function refused inside an expression goes to a line of its own where that
    // keeps the program's meaning, and the program is translated again (hoisting.rs).
    let scenario = hoisting::translate_hoisting(&mut body, |body| {
        translate::translate(file, source_text, body, options, dataclasses)
    })
    .map_err(|error| {
        let (line, column) = source_text.line_column(error.offset);
        let diagnostic = Diagnostic::new(file, text, line, column, error.message);
        match error.help {
            Some(help) => diagnostic.with_help(help),
            None => diagnostic,
        }
    })?;
    let yaml = scenario.to_yaml(file, source_text);
    let python_lines = yaml.lines().map(comment_line).collect();
    Ok(Imported { yaml, python_lines, machine_sized: scenario.machine_sized })
}

/// The Python line a YAML line's `# line N:` comment names, or 0.
fn comment_line(yaml_line: &str) -> u32 {
    yaml_line
        .find("  # line ")
        .and_then(|at| {
            let rest = &yaml_line[at + 9..];
            rest[..rest.find(':').unwrap_or(rest.len())].parse().ok()
        })
        .unwrap_or(0)
}

/// A scenario name from a file name: `bank_race.py` is `bank-race`.
pub fn scenario_name(file: &str) -> String {
    let stem = std::path::Path::new(file).file_stem().and_then(|s| s.to_str()).unwrap_or("program");
    let mut name = String::new();
    for c in stem.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            name.push(c);
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-').to_string();
    if name.is_empty() { "program".to_string() } else { name }
}
