//! Sequences made at run time, walked and kept (docs/python.md, "Sequences made at run time"): the
//! parts of `s.split()` kept in a local (`words = line.split()`), a loop over them (`for word in
//! line.split():`, `for w in words:`) and `enumerate` of such a sequence (`for i, word in
//! enumerate(line.split()):`, `enumerate(xs)` of a list made at run time).
//!
//! The parts are the format's tuple of them (the engine's `split`), which stands for Python's list
//! wherever the two behave alike: its length (`len`), items (`x[i]`), membership and a walk by `size`
//! and index, the one walk of a list made at run time (`growing_list_for`; a tuple's `size` and items
//! touch no shared memory, as nothing else sees them). Where they differ (its text, `==` with a list,
//! arithmetic, a method that changes the list, an item assigned) the held-object checks refuse the use
//! at its line (held_objects.rs, `HeldObject::Parts`).

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Translator, fail};

use crate::expr::{ATOM, Ex};
use crate::out::{Node, Step};
use crate::syntax::name;
use crate::value::{Shape, Value};

/// Why the parts of a split are not kept in a module global.
const PARTS_GLOBAL: &str = "the list `s.split(...)` makes is imported kept in a function's local (`words = line.split()` inside the function), walked (`for w in line.split():`), unpacked, indexed or measured; a module global holding it is not yet";

/// `value` as the format's text where it is a job's argument known at import time: a number, a string,
/// or a tuple of them (nested too) (`ex.map(count_primes, [(0, 25), (25, 50)])` gives each job `(0, 25)`, which
/// its `low, high = bounds` unpacks). `None` for anything else.
pub(super) fn known_item_code(value: &Value) -> Option<String> {
    match value {
        Value::Int(number) => Some(number.to_string()),
        Value::Str(text) => Some(crate::out::quoted(text, '\'')),
        Value::List(parts) if (1..=16).contains(&parts.len()) => {
            let parts = parts.iter().map(known_item_code).collect::<Option<Vec<String>>>()?;
            Some(if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) })
        }
        _ => None,
    }
}

/// Whether a step's expressions may read an object's items or shape (`x[k]`, `size(x)`, `has(x, k)`,
/// the walks' reads), which another task may change: text that says so errs towards yes.
fn reads_an_object(step: &Step) -> bool {
    const READS: [&str; 8] =
        ["[", "size(", "has(", "key_at(", "value_at(", "next_inserted(", "key_inserted(", "changes("];
    fn node_reads(node: &Node) -> bool {
        match node {
            Node::Plain(text) | Node::Quoted(text) => READS.iter().any(|read| text.contains(read)),
            Node::Steps(steps) => steps.iter().any(reads_an_object),
            Node::Map(entries) => entries.iter().any(|(_, node)| node_reads(node)),
            Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, node)| node_reads(node)),
            Node::Task(_) => true,
        }
    }
    step.value.as_ref().is_some_and(node_reads)
}

/// The integer literal `value`, at `range`.
pub(super) fn number(value: u32, range: TextRange) -> Expr {
    Expr::NumberLiteral(ast::ExprNumberLiteral {
        node_index: Default::default(),
        range,
        value: ast::Number::Int(ast::Int::from(value)),
    })
}

/// `(a, b, ...)` at `range`.
fn tuple_of(parts: Vec<Expr>, range: TextRange) -> Expr {
    Expr::Tuple(ast::ExprTuple {
        node_index: Default::default(),
        range,
        elts: parts,
        ctx: ast::ExprContext::Load,
        parenthesized: true,
    })
}

/// `left + right`, at the left operand's range.
pub(super) fn added(left: Expr, right: Expr) -> Expr {
    Expr::BinOp(ast::ExprBinOp {
        node_index: Default::default(),
        range: left.range(),
        left: Box::new(left),
        op: ast::Operator::Add,
        right: Box::new(right),
    })
}

pub(super) fn assignment(target: Expr, value: Expr) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range: target.range(),
        targets: vec![target],
        value: Box::new(value),
    })
}

