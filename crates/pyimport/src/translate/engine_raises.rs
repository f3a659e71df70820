//! Whether a job's steps may raise an exception the engine raises on an operation, whose class the
//! import does not know: `None > 25` (TypeError), `len(5)`, `float('x1')` and `chr(-1)` (ValueError), an
//! index past the end of a fixed list (IndexError), an attribute of a value of another kind. Before
//! session 35 only the classes `exceptions::fault_classes` names (a missing key, a division by what may
//! be 0, `int()` of text, a `raise`) made the waits CPython does without raising (an executor's
//! shutdown, `wait`, `as_completed`'s watchers, a Pool's close and join) catch: any other exception of a
//! job was raised again in main at the `with`'s end, a deadlock in `as_completed` (session34/repro r06,
//! r07, r08), where CPython keeps it in the job's future.
//!
//! The rule is the engine's: every operation may raise except the few that cannot whatever the values
//! are (`==`, `!=`, `and`, `or`, `not`, a literal, a name, a tuple of them, `has`, `str`, `array`), and
//! arithmetic and ordering between integers the steps know to be integers (an integer literal, a
//! local set from integers, `repeat`'s counter, a shared integer nothing sets to anything else). An index
//! is safe only on a shared fixed list at a position known and inside it. Anything else may raise: the
//! judgment errs towards catching, which keeps every outcome of a job that never raises.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use scenarios::expr::{Ast, Function};
use sim_core::model::BinaryOp;
use sim_core::patterns::SMALLEST_INTEGER;
use sim_core::text::TextFunction;

use crate::out::{Item, Node, Scenario, SharedInit, Step};

/// The Python classes of what steps may raise on an operation; `OPERATION_FAULT` stands for one not
/// known at import time.
pub(super) type Classes = BTreeSet<&'static str>;

/// The locals of each task (by index) that hold an integer from its start, as the source shows every
/// call gives one (int_parameters.rs), whether or not the scenario holds the starts yet.
pub(super) type TaskIntegers = BTreeMap<usize, BTreeSet<String>>;

const TYPE_ERROR: &str = "TypeError";
const INDEX_ERROR: &str = "IndexError";
const KEY_ERROR: &str = "KeyError";
const VALUE_ERROR: &str = "ValueError";
const ZERO_DIVISION_ERROR: &str = "ZeroDivisionError";

/// The locals and shared names known to hold an integer or a string.
type Integers = BTreeMap<String, Known>;
/// The least and greatest values an integer may have.
type Bounds = (i64, i64);

/// What a name is known to hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Known {
    /// An integer, within bounds when those are known.
    Integer(Option<Bounds>),
    /// A float (of the engine's: `0.5`, `truediv(a, b)`).
    Float,
    /// Python's None.
    Nothing,
    /// An integer or None (an item of a queue that ends with None sentinels).
    IntegerOrNothing,
    Text,
    /// A list the import made (`array(n)`) of that length.
    Array(usize),
}

/// Whether any job of `scenario` (a task of an executor, or a coroutine task another coroutine
/// started) may raise as the engine raises on an operation. The coroutine a thread runs in its event
/// loop (`asyncio.run(main())`) is left out: what it raises, `asyncio.run` raises again, as weft's
/// `result` of it does.
pub(super) fn jobs_may_raise_in_engine(scenario: &Scenario) -> bool {
    let judge = Judge::of(scenario, &task_steps(scenario, None), &TaskIntegers::new());
    let coroutine = |task: &crate::out::Task| task.spawned && task.kind == Some("coroutine");
    let mut started_by_coroutines = BTreeSet::new();
    let mut may_raise = BTreeSet::new();
    for (index, task) in scenario.tasks.iter().enumerate() {
        let mut walk = judge.walk(index);
        walk.steps(&task.ops);
        if !walk.raises.is_empty() {
            may_raise.insert(index);
        }
        if coroutine(task) {
            started_by_coroutines.extend(walk.starts.into_iter().map(|(started, _)| started));
        }
    }
    let job = |index: usize| {
        let task = &scenario.tasks[index];
        task.executor.is_some() || (coroutine(task) && started_by_coroutines.contains(&index))
    };
    may_raise.into_iter().any(job)
}

/// The class a TaskGroup's failure is given for an exception an operation of its tasks may raise whose
/// class is not known at import time (not a Python name: it never reaches the scenario).
pub(super) const OPERATION_FAULT: &str = "an exception of an operation";

/// The classes tasks `tasks` of `scenario` may raise as the engine raises on an operation. A shared
/// integer (or list of integers) is taken to stay one while no step of `scenario` stores anything else
/// in it: of a scenario translated so far, the judgment is made again once the whole program is read
/// (group_operation_faults.rs). `translating`: the task whose steps are being translated, and its
/// steps so far (the scenario holds them only once its function is translated).
pub(super) fn tasks_raise_in_engine(
    scenario: &Scenario,
    tasks: Range<usize>,
    translating: Option<(usize, &[Step])>,
    parameters: &TaskIntegers,
) -> Classes {
    let steps = task_steps(scenario, translating);
    let judge = Judge::of(scenario, &steps, parameters);
    let mut classes = Classes::new();
    for index in tasks {
        let mut walk = judge.walk(index);
        walk.steps(steps[index]);
        classes.append(&mut walk.raises);
    }
    classes
}

