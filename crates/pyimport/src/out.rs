//! The scenario being built, and its YAML text: the contract's keys in the contract's order, a comment
//! on every step that names the Python line it came from.

use std::fmt::Write as _;

use crate::source::SourceText;
use crate::value::Value;

/// A value in a step: a plain word, a quoted expression, a task (named only when the text is written,
/// because a task's name depends on how many instances its function has), a list of steps or a mapping.
#[derive(Clone, Debug)]
pub enum Node {
    Plain(String),
    Quoted(String),
    Task(usize),
    Steps(Vec<Step>),
    Map(Vec<(&'static str, Node)>),
    /// A list of maps written as a block (`except:`'s clauses).
    Clauses(Vec<Vec<(&'static str, Node)>>),
}

/// The time-out of the import's own waits that must not pass a cancel on or raise: never reached.
pub const NEVER_REACHED_TIMEOUT: &str = "1000000s";

/// The time window declared for a program that sleeps (docs/python.md, "Sleeps and the time window"):
/// the noise CPython adds to the durations the import models. Measured on the machine of session 13 (2
/// cores, load average 9 from other builds): a `time.sleep(0.01)` overshoots by 0.13 ms at the median
/// and 16 ms at the 99th percentile, a thread starts in 0.03 ms (4 ms), and CPython ran sleeps 10 to
/// 20 ms out of their order in the agreement programs (`agree.py`); a 2 ms window lost 9 of their
/// states. The unannotated Python between two sleeps, which the import costs as zero, adds to it.
pub const TIME_WINDOW: &str = "20ms";

/// The CPU a step made of a Python statement costs where deadlines decide when a wait gives up (a
/// program with a loop and `timeouts: deadline`, without a time window): docs/python.md, "What Python statements cost". CPython 3.11.7 on this
/// project's machine spends 47 to 59 ns a step on `total += (i * j) % 7` in a loop, 32 to 52 ns on
/// `total += i % 7`, 49 to 64 ns on a call of a function of the file and 2 to 12 ns on a plain
/// `a = b`; without it the steps took no time and a wait's deadline passed 40 ms of work by
/// (bench/python-agreement/session20/repro/r03). Too high a cost only lets a wait give up where it
/// would not (beside the run where it does not); too low one loses CPython's time-out.
pub const STEP_COST: &str = "50ns";

/// The runtime of a program that starts processes: CPython 3.11 (the version the import is checked
/// against), whose preset starts a process as Linux's default start method does, by fork (4.8 ms on
/// this project's machine), where a file without a preset keeps spawn's 50 ms (session29/repro/r13: a
/// `Value` read 5 ms after `start()` sees the child's write in most of CPython's runs). The program
/// cannot ask for spawn: `set_start_method` and `get_context` are refused. `weft compare --set
/// python=...` replaces the version, and with it the start method's cost.
const FORK_RUNTIME: &str = "runtime: { python: \"3.11\" }  # CPython 3.11 on Linux starts a process by fork, not spawn";

/// The runtime of a program that starts a thread (`Thread.start()`): CPython's `start()` returns only
/// once the new thread runs (it waits for the thread's `_started` Event), so under the GIL the new
/// thread runs first, up to its first blocking call (session28/timing/tm02: a thread started to sleep
/// while the starter computes ends its sleep 15 ms late without it). Under `weft explore` nothing
/// changes: the spawner's next step and the thread's first are ordered either way, as before.
const THREAD_START_RUNTIME: &str =
    "runtime: { thread_start: waits }  # CPython's Thread.start() returns once the new thread runs";

/// Both: a program that starts a process and a thread.
const FORK_AND_THREAD_START_RUNTIME: &str = "runtime: { python: \"3.11\", thread_start: waits }  # CPython 3.11 on Linux starts a process by fork, not spawn; Thread.start() returns once the new thread runs";

/// Whether a duration as the import writes it (`0s`, `0ms`, `10ms`) is zero.
fn is_zero_duration(duration: &str) -> bool {
    let number = duration.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == 'µ');
    number.parse::<f64>().is_ok_and(|value| value == 0.0)
}

/// One step: `key: value`, or a bare word when `value` is `None`. `line` is the Python line (0: none).
#[derive(Clone, Debug)]
pub struct Step {
    pub key: &'static str,
    pub value: Option<Node>,
    pub line: u32,
}

impl Step {
    pub fn new(key: &'static str, value: Node, line: u32) -> Self {
        Step { key, value: Some(value), line }
    }
    pub fn word(key: &'static str, line: u32) -> Self {
        Step { key, value: None, line }
    }
}

#[derive(Clone, Debug)]
pub enum SharedInit {
    Int(i64),
    /// Python's None (`null` in the scenario).
    None,
    /// A string.
    Str(String),
    /// Items of a list: numbers, None, strings.
    Array(Vec<Item>),
    /// Keys and values of a dict (or of a list that grows by `append`).
    Map(Vec<(Item, Item)>),
}

/// A value a shared list or dict holds, or one of its keys: a number, None or a string.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Item {
    Int(i64),
    None,
    Str(String),
}

impl Item {
    /// The item a value known at import time is, if it is one.
    pub fn of(value: &Value) -> Option<Item> {
        match value {
            Value::Int(number) => Some(Item::Int(*number)),
            Value::None => Some(Item::None),
            Value::Str(text) => Some(Item::Str(text.clone())),
            _ => None,
        }
    }

    pub fn value(&self) -> Value {
        match self {
            Item::Int(number) => Value::Int(*number),
            Item::None => Value::None,
            Item::Str(text) => Value::Str(text.clone()),
        }
    }

    /// As the scenario's YAML writes it: a number, `null` for None, a double-quoted string.
    fn text(&self) -> String {
        match self {
            Item::Int(number) => number.to_string(),
            Item::None => "null".to_string(),
            Item::Str(text) => quoted(text, '"'),
        }
    }
}

/// `text` between `quote`s with the escapes YAML's double-quoted scalars and the scenario's expression
/// strings both read as Python does: `\\`, the quote, `\n`, `\t`, `\r`, and `\xNN` for every other
/// control character. The YAML of `shared:` writes strings with `"`, expressions with `'`.
pub fn quoted(text: &str, quote: char) -> String {
    let mut out = String::from(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[derive(Clone, Debug)]
pub struct Task {
    /// The name before instances are numbered: the function's (or `name=`).
    pub base: String,
    pub spawned: bool,
    pub daemon: bool,
    pub ops: Vec<Step>,
    /// The Python line that made the task (the `Thread(...)` call), for the comment.
    pub line: u32,
    /// The executor whose workers run the task's jobs (`executor.submit`), if any.
    pub executor: Option<String>,
    /// `coroutine` or `process`; `None` for a thread (and for a job, whose kind is its executor's).
    pub kind: Option<&'static str>,
}

#[derive(Clone, Debug, Default)]
pub struct Scenario {
    pub name: String,
    pub about: String,
    /// A `Thread.start()` of a thread (not a process): `runtime: { thread_start: waits }`.
    pub starts_threads: bool,
    pub shared: Vec<(String, SharedInit)>,
    /// Integers in memory every process shares (`multiprocessing.Value`): `shared_memory:`.
    pub shared_memory: Vec<(String, i64)>,
    /// Those of `shared_memory:` that start as None and hold an object made at run time: a
    /// `multiprocessing.Manager()`'s dict or list (translate/managers.rs), declared `null`.
    pub shared_memory_objects: std::collections::BTreeSet<String>,
    /// The `multiprocessing.Process` tasks (`exits_alone: true`), by index.
    pub exits_alone: Vec<usize>,
    /// Their `exitcode:` variables (of `shared_memory:`), by task index, in a program that reads one.
    pub exitcodes: Vec<(usize, String)>,
    pub queues: Vec<(String, u64)>,
    pub locks: Vec<(String, bool)>,
    /// Name, initial value, bounded.
    pub semaphores: Vec<(String, i64, bool)>,
    pub events: Vec<String>,
    /// Name and the lock it was built on (`Condition(lock)`), if any.
    pub conditions: Vec<(String, Option<String>)>,
    pub executors: Vec<Executor>,
    pub tasks: Vec<Task>,
    /// The primitives and queues that are asyncio's own (`asyncio.Lock()`, ...): `asyncio: true`.
    pub asyncio: std::collections::BTreeSet<String>,
    /// Plain locks a thread that does not hold them may release (`owned: false`).
    pub unowned_locks: std::collections::BTreeSet<String>,
    /// Conditions whose own lock is an RLock, as `threading.Condition()`'s is, where a task may take
    /// it again (`reentrant: true`; translate/reentrant_conditions.rs).
    pub reentrant_conditions: std::collections::BTreeSet<String>,
    /// The queues that are not FIFO (`queue.LifoQueue()`, `queue.PriorityQueue()`), with their `order:`.
    pub queue_orders: std::collections::BTreeMap<String, &'static str>,
    /// Tasks of `kind: process` with their own copies of shared variables (by name; their first values
    /// are the main process's): a `processes:` entry named after the task.
    pub process_memory: Vec<(usize, Vec<String>)>,
    /// The variables only a process's own memory holds (a local list or dict of its target): declared
    /// under `processes:` and not in the main process's `shared:`.
    pub process_only: std::collections::BTreeSet<String>,
    /// The shared maps that are Python lists growing by `append` (or deques): `lists:`, where a missing
    /// index is IndexError (a dict's missing key is KeyError).
    pub lists: Vec<String>,
    /// The shared maps whose keys are `repr` texts (tuple_keyed_maps.rs): `repr_keys:`, so that the final
    /// state names each key as Python does (`edges[(1, 2)]`).
    pub repr_keys: Vec<String>,
    /// The program's own exception classes and their bases (`exceptions:`), in the order of the file.
    pub exceptions: Vec<(String, String)>,
    /// The first line with a call weft does not model, whose work it cannot know, costed by nothing (no
    /// `# weft:` annotation, no `--call-cost`): weft's clocks may be wrong there, so no time window.
    pub uncosted_call_line: Option<u32>,
    /// The lines that size something by the machine's cores, and what (translate/machine_sizes.rs); not
    /// written to the YAML.
    pub machine_sized: Vec<(u32, String)>,
    /// The items the import's folds walked on each Python line (a comprehension, `sorted`, `sum` of
    /// items known at import time), which CPython walks each time the line runs (long_loops.rs).
    pub folded_items: std::collections::BTreeMap<u32, u64>,
}

/// A `concurrent.futures` executor: its workers (`None`: CPython's default for the machine's cores, left
/// to the scenario), and whether they are processes.
#[derive(Clone, Debug)]
pub struct Executor {
    pub name: String,
    pub workers: Option<u64>,
    pub process: bool,
}

/// A shared variable's first value as the scenario writes it.
fn init_text(init: &SharedInit) -> String {
    match init {
        SharedInit::Int(value) => value.to_string(),
        SharedInit::None => "null".to_string(),
        SharedInit::Str(text) => quoted(text, '"'),
        SharedInit::Array(values) => {
            format!("[{}]", values.iter().map(Item::text).collect::<Vec<_>>().join(", "))
        }
        SharedInit::Map(pairs) => {
            format!(
                "{{{}}}",
                pairs.iter().map(|(k, v)| format!("{}: {}", k.text(), v.text())).collect::<Vec<_>>().join(", ")
            )
        }
    }
}

impl Scenario {
    /// Task names: the base when a function runs in one task, `base-0`, `base-1`, ... when in several;
    /// made unique against each other.
    pub fn task_names(&self) -> Vec<String> {
        let mut names = Vec::with_capacity(self.tasks.len());
        let mut taken = std::collections::BTreeSet::new();
        for (index, task) in self.tasks.iter().enumerate() {
            // Task 0 is the main thread; the others are numbered among the tasks of the same function.
            let siblings: Vec<usize> = (1..self.tasks.len()).filter(|&i| self.tasks[i].base == task.base).collect();
            let mut name = if index == 0 || siblings.len() == 1 {
                task.base.clone()
            } else {
                let position = siblings.iter().position(|&i| i == index).unwrap_or(0);
                format!("{}-{position}", task.base)
            };
            let stem = name.clone();
            let mut suffix = 2;
            while taken.contains(&name) {
                name = format!("{stem}-{suffix}");
                suffix += 1;
            }
            taken.insert(name.clone());
            names.push(name);
        }
        names
    }

    /// Whether some step waits with a time-out (`timeout:` in it, at any depth).
    fn waits_with_timeouts(&self) -> bool {
        self.waits_with_timeouts_where(|_| true)
    }

    /// Whether some step waits with a time-out of the program's own: not one of the import's waits
    /// that a time-out only keeps from passing a cancel on or from raising ([`NEVER_REACHED_TIMEOUT`]).
    fn waits_with_programs_timeouts(&self) -> bool {
        self.waits_with_timeouts_where(|timeout| !matches!(timeout, Node::Plain(t) if t == NEVER_REACHED_TIMEOUT))
    }

    /// Whether some step has a `timeout:` (at any depth) that `counts`.
    fn waits_with_timeouts_where(&self, counts: fn(&Node) -> bool) -> bool {
        let in_steps =
            |steps: &[Step]| steps.iter().any(|step| step.value.as_ref().is_some_and(|n| in_node(n, counts)));
        fn in_node(node: &Node, counts: fn(&Node) -> bool) -> bool {
            let entry = |(key, value): &(&str, Node)| (*key == "timeout" && counts(value)) || in_node(value, counts);
            match node {
                Node::Steps(steps) => steps.iter().any(|step| step.value.as_ref().is_some_and(|n| in_node(n, counts))),
                Node::Map(entries) => entries.iter().any(entry),
                Node::Clauses(clauses) => clauses.iter().flatten().any(entry),
                Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => false,
            }
        }
        self.tasks.iter().any(|task| in_steps(&task.ops))
    }

    /// Whether some step sleeps for a time: an `io` (`time.sleep`, an annotated I/O) or an `await` of a
    /// duration (`asyncio.sleep`), not an `await` of a future, nor a sleep of 0 (a bare yield).
    /// Whether the program starts a process of its own (`multiprocessing.Process`) or a process pool.
    fn starts_processes(&self) -> bool {
        self.tasks.iter().any(|task| task.kind == Some("process")) || self.executors.iter().any(|pool| pool.process)
    }

    fn sleeps(&self) -> bool {
        self.some_step(is_sleep)
    }

    /// Whether some `while` loop sleeps in its body (`while not stop.is_set(): await asyncio.sleep(0.001)`,
    /// a poll): a loop that ends only once another task's step comes, and time orders the two. Without a
    /// time window the search may run the sleeper's passes before that step for ever, every schedule
    /// ending at the step limit (session35/repro/r04: a ticker beside a pool's job, 0 schedules).
    fn polls_with_sleeps(&self) -> bool {
        self.some_step(|step| {
            step.key == "while" && step.value.as_ref().is_some_and(|body| node_has_step(body, is_sleep))
        })
    }

    /// Whether a task other than a coroutine has a `while` whose body sleeps (`io`): a thread's poll.
    fn threads_poll_with_sleeps(&self) -> bool {
        let in_step = |step: &Step| {
            is_sleeping_while(step) || step.value.as_ref().is_some_and(|node| node_has_step(node, is_sleeping_while))
        };
        self.tasks.iter().filter(|task| task.kind != Some("coroutine")).any(|task| task.ops.iter().any(in_step))
    }

    /// Whether some step repeats others (`repeat`, `while`, at any depth): where a program's Python work
    /// adds up to time that may decide a wait or a window (a single pass of straight-line statements
    /// is microseconds, below the window and the time-outs of the programs of this project).
    fn loops(&self) -> bool {
        self.some_step(|step| matches!(step.key, "repeat" | "while"))
    }

    /// Whether some step of some task, at any depth (inside an `if`, a loop, a `try`), is one that
    /// `wanted` says.
    fn some_step(&self, wanted: fn(&Step) -> bool) -> bool {
        fn in_steps(steps: &[Step], wanted: fn(&Step) -> bool) -> bool {
            steps.iter().any(|step| wanted(step) || step.value.as_ref().is_some_and(|node| in_node(node, wanted)))
        }
        fn in_node(node: &Node, wanted: fn(&Step) -> bool) -> bool {
            match node {
                Node::Steps(steps) => in_steps(steps, wanted),
                Node::Map(entries) => entries.iter().any(|(_, value)| in_node(value, wanted)),
                Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| in_node(value, wanted)),
                Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => false,
            }
        }
        self.tasks.iter().any(|task| in_steps(&task.ops, wanted))
    }

    pub fn to_yaml(&self, file: &str, source: &SourceText<'_>) -> String {
        let writer = Writer { names: self.task_names(), source };
        let mut out = String::new();
        let _ = writeln!(out, "# Imported from {file} by `weft import`; `# line N` points at the Python source.");
        let _ = writeln!(out, "version: 1");
        let _ = writeln!(out, "name: {}", self.name);
        // A Python program's time-outs are real time: a wait gives up under exploration once no other
        // task would step before its deadline (docs/format.md, "Time-outs under exploring policies"),
        // not only when nothing else can move. Its sleeps are real time too: a step is explored only
        // when it would start within the time window of the earliest (docs/python.md, "Sleeps and the
        // time window").
        let mut settings = Vec::new();
        // Work weft cannot know (a call it does not model, uncosted) before a wait's deadline: the
        // clocks a deadline is compared with would put it at no time, so the wait may give up at any
        // step (session20/repro/r06: 'timeout', CPython's only outcome, missing under 'complete').
        // A loop of ten thousand steps or more is such work too: its statements' time is not known
        // (docs/python.md, "Session 21: long loops are work weft cannot time").
        let unknown_work = self.uncosted_call_line.is_some() || self.long_loop_line().is_some();
        let unknown_work_decides = unknown_work && self.waits_with_programs_timeouts();
        let deadlines = self.waits_with_timeouts() && !unknown_work_decides;
        if unknown_work_decides {
            settings.push("timeouts: any".to_string());
        } else if deadlines {
            settings.push("timeouts: deadline".to_string());
        }
        // With executors only when the program waits with a time-out of its own: a job handed to a
        // worker moves when the worker steps next, which under a window orders it against every step,
        // and the searches of pool programs that completed without a window stopped at their budget
        // with one (docs/python.md); but without it, a `result(timeout=0.01)` on a 100 ms job may wait
        // the job out (session17/f08: a failure real timing never gives).
        // Not when a call weft does not model may take time it cannot know (`math.factorial(10000)`):
        // the window orders steps by weft's clocks, which would put that work at no time at all
        // (session14/repro/r07: CPython's order lost under a claim of completeness), nor where a loop
        // of 10,000 steps or more computes for a time the window's clocks put at nothing
        // (session21-s21search/loop_outlasts_a_sleep_past_the_window.py).
        let pools_allow_a_window = self.executors.is_empty()
            || self.waits_with_programs_timeouts()
            || self.reads_future_states()
            || self.polls_with_sleeps();
        let window = self.sleeps() && pools_allow_a_window && !unknown_work;
        if window {
            settings.push(format!("time_window: {TIME_WINDOW}"));
        }
        // Where deadlines decide when a wait gives up, the Python statements of a loop take CPU as
        // CPython's do. Not under a time window: a step that moves the earliest clock would then order
        // itself against every other task's step, and small windowed searches (examples/python/
        // queue_get_timeout.py) no longer completed (docs/python.md, "What Python statements cost").
        // Only a time-out of the program's own gives up by its deadline (the import's own never do).
        if deadlines && !window && self.loops() && self.waits_with_programs_timeouts() {
            settings.push(format!("step_cost: {STEP_COST}"));
        }
        // CPython's event loop runs its ready coroutines first in, first out, and a timer only after
        // what was ready when it was set (docs/exploration.md, "Event loops in asyncio's order").
        if self.tasks.iter().any(|task| task.kind == Some("coroutine")) {
            settings.push("loop_order: fifo".to_string());
        }
        // A thread's poll that sleeps goes on at its next poll in CPython, not at the write it waits
        // for: under the window, a pass longer than half of it goes round in virtual time
        // (docs/python.md, "Session 37: ... (s37engine)").
        if window && self.threads_poll_with_sleeps() {
            settings.push("thread_polls: passes".to_string());
        }
        if !settings.is_empty() {
            let _ = writeln!(out, "scheduler: {{ {} }}", settings.join(", "));
        }
        match (self.starts_processes(), self.starts_threads) {
            (true, false) => {
                let _ = writeln!(out, "{FORK_RUNTIME}");
            }
            (false, true) => {
                let _ = writeln!(out, "{THREAD_START_RUNTIME}");
            }
            (true, true) => {
                let _ = writeln!(out, "{FORK_AND_THREAD_START_RUNTIME}");
            }
            (false, false) => {}
        }
        let _ = writeln!(out, "about: {}", quote(&self.about));
        self.write_declarations(&mut out, &writer.names);
        self.write_exceptions(&mut out);
        self.write_process_memory(&mut out, &writer.names);
        let _ = writeln!(out, "tasks:");
        for (index, task) in self.tasks.iter().enumerate() {
            let comment = if task.line > 0 {
                format!("  # line {}: {}", task.line, source.code_of_line(task.line))
            } else {
                String::new()
            };
            let _ = writeln!(out, "  {}:{comment}", writer.names[index]);
            if let Some(kind) = task.kind {
                let _ = writeln!(out, "    kind: {kind}");
            }
            if task.spawned {
                let _ = writeln!(out, "    start: spawned");
            }
            if self.exits_alone.contains(&index) {
                let _ = writeln!(out, "    exits_alone: true");
            }
            if let Some((_, exitcode)) = self.exitcodes.iter().find(|(of, _)| *of == index) {
                let _ = writeln!(out, "    exitcode: {exitcode}");
            }
            if let Some(executor) = &task.executor {
                let _ = writeln!(out, "    executor: {executor}");
            }
            if task.daemon {
                let _ = writeln!(out, "    daemon: true");
            }
            if task.ops.is_empty() {
                let _ = writeln!(out, "    ops: []");
            } else {
                let _ = writeln!(out, "    ops:");
                writer.steps(&mut out, &task.ops, 6);
            }
        }
        out
    }

    /// `processes:`: a process task's own copies, under the task's name (a task of `kind: process` is the
    /// process of that name when one is declared).
    fn write_process_memory(&self, out: &mut String, names: &[String]) {
        if self.process_memory.is_empty() {
            return;
        }
        let _ = writeln!(out, "processes:");
        for (task, copies) in &self.process_memory {
            let values: Vec<String> = copies
                .iter()
                .filter_map(|copy| self.shared.iter().find(|(name, _)| name == copy))
                .map(|(name, init)| format!("{name}: {}", init_text(init)))
                .collect();
            let _ = writeln!(out, "  {}: {{ shared: {{ {} }} }}", names[*task], values.join(", "));
        }
    }

    /// `lists:`: the maps that are Python lists, main's and each process task's own copies of them.
    fn write_lists(&self, out: &mut String, names: &[String]) {
        let copies = self.process_memory.iter().flat_map(|(task, copies)| {
            let listed = copies.iter().filter(|copy| self.lists.contains(copy));
            listed.map(|list| format!("{}.{list}", names[*task]))
        });
        let main_lists = self.lists.iter().filter(|list| !self.process_only.contains(*list)).cloned();
        let lists: Vec<String> = main_lists.chain(copies).collect();
        if !lists.is_empty() {
            let _ = writeln!(out, "lists: [{}]", lists.join(", "));
        }
        let repr_keyed: Vec<&String> = self.repr_keys.iter().filter(|map| !self.process_only.contains(*map)).collect();
        if !repr_keyed.is_empty() {
            let names: Vec<&str> = repr_keyed.into_iter().map(String::as_str).collect();
            let _ = writeln!(out, "repr_keys: [{}]", names.join(", "));
        }
    }

    /// `, asyncio: true` for a declaration of asyncio's own, else nothing.
    fn asyncio_flag(&self, name: &str) -> &'static str {
        if self.asyncio.contains(name) { ", asyncio: true" } else { "" }
    }

    /// `exceptions:`: the program's own classes, each with its base.
    fn write_exceptions(&self, out: &mut String) {
        if self.exceptions.is_empty() {
            return;
        }
        let _ = writeln!(out, "exceptions:");
        for (name, base) in &self.exceptions {
            let _ = writeln!(out, "  {name}: {{ base: {base} }}");
        }
    }

    fn write_declarations(&self, out: &mut String, names: &[String]) {
        let main_shared: Vec<_> = self.shared.iter().filter(|(name, _)| !self.process_only.contains(name)).collect();
        if !main_shared.is_empty() {
            let _ = writeln!(out, "shared:");
            for (name, init) in main_shared {
                let _ = writeln!(out, "  {name}: {}", init_text(init));
            }
        }
        if !self.shared_memory.is_empty() {
            let _ = writeln!(out, "shared_memory:");
            for (name, init) in &self.shared_memory {
                match self.shared_memory_objects.contains(name) {
                    true => writeln!(out, "  {name}: null"),
                    false => writeln!(out, "  {name}: {init}"),
                }
                .ok();
            }
        }
        self.write_lists(out, names);
        if !self.queues.is_empty() {
            let _ = writeln!(out, "queues:");
            for (name, capacity) in &self.queues {
                let order = self.queue_orders.get(name).map_or(String::new(), |order| format!(", order: {order}"));
                let _ = writeln!(out, "  {name}: {{ capacity: {capacity}{order}{} }}", self.asyncio_flag(name));
            }
        }
        if !self.locks.is_empty() {
            let plain = |name: &str, reentrant: bool| {
                !reentrant && !self.asyncio.contains(name) && !self.unowned_locks.contains(name)
            };
            if self.locks.iter().all(|(name, reentrant)| plain(name, *reentrant)) {
                let names: Vec<&str> = self.locks.iter().map(|(name, _)| name.as_str()).collect();
                let _ = writeln!(out, "locks: [{}]", names.join(", "));
            } else {
                let _ = writeln!(out, "locks:");
                for (name, reentrant) in &self.locks {
                    let body = match (*reentrant, self.asyncio.contains(name)) {
                        (true, _) => "{ reentrant: true }",
                        (false, true) => "{ asyncio: true }",
                        (false, false) if self.unowned_locks.contains(name) => "{ owned: false }",
                        (false, false) => "{}",
                    };
                    let _ = writeln!(out, "  {name}: {body}");
                }
            }
        }
        if !self.semaphores.is_empty() {
            let _ = writeln!(out, "semaphores:");
            for (name, value, bounded) in &self.semaphores {
                let asyncio = self.asyncio_flag(name);
                if *bounded {
                    let _ = writeln!(out, "  {name}: {{ value: {value}, bounded: true{asyncio} }}");
                } else if asyncio.is_empty() {
                    let _ = writeln!(out, "  {name}: {value}");
                } else {
                    let _ = writeln!(out, "  {name}: {{ value: {value}{asyncio} }}");
                }
            }
        }
        if !self.events.is_empty() {
            if self.events.iter().any(|name| self.asyncio.contains(name)) {
                let _ = writeln!(out, "events:");
                for name in &self.events {
                    let body = if self.asyncio.contains(name) { "{ asyncio: true }" } else { "{}" };
                    let _ = writeln!(out, "  {name}: {body}");
                }
            } else {
                let _ = writeln!(out, "events: [{}]", self.events.join(", "));
            }
        }
        if !self.conditions.is_empty() {
            let _ = writeln!(out, "conditions:");
            for (name, lock) in &self.conditions {
                let asyncio = self.asyncio_flag(name);
                match lock {
                    Some(lock) => {
                        let _ = writeln!(out, "  {name}: {{ lock: {lock}{asyncio} }}");
                    }
                    None if asyncio.is_empty() && self.reentrant_conditions.contains(name) => {
                        let _ = writeln!(out, "  {name}: {{ reentrant: true }}");
                    }
                    None if asyncio.is_empty() => {
                        let _ = writeln!(out, "  {name}: {{}}");
                    }
                    None => {
                        let _ = writeln!(out, "  {name}: {{ asyncio: true }}");
                    }
                }
            }
        }
        if !self.executors.is_empty() {
            let _ = writeln!(out, "executors:");
            for executor in &self.executors {
                let name = &executor.name;
                let _ = match (executor.workers, executor.process) {
                    (Some(workers), false) => writeln!(out, "  {name}: {{ workers: {workers} }}"),
                    (Some(workers), true) => writeln!(out, "  {name}: {{ workers: {workers}, kind: process }}"),
                    (None, false) => writeln!(out, "  {name}: {{}}   # workers: min(32, cores + 4), CPython's default"),
                    (None, true) => {
                        writeln!(out, "  {name}: {{ kind: process }}   # workers: cores, CPython's default")
                    }
                };
            }
        }
    }
}

struct Writer<'a> {
    names: Vec<String>,
    source: &'a SourceText<'a>,
}

impl Writer<'_> {
    fn comment(&self, line: u32) -> String {
        if line == 0 { String::new() } else { format!("  # line {line}: {}", self.source.code_of_line(line)) }
    }