/// Renames a comprehension's variable in its element and tests, as the comprehension's own scope keeps
/// it apart from the function's names.
pub(super) struct Renamed<'n> {
    pub(super) from: &'n str,
    pub(super) to: &'n str,
}

impl Transformer for Renamed<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(name) = expr {
            if name.id.as_str() == self.from {
                name.id = ast::name::Name::new(self.to);
            }
            return;
        }
        transformer::walk_expr(self, expr);
    }
}

/// One iterable of a `zip` whose length is known at import time.
pub(super) enum Column {
    /// A local array of results known only at run time (`results = await gather(...)`).
    Results(String),
    /// A shared list of fixed length (an array), read item by item.
    Array(String),
    /// Items known at import time (a list display, a module list nobody writes).
    Known(Vec<Value>),
    /// A dict's string keys, in their order (`zip` iterates a dict's keys).
    Keys(Vec<Value>),
}

impl Translator<'_> {
    /// The columns of `zip(a, b, ...)` and how many tuples it makes (the shortest's length), when each
    /// iterable has a length known at import time and one holds values known only at run time (a list
    /// of results): `None` for any other value, which keeps its own path (over items all known at
    /// import time, the loop is unrolled).
    pub(super) fn zip_columns(&self, frame: &Frame, value: &Expr, use_known: bool) -> Option<(Vec<Column>, usize)> {
        let Expr::Call(call) = value else { return None };
        let Expr::Name(function) = &*call.func else { return None };
        let arguments = &call.arguments.args;
        if !self.is_builtin(frame, function, "zip") || arguments.is_empty() || !call.arguments.keywords.is_empty() {
            return None;
        }
        let mut columns = Vec::with_capacity(arguments.len());
        for argument in arguments {
            let column = match self.expr(frame, argument, use_known).ok()? {
                Ex::Static(Value::LocalArray(results, length)) => (Column::Results(results), length),
                Ex::Static(Value::Shared(shared, Shape::Array(length))) => (Column::Array(shared), length),
                Ex::Static(Value::List(items)) => {
                    let length = items.len();
                    (Column::Known(items.into_vec()), length)
                }
                // `zip("abc", results)`: a string known at import time gives its characters.
                Ex::Static(Value::Str(text)) => {
                    let characters: Vec<Value> =
                        text.chars().map(|character| Value::Str(character.to_string())).collect();
                    let length = characters.len();
                    (Column::Known(characters), length)
                }
                Ex::Static(Value::Record(fields)) => {
                    let length = fields.len();
                    (Column::Keys(fields.into_iter().map(|(key, _)| Value::Str(key)).collect()), length)
                }
                _ => return None,
            };
            columns.push(column);
        }
        if !columns.iter().any(|(column, _)| matches!(column, Column::Results(_))) {
            return None;
        }
        let length = columns.iter().map(|(_, length)| *length).min()?;
        Some((columns.into_iter().map(|(column, _)| column).collect(), length))
    }

    /// The tuple `zip` makes at `position`, as the format's expression: `(results[0], 'shop-a')`.
    pub(super) fn zipped_tuple(&self, columns: &[Column], position: usize, at: &Expr) -> Result<(String, bool)> {
        let mut parts = Vec::with_capacity(columns.len());
        let mut reads = false;
        for column in columns {
            parts.push(match column {
                Column::Results(results) => format!("{results}[{position}]"),
                Column::Array(shared) => {
                    reads = true;
                    format!("{shared}[{position}]")
                }
                Column::Known(items) | Column::Keys(items) => self.to_code(Ex::Static(items[position].clone()), at)?.0,
            });
        }
        let text = if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) };
        Ok((text, reads))
    }

    /// `min(results)`, `max(results)` of a list of results known only at run time (`results = await
    /// gather(...)`), and `min(zip(results, PRICES))` or `max(...)` of a `zip` with one (session17/a01):
    /// the items folded by the format's `min`/`max`, which order numbers, strings and tuples as Python
    /// does (the first of equal ones kept). `None` for any other call (`len` of a `zip` is Python's
    /// TypeError).
    pub(crate) fn run_time_reduction(
        &self,
        frame: &Frame,
        name: &str,
        argument: &Expr,
        use_known: bool,
    ) -> Result<Option<Ex>> {
        if !matches!(name, "min" | "max") {
            return Ok(None);
        }
        let mut items = Vec::new();
        if let Some((columns, length)) = self.zip_columns(frame, argument, use_known) {
            for position in 0..length {
                items.push(self.zipped_tuple(&columns, position, argument)?);
            }
        } else if let Ok(Ex::Static(Value::LocalArray(results, length))) = self.expr(frame, argument, use_known) {
            items.extend((0..length).map(|position| (format!("{results}[{position}]"), false)));
        } else {
            return Ok(None);
        }
        let reads = items.iter().any(|(_, reads)| *reads);
        let Some(folded) =
            items.into_iter().map(|(item, _)| item).reduce(|folded, item| format!("{name}({folded}, {item})"))
        else {
            return fail(argument, format!("`{name}` of an empty sequence is Python's ValueError"));
        };
        Ok(Some(Ex::Code { text: folded, precedence: ATOM, boolean: false, reads_shared: reads }))
    }

    /// `for name, result in zip(names, results):` over a `zip` with a list of results: unrolled, as a loop
    /// over items known at import time is, each pass binding the target from that position's tuple
    /// (`name, result = ('auth', results[0])`), as Python unpacks each tuple. `None` for any other loop.
    pub(super) fn zip_for(&mut self, frame: &mut Frame, looping: &ast::StmtFor) -> Option<ast::StmtFor> {
        let (columns, length) = self.zip_columns(frame, &looping.iter, false)?;
        // Items that are no numbers or strings (threads, locks) keep the unrolled loop's own path.
        let plain = |item: &Value| matches!(item, Value::Int(_) | Value::Str(_) | Value::None);
        if columns.iter().any(|column| matches!(column, Column::Known(items) if !items.iter().all(plain))) {
            return None;
        }
        let Expr::Call(call) = &*looping.iter else { return None };
        let range = looping.iter.range();
        let index = "$zip_index";
        // `(a[$zip_index], b[$zip_index])`: each pass's index is known at import time, so each part is
        // the item itself (a list's, a list of results'; a dict's key from the list of its keys, as
        // `zip` iterates a dict).
        let parts = call
            .arguments
            .args
            .iter()
            .zip(&columns)
            .map(|(argument, column)| {
                let indexed = match column {
                    Column::Keys(keys) => Expr::List(ast::ExprList {
                        node_index: Default::default(),
                        range,
                        elts: keys
                            .iter()
                            .map(|key| match key {
                                Value::Str(key) => crate::syntax::string(key, range),
                                _ => unreachable!("a dict's keys here are strings"),
                            })
                            .collect(),
                        ctx: ast::ExprContext::Load,
                    }),
                    _ => argument.clone(),
                };
                Expr::Subscript(ast::ExprSubscript {
                    node_index: Default::default(),
                    range,
                    value: Box::new(indexed),
                    slice: Box::new(name(index, range, ast::ExprContext::Load)),
                    ctx: ast::ExprContext::Load,
                })
            })
            .collect();
        let tuple = tuple_of(parts, range);
        let counted = Expr::Call(ast::ExprCall {
            node_index: Default::default(),
            range_start: range.start(),
            func: Box::new(name("range", range, ast::ExprContext::Load)),
            arguments: ast::Arguments {
                node_index: Default::default(),
                range: TextRange::empty(range.end()),
                args: Box::new([number(length as u32, range)]),
                keywords: Default::default(),
            },
        });
        let body =
            std::iter::once(assignment((*looping.target).clone(), tuple)).chain(looping.body.iter().cloned()).collect();
        Some(ast::StmtFor {
            target: Box::new(name(index, range, ast::ExprContext::Store)),
            iter: Box::new(counted),
            body,
            ..looping.clone()
        })
    }

    /// `sum(e for x in xs if c)` (or of a list comprehension) whose `for` runs over items known only at
    /// run time (a `range` with bounds known only then, a sequence made at run time): the loop Python's
    /// `sum` runs, written before the statement that uses it, into a local of its own (`$sum...`, whose
    /// expression is given back for the statement): `$sum = 0`, then `for $x in xs: if c: $sum = $sum +
    /// e`, the comprehension's variable renamed apart from the function's names. `None` for any other
    /// value, which keeps its own path (over items known at import time, one term per item).
    pub(super) fn run_time_sum(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<Option<Expr>> {
        let Expr::Call(call) = value else { return Ok(None) };
        let Expr::Name(function) = &*call.func else { return Ok(None) };
        if !self.is_builtin(frame, function, "sum") {
            return Ok(None);
        }
        let ([argument], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else { return Ok(None) };
        // `sum(xs)` of a list made at run time, in a function or the module's own code (whose loop
        // locals are the main thread's own: `$` names, rebinding.rs).
        if self.is_run_time_list(frame, argument) {
            return self.run_time_list_sum(frame, value, argument.clone(), out, next_line);
        }
        if frame.module_level {
            return self.looped_sum(frame, value, argument, out, next_line);
        }
        let (element, generators) = match argument {
            Expr::Generator(generator) => (&generator.elt, &generator.generators),
            Expr::ListComp(list) => (&list.elt, &list.generators),
            _ => return Ok(None),
        };
        let [generator] = &generators[..] else { return self.looped_sum(frame, value, argument, out, next_line) };
        let Expr::Name(variable) = &generator.target else {
            return self.looped_sum(frame, value, argument, out, next_line);
        };
        if generator.is_async || !self.walks_at_run_time(frame, &generator.iter)? {
            return self.looped_sum(frame, value, argument, out, next_line);
        }
        let range = value.range();
        let at = u32::from(range.start());
        let (total, renamed) = (format!("$sum_{at}"), format!("$sum_{at}_{}", variable.id));
        let rename = Renamed { from: variable.id.as_str(), to: &renamed };
        let mut element = (**element).clone();
        rename.visit_expr(&mut element);
        let summed = added(name(&total, range, ast::ExprContext::Load), element);
        let mut body = vec![assignment(name(&total, range, ast::ExprContext::Store), summed)];
        for test in generator.ifs.iter().rev() {
            let mut test = test.clone();
            rename.visit_expr(&mut test);
            body = vec![Stmt::If(ast::StmtIf {
                node_index: Default::default(),
                range,
                test: Box::new(test),
                body: body.into(),
                elif_else_clauses: Vec::new(),
            })];
        }
        let mut steps = Vec::new();
        self.statement(
            frame,
            &assignment(name(&total, range, ast::ExprContext::Store), number(0, range)),
            &mut steps,
            next_line,
        )?;
        let looping = Stmt::For(ast::StmtFor {
            node_index: Default::default(),
            range,
            is_async: false,
            target: Box::new(name(&renamed, generator.target.range(), ast::ExprContext::Store)),
            iter: Box::new(generator.iter.clone()),
            body: body.into(),
            orelse: Default::default(),
        });
        self.statement(frame, &looping, &mut steps, next_line)?;
        // Over a `range`, with steps that read and write locals only (no shared variable, no object's
        // item), nothing else can tell the loop's steps apart: one `atomic`, as the quantifiers' loops.
        let only_locals = steps.iter().all(|step| self.only_locals(step) && !reads_an_object(step));
        if only_locals && !self.is_run_time_sequence(frame, &generator.iter) {
            out.push(Step::new("atomic", Node::Steps(steps), next_line));
        } else {
            out.extend(steps);
        }
        Ok(Some(name(&total, range, ast::ExprContext::Load)))
    }

    /// Whether `argument` names a list made at run time (`run_time_iterable`).
    pub(crate) fn is_run_time_list(&self, frame: &Frame, argument: &Expr) -> bool {
        matches!(argument, Expr::Name(_)) && self.run_time_iterable(frame, argument).is_some()
    }

    /// `sum(xs)` of a list made at run time: the loop `sum(x for x in xs)` (run_time_sum's), in one
    /// `atomic`, as CPython's `sum` walks a list in C without letting another thread in.
    fn run_time_list_sum(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        walked: Expr,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<Option<Expr>> {
        let Expr::Call(call) = value else { return Ok(None) };
        let range = walked.range();
        let item = format!("$item_{}", u32::from(range.start()));
        let items = Expr::Generator(ast::ExprGenerator {
            node_index: Default::default(),
            range,
            elt: Box::new(name(&item, range, ast::ExprContext::Load)),
            generators: vec![ast::Comprehension {
                node_index: Default::default(),
                range,
                target: name(&item, range, ast::ExprContext::Store),
                iter: walked,
                ifs: Vec::new(),
                is_async: false,
            }],
            parenthesized: true,
        });
        let mut looped = call.clone();
        looped.arguments.args = Box::new([items]);
        let mut steps = Vec::new();
        let summed = self.run_time_sum(frame, &Expr::Call(looped), &mut steps, next_line)?;
        if summed.is_some() {
            out.push(Step::new("atomic", Node::Steps(steps), next_line));
        }
        Ok(summed)
    }

    /// Whether `name` is Python's builtin `builtin`, not a name of the file bound to something else.
    pub(crate) fn is_builtin(&self, frame: &Frame, name: &ast::ExprName, builtin: &str) -> bool {
        name.id.as_str() == builtin
            && match self.resolve(frame, builtin) {
                None => true,
                Some(Value::Module(module)) => module == builtin,
                Some(_) => false,
            }
    }

    /// `letters += sum(len(w) for w in line.split())` of a task's local: the sum's loop first, then the
    /// augmented assignment of its local. Python reads the target before it runs the sum, which for a
    /// local nobody else sees is the same; a shared target is left to its own path (refused), since
    /// another task's write during the sum would be lost in Python. `None` for any other statement.
    pub(super) fn augmented_run_time_sum(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAugAssign,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<ast::StmtAugAssign>> {
        let Expr::Name(target) = &*assign.target else { return Ok(None) };
        let local = !self.is_global_target(frame, target.id.as_str())
            && matches!(frame.locals.get(target.id.as_str()), Some(Value::Local(_)));
        if !local {
            return Ok(None);
        }
        let Some(summed) = self.run_time_sum(frame, &assign.value, out, line)? else { return Ok(None) };
        Ok(Some(ast::StmtAugAssign { value: Box::new(summed), ..assign.clone() }))
    }

    /// Whether a loop over `iterable` runs over items known only at run time: a `range` whose bounds are
    /// not known at import time, or a sequence made at run time.
    fn walks_at_run_time(&self, frame: &Frame, iterable: &Expr) -> Result<bool> {
        if self.is_run_time_sequence(frame, iterable) {
            return Ok(true);
        }
        let is_range = matches!(iterable, Expr::Call(call) if matches!(&*call.func, Expr::Name(name) if self.is_builtin(frame, name, "range")));
        Ok(is_range && self.static_range(frame, iterable).ok().flatten().is_none())
    }

    /// `words = line.split()`: the parts, a tuple made at run time, into the local. `false` when
    /// `value` is no split of a string known only at run time.
    pub(super) fn assign_split_parts(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some(parts) = self.split_value(frame, value, false)? else { return Ok(false) };
        if self.is_global_target(frame, name) {
            return fail(value, PARTS_GLOBAL);
        }
        self.check_parts_uses(name, value)?;
        self.store(frame, name, target, parts, value, out, line)?;
        Ok(true)
    }

    /// Every read of `name` in the function that binds it to the parts of a split (`value`) must be one
    /// where the tuple behaves as Python's list (`PartsUses`); any other (its text, `==`, handing it on
    /// to a list, a queue or a caller, where it would be a tuple) is refused at its line.
    fn check_parts_uses(&self, name: &str, value: &Expr) -> Result<()> {
        // A name of the scenario's own (`$iterable`) is read nowhere in the source.
        if name.starts_with('$') {
            return Ok(());
        }
        let inside = |def: &&&ast::StmtFunctionDef| def.range().contains_range(value.range());
        // The innermost function of the file around the assignment, which must bind the name (a body
        // written out before translation under other names is not followed: refused).
        let def = self.functions.values().filter(inside).min_by_key(|def| def.range().len());
        let mut uses = PartsUses { name, refused: None, set_walk: false, bound: false };
        if let Some(def) = def {
            uses.visit_body(&def.body);
        }
        match uses.refused {
            Some(at) if uses.set_walk => fail(
                &at,
                format!(
                    "a loop over `set({name})` of a split's parts is not imported: CPython walks a set of strings in the order of their hashes, which changes from run to run (PYTHONHASHSEED), and weft does not explore those orders here; walk `{name}` itself, skipping the words seen before (`if w in seen: continue`, then `seen.append(w)` to a list of the function's own), or count them with `len(set({name}))`"
                ),
            ),
            Some(at) => fail(
                &at,
                format!(
                    "`{name}` holds the list `s.split(...)` made at run time, which weft imports only measured (`len({name})`), indexed (`{name}[i]`), tested (`x in {name}`), unpacked, walked (`for w in {name}:`, `enumerate({name})`) or printed; this use of it is not yet"
                ),
            ),
            None if !uses.bound => fail(value, format!("weft cannot follow the uses of `{name}` here; {PARTS_GLOBAL}")),
            None => Ok(()),
        }
    }

    /// Whether `iterable` is a sequence made at run time that a loop walks by `size` and index: a split
    /// of a string known only at run time, or a name that holds one (or a list made at run time).
    pub(super) fn is_run_time_sequence(&self, frame: &Frame, iterable: &Expr) -> bool {
        matches!(self.split_value(frame, iterable, false), Ok(Some(_)))
            || self.run_time_iterable(frame, iterable).is_some()
    }

    /// `for i, x in enumerate(xs[, start]):` over a sequence made at run time, inside a function: the
    /// loop over `xs` itself whose body first binds the target from a hidden count and the item, then
    /// moves the count on (at the top, so `continue` keeps Python's meaning), as `enumerate` pairs each
    /// item with its count. The count starts before the loop, from `start` (0 by default). `None` for
    /// any other loop, which keeps its own path (over items known at import time it is unrolled).
    pub(super) fn run_time_enumerate_for(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<Option<ast::StmtFor>> {
        let Expr::Call(call) = &*looping.iter else { return Ok(None) };
        let Expr::Name(function) = &*call.func else { return Ok(None) };
        if !self.is_builtin(frame, function, "enumerate") {
            return Ok(None);
        }
        let [iterable, rest @ ..] = &call.arguments.args[..] else { return Ok(None) };
        // A shared list (one threads append to) is walked by its iterator, here as in `for x in xs:`
        // (looped_sums.rs); a sequence made at run time by `size` and index, in a function.
        // A shared array threads write (enumerated_arrays.rs), walked the same way, here and at the
        // module's top.
        let walked_shared =
            self.enumerates_shared_list(frame, iterable) || self.enumerates_written_array(frame, iterable);
        if !walked_shared && (frame.module_level || !self.is_run_time_sequence(frame, iterable)) {
            return Ok(None);
        }
        let start = match (rest, &call.arguments.keywords[..]) {
            ([], []) => None,
            ([start], []) => Some(start.clone()),
            ([], [keyword]) if keyword.arg.as_ref().is_some_and(|name| name.as_str() == "start") => {
                Some(keyword.value.clone())
            }
            _ => return fail(call, "`enumerate` takes a sequence and an optional `start`"),
        };
        let range = looping.iter.range();
        // Names no Python program can write: each assignment binds a local of its own.
        let (count, item) = ("$enumerate_count", "$enumerate_item");
        if frame.module_level {
            // The main thread's own locals, not globals (rebinding.rs keeps a module name bound to a
            // local so), as the count and the item are nobody else's.
            self.bind_local(frame, count);
            self.bind_local(frame, item);
        }
        let first = start.unwrap_or_else(|| number(0, range));
        self.statement(frame, &assignment(name(count, range, ast::ExprContext::Store), first), out, next_line)?;
        let pair = tuple_of(
            vec![name(count, range, ast::ExprContext::Load), name(item, range, ast::ExprContext::Load)],
            range,
        );
        let advanced = added(name(count, range, ast::ExprContext::Load), number(1, range));
        let moved_on = assignment(name(count, range, ast::ExprContext::Store), advanced);
        // `i, (name, n)`: each part bound by an assignment of its own (the count, then the item
        // unpacked), as Python unpacks the pair (an assignment unpacks one level); else the pair whole.
        let bindings = match &*looping.target {
            Expr::Tuple(ast::ExprTuple { elts, .. })
                if elts.len() == 2 && matches!(elts[1], Expr::Tuple(_) | Expr::List(_)) =>
            {
                vec![
                    assignment(elts[0].clone(), name(count, range, ast::ExprContext::Load)),
                    assignment(elts[1].clone(), name(item, range, ast::ExprContext::Load)),
                ]
            }
            target => vec![assignment(target.clone(), pair)],
        };
        let body = bindings.into_iter().chain([moved_on]).chain(looping.body.iter().cloned()).collect();
        Ok(Some(ast::StmtFor {
            target: Box::new(name(item, range, ast::ExprContext::Store)),
            iter: Box::new(iterable.clone()),
            body,
            ..looping.clone()
        }))
    }
}

/// Finds the first read of `name` outside the uses where the parts of a split (a tuple) behave as
/// Python's list: `len(name)`, `name[i]`, `x in name`, `for x in name:`, `enumerate(name)`, `a, b =
/// name`, `print(name)` (which weft does not write out).
struct PartsUses<'n> {
    name: &'n str,
    refused: Option<TextRange>,
    /// The refused use is a loop over `set(name)` (a set's order of strings differs by run).
    set_walk: bool,
    /// The function binds the name somewhere (`words = ...`).
    bound: bool,
}

impl PartsUses<'_> {
    fn is_name(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(name) if name.id.as_str() == self.name)
    }

    /// The arguments of `call` other than the name itself, when the call takes it as a whole as Python's
    /// list and the tuple alike (`len`, `enumerate`, `print`); `None` for any other call.
    fn allowed_call<'c>(&self, call: &'c ast::ExprCall) -> Option<Vec<&'c Expr>> {
        // `sep.join(words)`: the format's `join` of the tuple, Python's of the list.
        if let Expr::Attribute(method) = &*call.func
            && method.attr.as_str() == "join"
            && let [argument] = &call.arguments.args[..]
            && self.is_name(argument)
            && call.arguments.keywords.is_empty()
        {
            return Some(vec![&*method.value]);
        }
        // `words.count(w)`, `words.index(w)`: the format's `count` and `index` of the tuple compare
        // its items with `==`, as the list's methods do (ValueError of a missing item alike).
        if let Expr::Attribute(method) = &*call.func
            && matches!(method.attr.as_str(), "count" | "index")
            && self.is_name(&method.value)
            && let [_] = &call.arguments.args[..]
            && call.arguments.keywords.is_empty()
        {
            return Some(call.arguments.args.iter().collect());
        }
        let Expr::Name(function) = &*call.func else { return None };
        // `max(words, key=len)` (session 36: session35/m02): the loop CPython's `max` runs, a walk of
        // the parts (keyed_extremes.rs), which the tuple takes as the list.
        if matches!(function.id.as_str(), "max" | "min")
            && let [only] = &call.arguments.args[..]
            && self.is_name(only)
            && !call.arguments.keywords.is_empty()
            && call
                .arguments
                .keywords
                .iter()
                .all(|keyword| keyword.arg.as_ref().is_some_and(|arg| matches!(arg.as_str(), "key" | "default")))
        {
            return Some(call.arguments.keywords.iter().map(|keyword| &keyword.value).collect());
        }
        if !matches!(function.id.as_str(), "len" | "enumerate" | "print") {
            return None;
        }
        // `len(set(words))`: how many distinct parts (whole_reads.rs), which no order changes.
        let is_set_of_name = |arg: &Expr| {
            function.id.as_str() == "len"
                && matches!(arg, Expr::Call(inner)
                    if matches!(&*inner.func, Expr::Name(set) if matches!(set.id.as_str(), "set" | "frozenset"))
                        && inner.arguments.keywords.is_empty()
                        && matches!(&inner.arguments.args[..], [only] if self.is_name(only)))
        };
        let others = call.arguments.args.iter().filter(|arg| !self.is_name(arg) && !is_set_of_name(arg));
        Some(others.chain(call.arguments.keywords.iter().map(|keyword| &keyword.value)).collect())
    }
}