/// What the items of each shared list and dict start as: `None` where they are of more than one kind
/// (or of none the judgment knows).
fn initial_items(scenario: &Scenario) -> BTreeMap<String, Option<Known>> {
    let item_kind = |item: &Item| match item {
        Item::Int(_) => Known::Integer(None),
        Item::None => Known::Nothing,
        Item::Str(_) => Known::Text,
    };
    let mut initial = BTreeMap::new();
    for (name, init) in &scenario.shared {
        let items: Vec<Known> = match init {
            SharedInit::Array(items) => items.iter().map(item_kind).collect(),
            SharedInit::Map(entries) => entries.iter().map(|(_, value)| item_kind(value)).collect(),
            _ => continue,
        };
        let Some((first, rest)) = items.split_first() else { continue };
        initial.insert(name.clone(), rest.iter().try_fold(*first, |joined, &known| join_known(joined, known)));
    }
    initial
}

/// The queue a `put` or `get` names.
fn queue_of<'e>(entries: &'e [(&'static str, Node)]) -> Option<&'e str> {
    entries.iter().find_map(|(entry, node)| match (entry, node) {
        (&"queue", Node::Plain(name) | Node::Quoted(name)) => Some(name.as_str()),
        _ => None,
    })
}

/// The steps of each task of `scenario`, those of `translating` in place of its own.
fn task_steps<'s>(scenario: &'s Scenario, translating: Option<(usize, &'s [Step])>) -> Vec<&'s [Step]> {
    let steps = scenario.tasks.iter().enumerate().map(|(index, task)| match translating {
        Some((owner, steps)) if owner == index => steps,
        _ => task.ops.as_slice(),
    });
    steps.collect()
}

/// What the judgment knows of the scenario: its shared fixed lists' lengths, its shared containers and
/// queues (whose `len` is an integer), its shared integers and the integers each task is given.
struct Judge {
    array_lengths: BTreeMap<String, usize>,
    shared_maps: BTreeSet<String>,
    measured: BTreeSet<String>,
    /// The shared integers, strings and Nones nothing sets to another kind.
    shared_known: Integers,
    /// What every item of a shared list or dict, or of a queue, is known to be: what it starts with
    /// and every store (or `put`) gives it.
    items: BTreeMap<String, Known>,
    arguments: BTreeMap<usize, Integers>,
    /// The integer parameters the source shows (int_parameters.rs).
    parameters: TaskIntegers,
}

/// The rounds of the judgment's assumptions: past them it assumes nothing.
const ROUNDS: usize = 16;

impl Judge {
    /// The judgment of `scenario`: a shared integer (or list of integers) is assumed to stay one until
    /// a step sets it to something else.
    fn of(scenario: &Scenario, steps: &[&[Step]], parameters: &TaskIntegers) -> Judge {
        let array_lengths = scenario
            .shared
            .iter()
            .filter_map(|(name, init)| match init {
                SharedInit::Array(items) => Some((name.clone(), items.len())),
                _ => None,
            })
            .collect();
        let containers =
            scenario.shared.iter().filter(|(_, init)| matches!(init, SharedInit::Array(_) | SharedInit::Map(_)));
        let measured = containers
            .map(|(name, _)| name.clone())
            .chain(scenario.queues.iter().map(|(name, _)| name.clone()))
            .collect();
        // A shared integer (string, None) stays one while every task sets it only to one, and a task's
        // argument is one when every start gives it one: each round checks the last round's
        // assumptions, until nothing changes.
        let initial_shared: BTreeMap<String, Known> = scenario
            .shared
            .iter()
            .filter_map(|(name, init)| match init {
                SharedInit::Int(_) => Some((name.clone(), Known::Integer(None))),
                SharedInit::Str(_) => Some((name.clone(), Known::Text)),
                SharedInit::None => Some((name.clone(), Known::Nothing)),
                _ => None,
            })
            .collect();
        let shared_known = initial_shared.clone();
        let initial_items = initial_items(scenario);
        // At first every queue is taken to hold integers.
        let items = scenario.queues.iter().map(|(name, _)| (name.clone(), Known::Integer(None)));
        let items =
            items.chain(initial_items.iter().filter_map(|(name, known)| Some((name.clone(), (*known)?)))).collect();
        // At first every argument a start names is taken for an integer.
        let mut arguments: BTreeMap<usize, Integers> = BTreeMap::new();
        for (task, names) in steps.iter().flat_map(|steps| named_arguments(steps)) {
            arguments.entry(task).or_default().extend(names);
        }
        let shared_maps =
            scenario.shared.iter().filter(|(_, init)| matches!(init, SharedInit::Map(_))).map(|(name, _)| name.clone());
        let shared_maps = shared_maps.collect();
        let parameters = parameters.clone();
        let mut judge = Judge { array_lengths, shared_maps, measured, shared_known, items, arguments, parameters };
        for _ in 0..ROUNDS {
            let mut shared: BTreeMap<String, Option<Known>> =
                initial_shared.iter().map(|(name, known)| (name.clone(), Some(*known))).collect();
            let mut items = initial_items.clone();
            let mut given: BTreeMap<usize, Vec<Integers>> = BTreeMap::new();
            for (index, steps) in steps.iter().enumerate() {
                let mut walk = judge.walk(index);
                walk.steps(steps);
                for (name, known) in walk.assigned {
                    if let Some(before) = shared.get_mut(&name) {
                        *before = before.zip(known).and_then(|(before, known)| join_known(before, known));
                    }
                }
                for (container, known) in walk.stored {
                    let joined = match items.get(&container) {
                        None => known,
                        Some(before) => before.zip(known).and_then(|(before, known)| join_known(before, known)),
                    };
                    items.insert(container, joined);
                }
                for (started, arguments) in walk.starts {
                    given.entry(started).or_default().push(arguments);
                }
            }
            let shared_known: Integers = shared.into_iter().filter_map(|(name, known)| Some((name, known?))).collect();
            let items: BTreeMap<String, Known> =
                items.into_iter().filter_map(|(name, known)| Some((name, known?))).collect();
            let arguments: BTreeMap<usize, Integers> =
                given.into_iter().map(|(task, starts)| (task, common_integers(starts))).collect();
            if shared_known == judge.shared_known && items == judge.items && arguments == judge.arguments {
                return judge;
            }
            judge.shared_known = shared_known;
            judge.items = items;
            judge.arguments = arguments;
        }
        judge.shared_known.clear();
        judge.items.clear();
        judge.arguments.clear();
        judge
    }

    /// A walk over task `task`'s steps, knowing its arguments.
    fn walk(&self, task: usize) -> Walk<'_> {
        let mut locals = self.arguments.get(&task).cloned().unwrap_or_default();
        for parameter in self.parameters.get(&task).into_iter().flatten() {
            locals.entry(parameter.clone()).or_insert(Known::Integer(None));
        }
        Walk {
            judge: self,
            locals,
            raises: Classes::new(),
            assigned: Vec::new(),
            stored: Vec::new(),
            starts: Vec::new(),
        }
    }
}

/// The tasks `steps` start (at any depth), each with the names of the arguments it is given.
fn named_arguments(steps: &[Step]) -> Vec<(usize, Integers)> {
    let mut named = Vec::new();
    for step in steps {
        if let Some(node) = &step.value {
            node_named_arguments(node, &mut named);
        }
    }
    named
}

fn node_named_arguments(node: &Node, named: &mut Vec<(usize, Integers)>) {
    match node {
        Node::Steps(steps) => named.extend(named_arguments(steps)),
        Node::Map(entries) => {
            for (entry, node) in entries {
                match (entry, node) {
                    (&"task", Node::Task(task)) => {
                        let names = entries.iter().filter_map(|(entry, node)| match (entry, node) {
                            (&"args", Node::Plain(text)) => Some(argument_pairs(text)),
                            _ => None,
                        });
                        let given = names.flatten().map(|(name, _)| (name, Known::Integer(None))).collect();
                        named.push((*task, given));
                    }
                    (_, node) => node_named_arguments(node, named),
                }
            }
        }
        Node::Clauses(clauses) => clauses.iter().flatten().for_each(|(_, node)| node_named_arguments(node, named)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => {}
    }
}

/// The integers every start of a task gives it (a value where they all give the same one).
fn common_integers(starts: Vec<Integers>) -> Integers {
    let mut starts = starts.into_iter();
    let mut common = starts.next().unwrap_or_default();
    for start in starts {
        join_bounds(&mut common, &start);
    }
    common
}

/// One walk over a task's steps, in order, knowing which locals hold integers.
struct Walk<'j> {
    judge: &'j Judge,
    locals: Integers,
    /// The classes the steps walked may raise.
    raises: Classes,
    /// The names the steps set, each with what its value is known to be.
    assigned: Vec<(String, Option<Known>)>,
    /// What the steps store in shared containers and put in queues: each container's name and what
    /// the item is known to be.
    stored: Vec<(String, Option<Known>)>,
    /// The tasks these steps start (`submit`, `spawn`) with what they give them.
    starts: Vec<(usize, Integers)>,
}

impl Walk<'_> {
    fn steps(&mut self, steps: &[Step]) {
        for step in steps {
            self.step(step);
        }
    }

    fn step(&mut self, step: &Step) {
        match (step.key, &step.value) {
            ("let" | "set", Some(Node::Plain(text) | Node::Quoted(text))) => self.assignment(text),
            ("return" | "assert", Some(Node::Plain(text) | Node::Quoted(text))) => self.expression(text),
            ("atomic", Some(Node::Steps(inner))) => self.nested(inner),
            // A `with`'s ops too: an operation under a lock raises as any other (session36/repro r06, r07).
            ("if" | "while" | "repeat" | "try" | "put" | "with", Some(Node::Map(entries))) => {
                self.entries(step.key, entries)
            }
            ("io" | "await", Some(Node::Map(entries))) if entries.len() == 1 => self.length(step.key, &entries[0].1),
            // Durations, waits and the rest: what they raise is the import's to foresee
            // (exceptions::fault_classes); a name they write may then hold anything.
            (_, Some(Node::Map(entries))) => self.writes(step.key, entries),
            _ => {}
        }
    }

    /// The entries of an `if`, `while`, `repeat`, `try`, `put` or `with`.
    fn entries(&mut self, key: &str, entries: &[(&'static str, Node)]) {
        // `repeat`'s counter `i`, an integer inside it.
        let counter = (key == "repeat").then(|| {
            let times = entries.iter().find_map(|(entry, node)| match (entry, node) {
                (&"times", Node::Plain(text) | Node::Quoted(text)) => text.parse::<i64>().ok(),
                _ => None,
            });
            let bounds = times.filter(|&times| times > 0).map(|times| (0, times - 1));
            self.locals.insert("i".to_string(), Known::Integer(bounds))
        });
        if key == "put" {
            self.put(entries);
        }
        if matches!(key, "while" | "repeat") {
            // A later pass (and the condition before it) sees what an earlier one set.
            for (_, node) in entries {
                if let Node::Steps(inner) = node {
                    self.forget_values_set_in(inner);
                }
            }
        }
        for (entry, node) in entries {
            match (entry, node) {
                (&("cond" | "value" | "times"), Node::Plain(text) | Node::Quoted(text)) => self.expression(text),
                (_, Node::Steps(inner)) => self.nested(inner),
                (_, Node::Clauses(clauses)) => {
                    for clause in clauses {
                        for (_, node) in clause {
                            if let Node::Steps(inner) = node {
                                self.nested(inner);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        if key == "if" {
            self.narrow_after_none_return(entries);
        }
        match counter {
            Some(Some(known)) => _ = self.locals.insert("i".to_string(), known),
            Some(None) => _ = self.locals.remove("i"),
            None => {}
        }
    }

    /// Steps that may run or not: a local they set is known after them only if it was so before and
    /// they left it so (its value only if they left that too).
    fn nested(&mut self, steps: &[Step]) {
        let before = self.locals.clone();
        self.steps(steps);
        let after = std::mem::replace(&mut self.locals, before);
        join_bounds(&mut self.locals, &after);
    }

    /// The locals a loop's body `steps` changes: no value known (no integer known, where the body may
    /// set another kind), until a pass over the body changes nothing more.
    fn forget_values_set_in(&mut self, steps: &[Step]) {
        for _ in 0..ROUNDS {
            let mut dry = Walk {
                judge: self.judge,
                locals: self.locals.clone(),
                raises: Classes::new(),
                assigned: Vec::new(),
                stored: Vec::new(),
                starts: Vec::new(),
            };
            dry.steps(steps);
            let before = self.locals.clone();
            forget_changes(&mut self.locals, &dry.locals);
            if self.locals == before {
                return;
            }
        }
        self.locals.clear();
    }

    /// `name = expr` (a `let` or a `set`), `a, b = expr`, or `items[k] = expr`.
    fn assignment(&mut self, text: &str) {
        let Some((target, value)) = text.split_once(" = ") else {
            self.raises.insert(OPERATION_FAULT);
            return;
        };
        let judged = self.judge(value);
        self.raises.extend(judged.raises);
        let target = target.trim();
        if let Some((container, index)) = target.strip_suffix(']').and_then(|t| t.split_once('[')) {
            // A map's key is set (or added); a fixed list's position must be inside it.
            if self.array_length(container).is_some() {
                let item = self.item(container, self.judge(index));
                self.raises.extend(item.raises);
            }
            self.stored.push((container.to_string(), judged.known));
            return;
        }
        if target.contains(',') || !crate::expr::is_identifier(target) {
            for name in target.split(',').map(str::trim) {
                self.bind(name, None);
            }
            return;
        }
        // A shared list or dict made again: its items are what the new one holds.
        if self.judge.array_lengths.contains_key(target) || self.judge.shared_maps.contains(target) {
            self.stored.push((target.to_string(), None));
        }
        self.bind(target, judged.known);
    }

    /// `name` set to a value known so: a local known from here on, a shared variable's assignment.
    fn bind(&mut self, name: &str, known: Option<Known>) {
        match known {
            Some(known) => _ = self.locals.insert(name.to_string(), known),
            None => _ = self.locals.remove(name),
        }
        self.assigned.push((name.to_string(), known));
    }

    /// A length known only at run time (`io: { ms: "item * 10" }`): None raises TypeError, and a
    /// negative length ValueError in `io` (`time.sleep`'s; `asyncio.sleep` returns at once).
    fn length(&mut self, key: &str, node: &Node) {
        let (Node::Plain(text) | Node::Quoted(text)) = node else { return };
        let judged = self.judge(text);
        self.raises.extend(judged.raises);
        let negative = match judged.known {
            Some(Known::Integer(Some((low, _)))) => low < 0,
            Some(Known::Integer(None) | Known::Float) => true,
            _ => {
                self.raises.insert(OPERATION_FAULT);
                false
            }
        };
        if key == "io" && negative {
            self.raises.insert(OPERATION_FAULT);
        }
    }

    fn expression(&mut self, text: &str) {
        self.raises.extend(self.judge(text).raises);
    }

    /// A name a wait or a take writes (`into`) may hold anything after it; a start (`task`) gives its
    /// task the integers of its `args`.
    fn writes(&mut self, key: &str, entries: &[(&'static str, Node)]) {
        for (entry, node) in entries {
            match (entry, node) {
                // A future's state (0 to 3) and whether a wait returned (0 or 1).
                (&"into", Node::Plain(name) | Node::Quoted(name)) if key == "future_state" => {
                    self.locals.insert(name.clone(), Known::Integer(Some((0, 3))));
                }
                (&"into_ok", Node::Plain(name) | Node::Quoted(name)) => {
                    self.locals.insert(name.clone(), Known::Integer(Some((0, 1))));
                }
                // An item of a queue of integers.
                (&"into", Node::Plain(name) | Node::Quoted(name)) if key == "get" => {
                    let known = self.taken(entries);
                    self.bind(name, known);
                }
                (&"into", Node::Plain(name) | Node::Quoted(name)) if crate::expr::is_identifier(name) => {
                    self.bind(name, None)
                }
                (&"task", Node::Task(task)) => {
                    let arguments = entries.iter().find_map(|(entry, node)| match (entry, node) {
                        (&"args", Node::Plain(text)) => Some(text.as_str()),
                        _ => None,
                    });
                    let given = arguments.map(|text| self.given_integers(text)).unwrap_or_default();
                    self.starts.push((*task, given));
                }
                _ => {}
            }
        }
    }

    /// `if x == None:` whose steps end in `return`, with no `else`: after it `x` is not None (a queue's
    /// None sentinel: `if job is None: return`).
    fn narrow_after_none_return(&mut self, entries: &[(&'static str, Node)]) {
        let (mut condition, mut returns) = (None, false);
        for (entry, node) in entries {
            match (entry, node) {
                (&"cond", Node::Plain(text) | Node::Quoted(text)) => condition = Some(text),
                (&"then", Node::Steps(steps)) => returns = steps.last().is_some_and(|step| step.key == "return"),
                _ => return,
            }
        }
        let Some(Ok(Ast::Binary(BinaryOp::Eq, left, right))) =
            condition.map(|text| scenarios::expr::parse_expression(text))
        else {
            return;
        };
        let name = match (*left, *right) {
            (Ast::Name { name, .. }, Ast::Number(sim_core::patterns::NONE))
            | (Ast::Number(sim_core::patterns::NONE), Ast::Name { name, .. }) => name,
            _ => return,
        };
        if returns && self.locals.get(&name) == Some(&Known::IntegerOrNothing) {
            self.locals.insert(name, Known::Integer(None));
        }
    }

    /// `put: { queue: q, value: v }`: a queue some item of which may be no integer holds anything.
    fn put(&mut self, entries: &[(&'static str, Node)]) {
        let value = entries.iter().find_map(|(entry, node)| match (entry, node) {
            (&"value", Node::Plain(text) | Node::Quoted(text)) => self.judge(text).known,
            _ => None,
        });
        if let Some(queue) = queue_of(entries) {
            self.stored.push((queue.to_string(), value));
        }
    }

    /// What an item a take takes is known to be.
    fn taken(&self, entries: &[(&'static str, Node)]) -> Option<Known> {
        queue_of(entries).and_then(|queue| self.judge.items.get(queue).copied())
    }

    /// The integers of a start's `args` (`{ n: "i_2", scale: "3" }`).
    fn given_integers(&mut self, text: &str) -> Integers {
        let mut given = Integers::new();
        for (name, value) in argument_pairs(text) {
            let judged = self.judge(&value);
            self.raises.extend(judged.raises);
            if let Some(known) = judged.known {
                given.insert(name, known);
            }
        }
        given
    }

    fn known(&self, name: &str) -> Option<Known> {
        self.locals.get(name).or_else(|| self.judge.shared_known.get(name)).copied()
    }

    /// The length of a shared fixed list or of a list the import made.
    fn array_length(&self, name: &str) -> Option<usize> {
        match self.locals.get(name) {
            Some(Known::Array(length)) => Some(*length),
            _ => self.judge.array_lengths.get(name).copied(),
        }
    }

    /// What evaluating expression `text` may do: the classes it may raise, and what its value is known
    /// to be. An expression the scenario's parser does not read may raise anything.
    fn judge(&self, text: &str) -> Judged {
        match scenarios::expr::parse_expression(text) {
            Ok(ast) => self.judge_ast(&ast),
            Err(_) => Judged::unknown(),
        }
    }

    /// What evaluating `ast` may do, each part judged apart: an operation raises only where its own
    /// operands may be of a kind it does not take (`None > 25`), not where a neighbour's are.
    fn judge_ast(&self, ast: &Ast) -> Judged {
        match ast {
            Ast::Number(sim_core::patterns::NONE) => Judged::safe(Some(Known::Nothing)),
            // The patterns of strings lie below the smallest integer too.
            Ast::Number(number) if *number < SMALLEST_INTEGER => Judged::safe(None),
            Ast::Number(number) => Judged::safe(Some(Known::Integer(Some((*number, *number))))),
            Ast::Float(_) => Judged::safe(Some(Known::Float)),
            Ast::Str { .. } => Judged::safe(Some(Known::Text)),
            Ast::Name { name, .. } => {
                Judged::safe(self.known(name).or_else(|| self.array_length(name).map(Known::Array)))
            }
            Ast::Len { queue, .. } => self.length_of(Judged::safe(self.measured(queue))),
            Ast::Negate(inner) => {
                let mut inner = self.judge_ast(inner);
                inner.known = match inner.known {
                    Some(Known::Integer(bounds)) => Some(Known::Integer(
                        bounds.and_then(|(low, high)| Some((high.checked_neg()?, low.checked_neg()?))),
                    )),
                    Some(Known::Float) => Some(Known::Float),
                    _ => {
                        inner.raises.insert(TYPE_ERROR);
                        None
                    }
                };
                inner
            }
            Ast::Not(inner) => Judged { raises: self.judge_ast(inner).raises, known: Some(BOOLEAN) },
            Ast::Binary(operator, left, right) => self.binary(*operator, self.judge_ast(left), self.judge_ast(right)),
            Ast::And(left, right) | Ast::Or(left, right) | Ast::PyAnd(left, right) | Ast::PyOr(left, right) => {
                self.judge_ast(left).either(self.judge_ast(right))
            }
            Ast::IfElse { condition, then, otherwise } => {
                let mut judged = self.judge_ast(then).either(self.judge_ast(otherwise));
                judged.raises.extend(self.judge_ast(condition).raises);
                judged
            }
            Ast::Index { name, index, .. } => self.item(name, self.judge_ast(index)),
            Ast::Call { function, args, .. } => {
                let judged: Vec<Judged> = args.iter().map(|argument| self.judge_ast(argument)).collect();
                call(*function, &judged)
            }
            Ast::Tuple { items, .. } => {
                let raises = items.iter().flat_map(|item| self.judge_ast(item).raises).collect();
                Judged { raises, known: None }
            }
            // Python's `str` of each part, which raises for no value.
            Ast::Format { parts, .. } => {
                let raises = parts.iter().flat_map(|part| self.judge_ast(part).raises).collect();
                Judged { raises, known: Some(Known::Text) }
            }
        }
    }

    /// What `len(name)` of a name measures: a shared container or queue, or a local string or list.
    fn measured(&self, name: &str) -> Option<Known> {
        if self.judge.measured.contains(name) {
            return Some(Known::Array(0));
        }
        self.known(name).or_else(|| self.array_length(name).map(Known::Array))
    }

    /// `len(...)` of a value judged so: TypeError of a value with no length.
    fn length_of(&self, mut judged: Judged) -> Judged {
        if !matches!(judged.known, Some(Known::Text | Known::Array(_))) {
            judged.raises.insert(TYPE_ERROR);
        }
        judged.known = Some(Known::Integer(Some((0, i64::MAX))));
        judged
    }

    /// `left op right`: the engine's operations between numbers, and `+` and ordering between strings;
    /// of any other kinds, TypeError.
    fn binary(&self, operator: BinaryOp, left: Judged, right: Judged) -> Judged {
        let mut raises = left.raises;
        raises.extend(right.raises);
        let kinds = (left.known, right.known);
        let integers = match kinds {
            (Some(Known::Integer(left)), Some(Known::Integer(right))) => Some((left, right)),
            _ => None,
        };
        let numbers = is_number(kinds.0) && is_number(kinds.1);
        let texts = kinds == (Some(Known::Text), Some(Known::Text));
        let known = match operator {
            BinaryOp::Eq | BinaryOp::Ne => Some(BOOLEAN),
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge if numbers || texts => Some(BOOLEAN),
            BinaryOp::Add if texts => Some(Known::Text),
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul if numbers => {
                Some(integers.map_or(Known::Float, |bounds| Known::Integer(arithmetic_bounds(operator, bounds))))
            }
            BinaryOp::Div | BinaryOp::Rem if numbers => {
                if may_be_zero(kinds.1) {
                    raises.insert(ZERO_DIVISION_ERROR);
                }
                Some(if integers.is_some() { Known::Integer(None) } else { Known::Float })
            }
            BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge
            | BinaryOp::Add
            | BinaryOp::Sub
            | BinaryOp::Mul => {
                raises.insert(TYPE_ERROR);
                None
            }
            // Of a value that may be no number, TypeError; of one that may be 0, ZeroDivisionError.
            BinaryOp::Div | BinaryOp::Rem => {
                raises.extend([TYPE_ERROR, ZERO_DIVISION_ERROR]);
                None
            }
            _ => {
                raises.insert(OPERATION_FAULT);
                None
            }
        };
        Judged { raises, known }
    }

    /// `name[index]`: a shared map's missing key is foreseen (exceptions::fault_classes: KeyError, the
    /// IndexError of a list that grows); a fixed list's position may be past its end (IndexError) or
    /// no integer (TypeError). What a list holds is known only of a shared list of integers nothing
    /// stores anything else in.
    fn item(&self, name: &str, index: Judged) -> Judged {
        let mut raises = index.raises;
        if self.judge.shared_maps.contains(name) {
            return Judged { raises, known: self.judge.items.get(name).copied() };
        }
        // A value made at run time (a dict, a list, a string, or None): a key it lacks, a position past
        // its end, a value no item can be read of.
        let Some(length) = self.array_length(name) else {
            raises.extend([KEY_ERROR, INDEX_ERROR, TYPE_ERROR]);
            return Judged { raises, known: None };
        };
        match index.known {
            Some(Known::Integer(Some(bounds))) if within(bounds, length) => {}
            Some(Known::Integer(_)) => _ = raises.insert(INDEX_ERROR),
            _ => raises.extend([INDEX_ERROR, TYPE_ERROR]),
        }
        let local = self.locals.contains_key(name);
        let known = if local { None } else { self.judge.items.get(name).copied() };
        Judged { raises, known }
    }
}

/// A call of the expression language's function `function` of arguments judged so.
fn call(function: Function, arguments: &[Judged]) -> Judged {
    let mut raises: Classes = arguments.iter().flat_map(|argument| argument.raises.iter().copied()).collect();
    let kinds: Vec<Option<Known>> = arguments.iter().map(|argument| argument.known).collect();
    let all = |test: fn(Option<Known>) -> bool| kinds.iter().all(|&kind| test(kind));
    let mut raise = |class| {
        raises.insert(class);
        None
    };
    let known = match function {
        Function::Min | Function::Max if kinds.len() >= 2 && all(|kind| matches!(kind, Some(Known::Integer(_)))) => {
            Some(Known::Integer(None))
        }
        Function::Min | Function::Max if kinds.len() >= 2 && all(|kind| kind == Some(Known::Text)) => Some(Known::Text),
        Function::Min | Function::Max if kinds.len() >= 2 && all(is_number) => None,
        Function::Min | Function::Max if kinds.len() >= 2 => raise(TYPE_ERROR),
        Function::Abs => match kinds.first().copied().flatten() {
            Some(Known::Integer(_)) => Some(Known::Integer(None)),
            Some(Known::Float) => Some(Known::Float),
            _ => raise(TYPE_ERROR),
        },
        Function::Has | Function::IsSet | Function::Truth => Some(BOOLEAN),
        Function::NowNs | Function::Changes => Some(Known::Integer(None)),
        Function::Str => Some(Known::Text),
        Function::Len => match kinds.first().copied().flatten() {
            Some(Known::Text | Known::Array(_)) => Some(Known::Integer(Some((0, i64::MAX)))),
            _ => raise(TYPE_ERROR).or(Some(Known::Integer(Some((0, i64::MAX))))),
        },
        // Of a string, ValueError when it is no number (foreseen for `int`: exceptions::fault_classes).
        Function::Int | Function::Float => {
            let made = if function == Function::Int { Known::Integer(None) } else { Known::Float };
            match kinds.first().copied().flatten() {
                Some(Known::Integer(_) | Known::Float) => Some(made),
                Some(Known::Text) => raise(VALUE_ERROR).or(Some(made)),
                _ => {
                    raises.extend([TYPE_ERROR, VALUE_ERROR]);
                    Some(made)
                }
            }
        }
        Function::TrueDiv if all(is_number) => {
            if may_be_zero(kinds.get(1).copied().flatten()) {
                raises.insert(ZERO_DIVISION_ERROR);
            }
            Some(Known::Float)
        }
        Function::TrueDiv => {
            raises.extend([TYPE_ERROR, ZERO_DIVISION_ERROR]);
            Some(Known::Float)
        }
        Function::Pow => match (kinds.first().copied().flatten(), kinds.get(1).copied().flatten()) {
            (Some(Known::Integer(_)), Some(Known::Integer(Some((low, _))))) if low >= 0 => Some(Known::Integer(None)),
            _ => raise(OPERATION_FAULT),
        },
        Function::Upper | Function::Lower if all(|kind| kind == Some(Known::Text)) => Some(Known::Text),
        // A list made at run time takes any items; a dict's keys and a set's items must be hashable.
        Function::NewList => None,
        Function::NewDict | Function::NewSet => {
            let step = if function == Function::NewDict { 2 } else { 1 };
            if !kinds
                .iter()
                .step_by(step)
                .all(|&kind| matches!(kind, Some(Known::Integer(_) | Known::Text | Known::Float)))
            {
                raises.insert(TYPE_ERROR);
            }
            None
        }
        Function::Text(text) => text_function(text, &kinds).or_else(|| raise(OPERATION_FAULT)),
        _ => raise(OPERATION_FAULT),
    };
    Judged { raises, known }
}

/// A function of text that cannot raise when its receiver and arguments are strings (and integers for
/// its positions): what it returns; `None` for the others (`index` raises ValueError when it finds
/// nothing, `chr` of a number past Unicode, ...).
fn text_function(function: TextFunction, kinds: &[Option<Known>]) -> Option<Known> {
    use TextFunction::*;
    let receiver_text = kinds.first() == Some(&Some(Known::Text));
    let rest_plain = kinds.iter().skip(1).all(|kind| matches!(kind, Some(Known::Text | Known::Integer(_))));
    if !(receiver_text && rest_plain) {
        return None;
    }
    match function {
        Strip | Lstrip | Rstrip | Replace | Title | Capitalize | Swapcase => Some(Known::Text),
        Startswith | Endswith | Contains | Isdigit | Isalpha | Isalnum | Isspace | Isupper | Islower | Istitle => {
            Some(BOOLEAN)
        }
        Find | Rfind | Count => Some(Known::Integer(None)),
        _ => None,
    }
}

/// A value Python's `bool` (or a comparison) gives: 0 or 1.
const BOOLEAN: Known = Known::Integer(Some((0, 1)));

fn is_number(kind: Option<Known>) -> bool {
    matches!(kind, Some(Known::Integer(_) | Known::Float))
}

/// Whether a divisor known so may be 0.
fn may_be_zero(kind: Option<Known>) -> bool {
    !matches!(kind, Some(Known::Integer(Some((low, high)))) if low > 0 || high < 0)
}

/// The bounds of `left op right` of integers within bounds (`+`, `-`, `*`), where they are known and
/// the result fits.
fn arithmetic_bounds(operator: BinaryOp, (left, right): (Option<Bounds>, Option<Bounds>)) -> Option<Bounds> {
    let ((left_low, left_high), (right_low, right_high)) = (left?, right?);
    let corners = match operator {
        BinaryOp::Add => [left_low.checked_add(right_low)?, left_high.checked_add(right_high)?, 0, 0],
        BinaryOp::Sub => [left_low.checked_sub(right_high)?, left_high.checked_sub(right_low)?, 0, 0],
        BinaryOp::Mul => [
            left_low.checked_mul(right_low)?,
            left_low.checked_mul(right_high)?,
            left_high.checked_mul(right_low)?,
            left_high.checked_mul(right_high)?,
        ],
        _ => return None,
    };
    let corners = if operator == BinaryOp::Mul { &corners[..] } else { &corners[..2] };
    Some((*corners.iter().min()?, *corners.iter().max()?))
}

/// What evaluating an expression may do: the classes it may raise (`OPERATION_FAULT` where the class
/// is not known), and what its value is known to be.
#[derive(Clone, Debug)]
struct Judged {
    raises: Classes,
    known: Option<Known>,
}

impl Judged {
    fn safe(known: Option<Known>) -> Judged {
        Judged { raises: Classes::new(), known }
    }

    fn unknown() -> Judged {
        Judged { raises: Classes::from([OPERATION_FAULT]), known: None }
    }

    /// One of two values (`a or b`, `a if c else b`): what either may raise, and what both are known
    /// to be.
    fn either(mut self, other: Judged) -> Judged {
        self.raises.extend(other.raises);
        self.known = self.known.zip(other.known).and_then(|(mine, theirs)| join_known(mine, theirs));
        self
    }
}

/// The pairs of a start's `args`, `{ name: "text", ... }`, each text unquoted.
fn argument_pairs(text: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let mut rest = text.trim().trim_start_matches('{').trim_end_matches('}').trim();
    while let Some((name, after)) = rest.split_once(':') {
        let Some(quoted) = after.trim_start().strip_prefix('"') else { break };
        let mut value = String::new();
        let mut chars = quoted.char_indices();
        let mut end = quoted.len();
        while let Some((at, c)) = chars.next() {
            match c {
                '\\' => value.extend(chars.next().map(|(_, c)| c)),
                '"' => {
                    end = at + 1;
                    break;
                }
                c => value.push(c),
            }
        }
        pairs.push((name.trim().to_string(), value));
        rest = quoted[end..].trim_start().trim_start_matches(',').trim_start();
    }
    pairs
}

/// Keeps of `locals` what `after` has the same; an integer whose bounds changed (a loop's later pass)
/// stays an integer of no known bounds.
fn forget_changes(locals: &mut Integers, after: &Integers) {
    locals.retain(|name, known| match (*known, after.get(name)) {
        (known, Some(after)) if known == *after => true,
        (Known::Integer(_), Some(Known::Integer(_))) => {
            *known = Known::Integer(None);
            true
        }
        _ => false,
    });
}

/// Keeps of `locals` what `other` knows of them too: integers within bounds that hold both.
fn join_bounds(locals: &mut Integers, other: &Integers) {
    locals.retain(|name, known| match other.get(name).and_then(|other| join_known(*known, *other)) {
        Some(joined) => {
            *known = joined;
            true
        }
        None => false,
    });
}

/// What a value known as `known` on one path and `other` on another is known to be on both.
fn join_known(known: Known, other: Known) -> Option<Known> {
    match (known, other) {
        (Known::Integer(bounds), Known::Integer(other_bounds)) => Some(Known::Integer(
            bounds
                .zip(other_bounds)
                .map(|((low, high), (other_low, other_high))| (low.min(other_low), high.max(other_high))),
        )),
        (
            Known::Integer(_) | Known::Nothing | Known::IntegerOrNothing,
            Known::Integer(_) | Known::Nothing | Known::IntegerOrNothing,
        ) if known != other => Some(Known::IntegerOrNothing),
        (known, other) => (known == other).then_some(known),
    }
}

/// Whether every index within `bounds` is a position inside a list of `length` (negative from its
/// end).
fn within((low, high): Bounds, length: usize) -> bool {
    let length = length as i64;
    (-length..length).contains(&low) && (-length..length).contains(&high)
}
