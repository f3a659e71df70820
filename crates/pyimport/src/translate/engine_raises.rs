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

use crate::out::{Node, Scenario, SharedInit, Step};

/// The locals and shared names known to hold an integer or a string.
type Integers = BTreeMap<String, Known>;
/// The least and greatest values an integer may have.
type Bounds = (i64, i64);

/// What a name is known to hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Known {
    /// An integer, within bounds when those are known.
    Integer(Option<Bounds>),
    Text,
    /// A list the import made (`array(n)`) of that length.
    Array(usize),
}

/// Whether any job of `scenario` (a task of an executor, or a coroutine task another coroutine
/// started) may raise as the engine raises on an operation. The coroutine a thread runs in its event
/// loop (`asyncio.run(main())`) is left out: what it raises, `asyncio.run` raises again, as weft's
/// `result` of it does.
pub(super) fn jobs_may_raise_in_engine(scenario: &Scenario) -> bool {
    let judge = Judge::of(scenario, true);
    let coroutine = |task: &crate::out::Task| task.spawned && task.kind == Some("coroutine");
    let mut started_by_coroutines = BTreeSet::new();
    let mut may_raise = BTreeSet::new();
    for (index, task) in scenario.tasks.iter().enumerate() {
        let mut walk = judge.walk(index);
        walk.steps(&task.ops);
        if walk.may_raise {
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

/// The class a TaskGroup's failure is given for an exception an operation of its tasks may raise, known
/// only when the program runs (not a Python name: it never reaches the scenario).
pub(super) const OPERATION_FAULT: &str = "an exception of an operation";

/// Whether a task from `first_task` on may raise as the engine raises on an operation, in a scenario
/// translated so far: a shared integer is not assumed to stay one (a later statement may set it).
pub(super) fn started_tasks_may_raise_in_engine(scenario: &Scenario, first_task: usize) -> bool {
    let judge = Judge::of(scenario, false);
    scenario.tasks.iter().enumerate().skip(first_task).any(|(index, task)| {
        let mut walk = judge.walk(index);
        walk.steps(&task.ops);
        walk.may_raise
    })
}

/// What the judgment knows of the scenario: its shared fixed lists' lengths, its shared containers and
/// queues (whose `len` is an integer), its shared integers and the integers each task is given.
struct Judge {
    array_lengths: BTreeMap<String, usize>,
    shared_maps: BTreeSet<String>,
    measured: BTreeSet<String>,
    shared_integers: Integers,
    arguments: BTreeMap<usize, Integers>,
}

/// The rounds of the judgment's assumptions: past them it assumes nothing.
const ROUNDS: usize = 16;

impl Judge {
    /// The judgment of `scenario`, whole (`shared_stay`: a shared integer is assumed to stay one until
    /// a step sets it to something else) or translated so far.
    fn of(scenario: &Scenario, shared_stay: bool) -> Judge {
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
        // A shared integer stays one while every task sets it only from integers, and a task's argument
        // is one when every start gives it one: each round checks the last round's assumptions, until
        // nothing changes.
        let shared_integers = scenario
            .shared
            .iter()
            .filter(|(_, init)| shared_stay && matches!(init, SharedInit::Int(_)))
            .map(|(name, _)| (name.clone(), Known::Integer(None)))
            .collect();
        // At first every argument a start names is taken for an integer.
        let mut arguments: BTreeMap<usize, Integers> = BTreeMap::new();
        for (task, names) in scenario.tasks.iter().flat_map(|task| named_arguments(&task.ops)) {
            arguments.entry(task).or_default().extend(names);
        }
        let shared_maps =
            scenario.shared.iter().filter(|(_, init)| matches!(init, SharedInit::Map(_))).map(|(name, _)| name.clone());
        let shared_maps = shared_maps.collect();
        let mut judge = Judge { array_lengths, shared_maps, measured, shared_integers, arguments };
        for _ in 0..ROUNDS {
            let mut others = BTreeSet::new();
            let mut given: BTreeMap<usize, Vec<Integers>> = BTreeMap::new();
            for (index, task) in scenario.tasks.iter().enumerate() {
                let mut walk = judge.walk(index);
                walk.steps(&task.ops);
                others.extend(walk.others);
                for (started, arguments) in walk.starts {
                    given.entry(started).or_default().push(arguments);
                }
            }
            let mut shared_integers = judge.shared_integers.clone();
            shared_integers.retain(|name, _| !others.contains(name));
            let arguments: BTreeMap<usize, Integers> =
                given.into_iter().map(|(task, starts)| (task, common_integers(starts))).collect();
            if shared_integers == judge.shared_integers && arguments == judge.arguments {
                return judge;
            }
            judge.shared_integers = shared_integers;
            judge.arguments = arguments;
        }
        judge.shared_integers.clear();
        judge.arguments.clear();
        judge
    }

    /// A walk over task `task`'s steps, knowing its arguments.
    fn walk(&self, task: usize) -> Walk<'_> {
        let locals = self.arguments.get(&task).cloned().unwrap_or_default();
        Walk { judge: self, locals, may_raise: false, others: BTreeSet::new(), starts: Vec::new() }
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
    may_raise: bool,
    /// Names set to what may be no integer.
    others: BTreeSet<String>,
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
            ("if" | "while" | "repeat" | "try" | "put", Some(Node::Map(entries))) => self.entries(step.key, entries),
            ("io" | "await", Some(Node::Map(entries))) if entries.len() == 1 => self.length(step.key, &entries[0].1),
            // Durations, waits and the rest: what they raise is the import's to foresee
            // (exceptions::fault_classes); a name they write may then hold anything.
            (_, Some(Node::Map(entries))) => self.writes(step.key, entries),
            _ => {}
        }
    }

    /// The entries of an `if`, `while`, `repeat`, `try` or `put`.
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
                may_raise: false,
                others: BTreeSet::new(),
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
            self.may_raise = true;
            return;
        };
        let judged = self.judge(value);
        self.may_raise |= judged.may_raise;
        let target = target.trim();
        if let Some((container, index)) = target.strip_suffix(']').and_then(|t| t.split_once('[')) {
            // A map's key is set (or added); a fixed list's position must be inside it.
            if let Some(length) = self.array_length(container) {
                let index = self.judge(index);
                self.may_raise |= index.may_raise
                    || !matches!(index.known, Some(Known::Integer(Some(bounds))) if within(bounds, length));
            }
            return;
        }
        if target.contains(',') || !crate::expr::is_identifier(target) {
            for name in target.split(',').map(str::trim) {
                self.locals.remove(name);
                self.others.insert(name.to_string());
            }
            return;
        }
        if let Some(known) = judged.known {
            self.locals.insert(target.to_string(), known);
        } else {
            self.locals.remove(target);
            self.others.insert(target.to_string());
        }
    }

    /// A length known only at run time (`io: { ms: "item * 10" }`): None raises TypeError, and a
    /// negative length ValueError in `io` (`time.sleep`'s; `asyncio.sleep` returns at once).
    fn length(&mut self, key: &str, node: &Node) {
        let (Node::Plain(text) | Node::Quoted(text)) = node else { return };
        let judged = self.judge(text);
        self.may_raise |= match judged.known {
            Some(Known::Integer(Some((low, _)))) => judged.may_raise || (key == "io" && low < 0),
            Some(Known::Integer(None)) => judged.may_raise || key == "io",
            _ => true,
        };
    }

    fn expression(&mut self, text: &str) {
        self.may_raise |= self.judge(text).may_raise;
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
                (&"into", Node::Plain(name) | Node::Quoted(name)) if crate::expr::is_identifier(name) => {
                    self.locals.remove(name.as_str());
                    self.others.insert(name.clone());
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

    /// The integers of a start's `args` (`{ n: "i_2", scale: "3" }`).
    fn given_integers(&mut self, text: &str) -> Integers {
        let mut given = Integers::new();
        for (name, value) in argument_pairs(text) {
            let judged = self.judge(&value);
            self.may_raise |= judged.may_raise;
            if let Some(known) = judged.known {
                given.insert(name, known);
            }
        }
        given
    }

    fn known(&self, name: &str) -> Option<Known> {
        self.locals.get(name).or_else(|| self.judge.shared_integers.get(name)).copied()
    }

    /// The length of a shared fixed list or of a list the import made.
    fn array_length(&self, name: &str) -> Option<usize> {
        match self.locals.get(name) {
            Some(Known::Array(length)) => Some(*length),
            _ => self.judge.array_lengths.get(name).copied(),
        }
    }

    /// What evaluating expression `text` may do.
    fn judge(&self, text: &str) -> Judged {
        let Some(tokens) = tokens(text) else { return Judged::RAISES };
        if let [Token::Name(array), Token::Symbol("("), Token::Number(length), Token::Symbol(")")] = tokens.as_slice()
            && array == "array"
        {
            return Judged { may_raise: false, known: usize::try_from(*length).ok().map(Known::Array) };
        }
        let mut operands = Operands { integers: true, texts: true };
        let mut arithmetic = false;
        let mut text_operators = true;
        let mut at = 0;
        while at < tokens.len() {
            let (operand, skipped) = match self.operand(&tokens, at) {
                Ok(found) => found,
                Err(()) => return Judged::RAISES,
            };
            if let Some(operand) = operand {
                operands.take(operand);
                at += skipped + 1;
                continue;
            }
            match &tokens[at] {
                Token::Name(name) => match name.as_str() {
                    "and" | "or" | "not" => {}
                    "has" => {}
                    // Of integers, integers; of anything else they may raise.
                    "pow" | "min" | "max" | "abs" => arithmetic = true,
                    _ => return Judged::RAISES,
                },
                Token::Symbol(symbol) => match *symbol {
                    "==" | "!=" | "(" | ")" | "," | "&&" | "||" | "!" => {}
                    "+" | "<" | "<=" | ">" | ">=" => arithmetic = true,
                    "[" | "]" | "{" | "}" | "." | ":" => return Judged::RAISES,
                    _ => {
                        arithmetic = true;
                        text_operators = false;
                    }
                },
                _ => return Judged::RAISES,
            }
            at += 1;
        }
        let known = if operands.integers {
            Some(Known::Integer(match tokens.as_slice() {
                [Token::Number(n)] => Some((*n, *n)),
                [Token::Symbol("-"), Token::Number(n)] => n.checked_neg().map(|n| (n, n)),
                [Token::Name(name)] => match self.known(name) {
                    Some(Known::Integer(bounds)) => bounds,
                    _ => None,
                },
                _ => None,
            }))
        } else if operands.texts {
            Some(Known::Text)
        } else {
            None
        };
        // `+` and ordering between strings are the engine's too; anything else of another kind may raise.
        if arithmetic && !(operands.integers || (operands.texts && text_operators)) {
            return Judged::RAISES;
        }
        // A tuple (a `,` outside a call) is neither.
        let known = if arithmetic || tokens.len() == 1 || !tokens.contains(&Token::Symbol(",")) { known } else { None };
        Judged { may_raise: false, known }
    }

    /// The operand at `tokens[at]`, if one is there, and how many tokens after it are its own: a literal,
    /// a name, `len(...)` of what has a length, a function of text of a string, an item of a list at a
    /// position inside it. `Err` for what may raise.
    fn operand(&self, tokens: &[Token], at: usize) -> std::result::Result<(Option<Operand>, usize), ()> {
        let next = |offset: usize| tokens.get(at + offset);
        let operand = match &tokens[at] {
            Token::Number(_) => Operand::Integer,
            Token::Other => Operand::Other,
            // A format spec (`f'{x:.2f}'`) raises on a value of another kind.
            Token::Text(true) => return Err(()),
            Token::Text(false) => Operand::Text,
            Token::Name(name) if matches!(next(1), Some(Token::Symbol("("))) => {
                let argument = match (next(2), next(3)) {
                    (Some(argument), Some(Token::Symbol(")"))) => Some(argument),
                    _ => None,
                };
                let argument_known = |argument: &Token| match argument {
                    Token::Name(name) => {
                        self.known(name).or_else(|| self.judge.measured.contains(name).then_some(Known::Array(0)))
                    }
                    Token::Text(false) => Some(Known::Text),
                    Token::Number(_) => Some(Known::Integer(None)),
                    _ => None,
                };
                match (name.as_str(), argument.map(argument_known)) {
                    ("len", Some(Some(Known::Text | Known::Array(_)))) => return Ok((Some(Operand::Integer), 3)),
                    // Of a string, ValueError when it is no number: foreseen (exceptions::fault_classes).
                    ("int", Some(Some(Known::Text))) => return Ok((Some(Operand::Integer), 3)),
                    ("str", Some(Some(_))) => return Ok((Some(Operand::Text), 3)),
                    ("upper" | "lower" | "strip", Some(Some(Known::Text))) => return Ok((Some(Operand::Text), 3)),
                    _ => return Ok((None, 0)),
                }
            }
            // A shared dict's or growing list's missing item is foreseen (exceptions::fault_classes:
            // KeyError, IndexError); what it holds may be of any kind.
            Token::Name(name)
                if matches!(next(1), Some(Token::Symbol("["))) && self.judge.shared_maps.contains(name) =>
            {
                let Some(closing) = closing_bracket(tokens, at + 1) else { return Err(()) };
                return Ok((Some(Operand::Other), closing - at));
            }
            Token::Name(name) if matches!(next(1), Some(Token::Symbol("["))) => {
                let Some(length) = self.array_length(name) else { return Err(()) };
                let index = match (next(2), next(3)) {
                    (Some(Token::Number(n)), Some(Token::Symbol("]"))) => Some((*n, *n)),
                    (Some(Token::Name(local)), Some(Token::Symbol("]"))) => match self.known(local) {
                        Some(Known::Integer(bounds)) => bounds,
                        _ => None,
                    },
                    _ => None,
                };
                if !index.is_some_and(|bounds| within(bounds, length)) {
                    return Err(());
                }
                // What the list holds may be of any kind.
                return Ok((Some(Operand::Other), 3));
            }
            Token::Name(name) => match name.as_str() {
                "True" | "False" => Operand::Integer,
                "None" => Operand::Other,
                "and" | "or" | "not" => return Ok((None, 0)),
                // `in`, `is` and the rest: not the engine's operations between integers.
                _ if is_keyword(name) => return Err(()),
                _ => match self.known(name) {
                    Some(Known::Integer(_)) => Operand::Integer,
                    Some(Known::Text) => Operand::Text,
                    _ => Operand::Other,
                },
            },
            Token::Symbol(_) => return Ok((None, 0)),
        };
        Ok((Some(operand), 0))
    }
}

/// The kind of one operand of an expression.
#[derive(Clone, Copy)]
enum Operand {
    Integer,
    Text,
    Other,
}

/// Whether every operand of an expression is an integer, or every one a string.
struct Operands {
    integers: bool,
    texts: bool,
}

impl Operands {
    fn take(&mut self, operand: Operand) {
        self.integers &= matches!(operand, Operand::Integer);
        self.texts &= matches!(operand, Operand::Text);
    }
}

/// What evaluating an expression may do: raise, and whether its value is an integer (and which).
#[derive(Clone, Copy)]
struct Judged {
    may_raise: bool,
    /// What its value is known to be.
    known: Option<Known>,
}

impl Judged {
    const RAISES: Judged = Judged { may_raise: true, known: None };
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
    locals.retain(|name, known| match (*known, other.get(name)) {
        (Known::Integer(bounds), Some(Known::Integer(other_bounds))) => {
            *known = Known::Integer(
                bounds
                    .zip(*other_bounds)
                    .map(|((low, high), (other_low, other_high))| (low.min(other_low), high.max(other_high))),
            );
            true
        }
        (known, Some(other)) => known == *other,
        (_, None) => false,
    });
}

/// The position of the `]` that closes the `[` at `open`.
fn closing_bracket(tokens: &[Token], open: usize) -> Option<usize> {
    let mut depth = 0;
    for (at, token) in tokens.iter().enumerate().skip(open) {
        match token {
            Token::Symbol("[") => depth += 1,
            Token::Symbol("]") if depth == 1 => return Some(at),
            Token::Symbol("]") => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Whether every index within `bounds` is a position inside a list of `length` (negative from its
/// end).
fn within((low, high): Bounds, length: usize) -> bool {
    let length = length as i64;
    (-length..length).contains(&low) && (-length..length).contains(&high)
}

fn is_keyword(name: &str) -> bool {
    matches!(name, "in" | "is" | "if" | "else" | "for" | "lambda" | "await" | "yield")
}

#[derive(Debug, PartialEq)]
enum Token {
    Number(i64),
    Name(String),
    /// A string literal; whether it is formatted with a spec (`f'{x:3}'`).
    Text(bool),
    Symbol(&'static str),
    /// A literal of no integer (a float).
    Other,
}

const SYMBOLS: [&str; 27] = [
    "**", "//", "==", "!=", "<=", ">=", "&&", "||", "<<", ">>", "+", "-", "*", "/", "%", "<", ">", "(", ")", "[", "]",
    "{", "}", ",", ".", ":", "!",
];

/// The tokens of expression `text`; `None` for what the judgment does not read.
fn tokens(text: &str) -> Option<Vec<Token>> {
    let mut tokens = Vec::new();
    let mut rest = text.trim();
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = rest.trim_start();
            continue;
        }
        let formatted = rest.starts_with("f'") || rest.starts_with("f\"");
        let quote_at = usize::from(formatted);
        if let Some(quote @ ('\'' | '"')) = rest[quote_at..].chars().next() {
            let body = &rest[quote_at + 1..];
            let end = body.find(quote)?;
            tokens.push(Token::Text(formatted && body[..end].contains(':')));
            rest = &body[end + 1..];
        } else if c.is_ascii_digit() {
            let length =
                rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.')).unwrap_or(rest.len());
            let literal = &rest[..length];
            tokens.push(literal.replace('_', "").parse().map_or(Token::Other, Token::Number));
            rest = &rest[length..];
        } else if c.is_ascii_alphabetic() || c == '_' {
            let length = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
            tokens.push(Token::Name(rest[..length].to_string()));
            rest = &rest[length..];
        } else {
            let symbol = SYMBOLS.iter().find(|symbol| rest.starts_with(**symbol))?;
            tokens.push(Token::Symbol(symbol));
            rest = &rest[symbol.len()..];
        }
    }
    Some(tokens)
}