impl PartsUses<'_> {
    /// The generator of `sum(g)`, `max(g[, default=d])` or `min(...)` when its one `for` walks the name.
    fn folded_generator<'c>(&self, call: &'c ast::ExprCall) -> Option<&'c ast::ExprGenerator> {
        let Expr::Name(function) = &*call.func else { return None };
        if !matches!(function.id.as_str(), "sum" | "max" | "min") {
            return None;
        }
        let [Expr::Generator(generator)] = &call.arguments.args[..] else { return None };
        let [walk] = &generator.generators[..] else { return None };
        self.is_name(&walk.iter).then_some(generator)
    }
}

impl<'a> Visitor<'a> for PartsUses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::For(looping)
                if self.refused.is_none()
                    && matches!(&*looping.iter, Expr::Call(call)
                        if matches!(&*call.func, Expr::Name(set) if matches!(set.id.as_str(), "set" | "frozenset"))
                            && matches!(&call.arguments.args[..], [only] if self.is_name(only))) =>
            {
                self.refused = Some(looping.iter.range());
                self.set_walk = true;
            }
            Stmt::For(looping) if self.is_name(&looping.iter) => {
                self.visit_expr(&looping.target);
                self.visit_body(&looping.body);
                self.visit_body(&looping.orelse);
            }
            Stmt::Assign(assign)
                if self.is_name(&assign.value)
                    && assign.targets.iter().all(|target| matches!(target, Expr::Tuple(_) | Expr::List(_))) =>
            {
                assign.targets.iter().for_each(|target| self.visit_expr(target));
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.refused.is_some() {
            return;
        }
        match expr {
            Expr::Name(name) if name.id.as_str() == self.name && name.ctx == ast::ExprContext::Load => {
                self.refused = Some(name.range);
            }
            Expr::Name(name) if name.id.as_str() == self.name && name.ctx == ast::ExprContext::Store => {
                self.bound = true;
            }
            Expr::Subscript(subscript) if self.is_name(&subscript.value) && subscript.ctx == ast::ExprContext::Load => {
                self.visit_expr(&subscript.slice)
            }
            Expr::Compare(compare)
                if compare.ops.len() == 1
                    && matches!(compare.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn)
                    && self.is_name(&compare.comparators[0]) =>
            {
                self.visit_expr(&compare.left)
            }
            // `max((len(w) for w in words), default=0)`, `sum(...)`, `min(...)`: a fold of a generator
            // over the parts (shared_lists.rs), which walks them as a list's items.
            Expr::Call(call) if self.folded_generator(call).is_some() => {
                let generator = self.folded_generator(call).expect("checked");
                self.visit_expr(&generator.elt);
                for comprehension in &generator.generators {
                    self.visit_expr(&comprehension.target);
                    comprehension.ifs.iter().for_each(|test| self.visit_expr(test));
                }
                call.arguments.keywords.iter().for_each(|keyword| self.visit_expr(&keyword.value));
            }
            Expr::Call(call) => match self.allowed_call(call) {
                Some(others) => others.into_iter().for_each(|other| self.visit_expr(other)),
                None => walk_expr(self, expr),
            },
            _ => walk_expr(self, expr),
        }
    }
}