    fn steps(&self, out: &mut String, steps: &[Step], indent: usize) {
        let pad = " ".repeat(indent);
        for step in steps {
            let comment = self.comment(step.line);
            match &step.value {
                None => {
                    let _ = writeln!(out, "{pad}- {}{comment}", step.key);
                }
                Some(Node::Steps(inner)) => {
                    let _ = writeln!(out, "{pad}- {}:{comment}", step.key);
                    self.steps(out, inner, indent + 4);
                }
                Some(Node::Map(entries))
                    if entries.iter().any(|(_, node)| matches!(node, Node::Steps(_) | Node::Clauses(_))) =>
                {
                    let _ = writeln!(out, "{pad}- {}:{comment}", step.key);
                    self.block_map(out, entries, indent + 4);
                }
                Some(node) => {
                    let _ = writeln!(out, "{pad}- {}: {}{comment}", step.key, self.inline(node));
                }
            }
        }
    }

    fn block_map(&self, out: &mut String, entries: &[(&'static str, Node)], indent: usize) {
        let pad = " ".repeat(indent);
        for (key, node) in entries {
            match node {
                Node::Steps(inner) if inner.is_empty() => {
                    let _ = writeln!(out, "{pad}{key}: []");
                }
                Node::Steps(inner) => {
                    let _ = writeln!(out, "{pad}{key}:");
                    self.steps(out, inner, indent + 2);
                }
                Node::Clauses(clauses) => {
                    let _ = writeln!(out, "{pad}{key}:");
                    for clause in clauses {
                        // Each clause a block map under a `- ` that marks its first key.
                        let mut text = String::new();
                        self.block_map(&mut text, clause, indent + 4);
                        let _ = write!(out, "{pad}  - {}", &text[indent + 4..]);
                    }
                }
                other => {
                    let _ = writeln!(out, "{pad}{key}: {}", self.inline(other));
                }
            }
        }
    }

    fn inline(&self, node: &Node) -> String {
        match node {
            Node::Plain(text) => text.clone(),
            Node::Quoted(text) => quote(text),
            Node::Task(index) => self.names[*index].clone(),
            Node::Steps(steps) if steps.is_empty() => "[]".to_string(),
            Node::Steps(_) | Node::Clauses(_) => "[ ... ]".to_string(),
            Node::Map(entries) => {
                let parts: Vec<String> = entries.iter().map(|(k, v)| format!("{k}: {}", self.inline(v))).collect();
                format!("{{ {} }}", parts.join(", "))
            }
        }
    }
}

/// A YAML double-quoted scalar.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether a step sleeps for a time: an `io` (`time.sleep`, an annotated I/O) or an `await` of a duration
/// (`asyncio.sleep`), not an `await` of a future, nor a sleep of 0 (a bare yield).
fn is_sleep(step: &Step) -> bool {
    if !matches!(step.key, "io" | "await") {
        return false;
    }
    match &step.value {
        Some(Node::Plain(duration)) => !is_zero_duration(duration),
        // A length known at run time (`{ ms: "n * 10" }`); an `await` of a future names it.
        Some(Node::Map(entries)) => !entries.iter().any(|(key, _)| *key == "future"),
        _ => false,
    }
}

/// Whether `node` holds, at any depth, a step that `wanted` says.
/// A `while` whose body sleeps (`io` or `await` of a duration): a poll.
fn is_sleeping_while(step: &Step) -> bool {
    step.key == "while" && step.value.as_ref().is_some_and(|body| node_has_step(body, is_sleep))
}

fn node_has_step(node: &Node, wanted: fn(&Step) -> bool) -> bool {
    match node {
        Node::Steps(steps) => steps
            .iter()
            .any(|step| wanted(step) || step.value.as_ref().is_some_and(|inner| node_has_step(inner, wanted))),
        Node::Map(entries) => entries.iter().any(|(_, value)| node_has_step(value, wanted)),
        Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| node_has_step(value, wanted)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => false,
    }
}
