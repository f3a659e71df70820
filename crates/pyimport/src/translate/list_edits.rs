//! Lists and dicts edited the way real code edits them (session 27): `items.clear()`,
//! `items.insert(i, x)`, `del items[i]`, `items[:] = [...]` of a shared list (a map with keys 0, 1,
//! 2, ...), `d.clear()` of a shared dict, and a list or dict attribute or global bound again to a
//! display (`self.pending = []`, `self.values = {"retries": 3}`, `global items; items = []`).
//!
//! Each edit is one C call in CPython that holds the GIL throughout (`list.clear`, `list.insert`,
//! `list_ass_slice`, `dict.clear`), so each is one `atomic` step here, made of the format's existing
//! item writes and deletes: no engine change.
//!
//! A rebinding is one store (STORE_ATTR, STORE_GLOBAL) after the new object is built: a reader sees
//! the old object or the new one, never a half-built one. weft keeps one shared map per list, so the
//! store is written as one `atomic` step that empties the map and writes the new items. That is
//! Python's meaning exactly when nothing holds the old object after the store: every use of the name
//! loads it and uses it in the same step (a method call, an item, `len`, `in`, a truth test, whose
//! arguments call nothing). A use that holds the object across steps (a loop over it, another name
//! bound to it, an argument of a function of the file, a thread's `args`, a `return`) would see the
//! old object in Python and the emptied map in weft: `rebound_containers` finds them and the
//! rebinding is refused at the first one.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::held_reads::{Reads, expression_test, statement_tests, tested_operands};
use super::{Frame, Result, Translator, fail, while_step};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

/// Builtins that take a list whole in one C call (no Python code runs while they read it).
const WHOLE_READS: [&str; 8] = ["len", "sum", "min", "max", "sorted", "list", "tuple", "print"];

/// Methods whose value is a view or an iterator that goes on reading the object after the call
/// (`for k, v in d.items():` walks the old dict in Python): whole only inside a `WHOLE_READS` call.
const VIEW_METHODS: [&str; 4] = ["items", "keys", "values", "__iter__"];

/// Methods of another list or dict that read an argument whole in one C call.
const WHOLE_ARGUMENT_METHODS: [&str; 2] = ["extend", "update"];

/// Lists and dicts some function binds again to a display, and their uses that would hold the old
/// object across steps.
#[derive(Default)]
pub(super) struct ReboundContainers {
    /// Attribute names (`pending` of `self.pending = []` outside `__init__`).
    attributes: BTreeSet<String>,
    /// Globals a function binds again (`global items; items = []`).
    globals: BTreeSet<String>,
    /// Lists edited in place by `clear`, `insert`, `del items[i]` or `items[:] = ...` (`items`, or
    /// `self.items` of an attribute).
    edited: BTreeSet<String>,
    /// Each name's first use that holds the object (`self.pending` of `for x in self.pending:`).
    holding_uses: BTreeMap<String, TextRange>,
}

impl ReboundContainers {
    /// Scans the module once, before translating.
    pub(super) fn of_module(body: &[Stmt]) -> Self {
        let mut rebinds = Rebinds::default();
        for stmt in body {
            rebinds.visit_stmt(stmt);
        }
        let mut found = ReboundContainers {
            attributes: rebinds.attributes,
            globals: rebinds.globals,
            edited: rebinds.edited,
            ..Default::default()
        };
        let unsteady = unsteady_names(body, &rebinds.declared_anywhere);
        let mut uses = Uses { containers: &found, unsteady: &unsteady, reads: Reads::new() };
        for stmt in body {
            uses.visit_stmt(stmt);
        }
        let holding: Vec<(String, TextRange)> = uses.reads.holding().collect();
        for (name, range) in holding {
            found.holding_uses.entry(name).or_insert(range);
        }
        found
    }

    /// The names a rebinding makes lists that grow (a map, not a fixed-length array): `self.pending`
    /// for an attribute, as `append` marks them.
    pub(super) fn grown_names(&self) -> impl Iterator<Item = String> + '_ {
        let attributes = self.attributes.iter().map(|attribute| format!("self.{attribute}"));
        attributes.chain(self.globals.iter().cloned()).chain(self.edited.iter().cloned())
    }

    fn key_of(&self, expr: &Expr) -> Option<String> {
        match expr {
            Expr::Attribute(attribute) if self.attributes.contains(attribute.attr.as_str()) => {
                Some(format!("self.{}", attribute.attr))
            }
            Expr::Name(name) if self.globals.contains(name.id.as_str()) => Some(name.id.to_string()),
            _ => None,
        }
    }
}

/// The first pass: which attributes and globals a function binds again to a display.
#[derive(Default)]
struct Rebinds {
    attributes: BTreeSet<String>,
    globals: BTreeSet<String>,
    /// The names declared `global` by the function being walked (innermost last).
    declared: Vec<BTreeSet<String>>,
    /// Whether the function being walked is an `__init__` (innermost last).
    in_init: Vec<bool>,
    edited: BTreeSet<String>,
    /// Every name some function declares `global`.
    declared_anywhere: BTreeSet<String>,
}

impl Rebinds {
    fn edit(&mut self, container: &Expr) {
        match container {
            Expr::Name(name) => {
                self.edited.insert(name.id.to_string());
            }
            Expr::Attribute(attribute) => {
                self.edited.insert(format!("self.{}", attribute.attr));
            }
            _ => {}
        }
    }
}

impl<'a> Visitor<'a> for Rebinds {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => {
                let declared: BTreeSet<String> = def
                    .body
                    .iter()
                    .filter_map(|stmt| match stmt {
                        Stmt::Global(global) => Some(global.names.iter().map(|n| n.to_string())),
                        _ => None,
                    })
                    .flatten()
                    .collect();
                self.declared_anywhere.extend(declared.iter().cloned());
                self.declared.push(declared);
                self.in_init.push(def.name.as_str() == "__init__");
                walk_stmt(self, stmt);
                self.declared.pop();
                self.in_init.pop();
                return;
            }
            Stmt::Delete(delete) => {
                for target in &delete.targets {
                    if let Expr::Subscript(subscript) = target {
                        self.edit(&subscript.value);
                    }
                }
            }
            Stmt::Assign(assign)
                if let [Expr::Subscript(subscript)] = &assign.targets[..]
                    && matches!(&*subscript.slice, Expr::Slice(_)) =>
            {
                self.edit(&subscript.value);
            }
            Stmt::Assign(assign)
                if let [target] = &assign.targets[..]
                    && (is_new_container(&assign.value) || concatenation(target, &assign.value).is_some()) =>
            {
                match target {
                    Expr::Attribute(attribute) if self.in_init.last() == Some(&false) => {
                        self.attributes.insert(attribute.attr.to_string());
                    }
                    Expr::Name(name) if self.declared.last().is_some_and(|d| d.contains(name.id.as_str())) => {
                        self.globals.insert(name.id.to_string());
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && let Expr::Attribute(method) = &*call.func
            && matches!(method.attr.as_str(), "clear" | "insert")
        {
            self.edit(&method.value);
        }
        walk_expr(self, expr);
    }
}

/// The names another thread may see change: `global` ones and module names bound more than once
/// (a loop's variable, `x += 1`, a second assignment).
fn unsteady_names(body: &[Stmt], declared: &BTreeSet<String>) -> BTreeSet<String> {
    #[derive(Default)]
    struct Bindings(BTreeMap<String, usize>);
    impl<'a> Visitor<'a> for Bindings {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let mut bind = |target: &Expr, times: usize| bind_target(&mut self.0, target, times);
            match stmt {
                // Functions and classes bind their names once; their bodies are not the module's.
                Stmt::FunctionDef(def) => return bind_name(&mut self.0, def.name.as_str()),
                Stmt::ClassDef(class) => return bind_name(&mut self.0, class.name.as_str()),
                Stmt::Assign(assign) => assign.targets.iter().for_each(|target| bind(target, 1)),
                Stmt::AnnAssign(assign) => bind(&assign.target, 1),
                Stmt::AugAssign(assign) => bind(&assign.target, 2),
                Stmt::For(for_stmt) => bind(&for_stmt.target, 2),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    fn bind_target(bindings: &mut BTreeMap<String, usize>, target: &Expr, times: usize) {
        match target {
            Expr::Name(name) => *bindings.entry(name.id.to_string()).or_default() += times,
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().for_each(|element| bind_target(bindings, element, times));
            }
            Expr::Starred(starred) => bind_target(bindings, &starred.value, times),
            _ => {}
        }
    }
    fn bind_name(bindings: &mut BTreeMap<String, usize>, name: &str) {
        *bindings.entry(name.to_string()).or_default() += 1;
    }
    let mut bindings = Bindings::default();
    for stmt in body {
        bindings.visit_stmt(stmt);
    }
    let twice = bindings.0.into_iter().filter(|(_, times)| *times > 1).map(|(name, _)| name);
    declared.iter().cloned().chain(twice).collect()
}

/// `items + [a, b]` or `[a, b] + items` assigned to `items` itself (a name, or an attribute of the
/// same receiver's name): the display's items, and whether the old items come first.
fn concatenation<'v>(target: &Expr, value: &'v Expr) -> Option<(&'v [Expr], bool)> {
    let Expr::BinOp(binary) = value else { return None };
    if binary.op != ast::Operator::Add {
        return None;
    }
    match (&*binary.left, &*binary.right) {
        (own, Expr::List(list)) if same_place(own, target) => Some((&list.elts, true)),
        (Expr::List(list), own) if same_place(own, target) => Some((&list.elts, false)),
        _ => None,
    }
}

fn same_place(a: &Expr, b: &Expr) -> bool {
    match (a, b) {
        (Expr::Name(a), Expr::Name(b)) => a.id == b.id,
        (Expr::Attribute(a), Expr::Attribute(b)) => a.attr == b.attr && same_place(&a.value, &b.value),
        _ => false,
    }
}

/// A list or dict display, or `list()`/`dict()` with no arguments: the new object a rebinding stores.
fn is_new_container(value: &Expr) -> bool {
    match value {
        Expr::List(_) | Expr::Dict(_) => true,
        Expr::Call(call) => {
            call.arguments.is_empty()
                && matches!(&*call.func, Expr::Name(name) if matches!(name.id.as_str(), "list" | "dict"))
        }
        _ => false,
    }
}

/// The second pass: every reference to a rebound name, and those whose use loads and uses the object
/// in one step.
struct Uses<'c> {
    containers: &'c ReboundContainers,
    /// Names another thread may change: globals a function declares, module names bound twice.
    unsteady: &'c BTreeSet<String>,
    reads: Reads<String>,
}

impl Uses<'_> {
    fn allow(&mut self, expr: &Expr) {
        if self.containers.key_of(expr).is_some() {
            self.reads.take_at_once(expr.range());
        }
    }

    /// A test's operands: their truth is their length, read in the step that tests them.
    fn allow_test(&mut self, test: &Expr) {
        tested_operands(test, &mut |operand| self.allow(operand));
    }
}

impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        for test in statement_tests(stmt) {
            self.allow_test(test);
        }
        match stmt {
            // `items = items + [x]`: the old items are read whole, then the new list is stored (two
            // steps); a rebinding or an append between them is lost in Python as in weft.
            Stmt::Assign(assign)
                if let [target] = &assign.targets[..]
                    && let Some(_) = concatenation(target, &assign.value)
                    && let Expr::BinOp(binary) = &*assign.value =>
            {
                self.allow(&binary.left);
                self.allow(&binary.right);
            }
            // `self.pending += [x]` loads the list, extends it and stores it back: a rebinding between
            // the load and the store is undone. `self.counts[k] += 1` reads and writes the item of
            // the object it loaded once, which may be the old one by the write. `del self.pending`
            // unbinds it.
            Stmt::AugAssign(assign) => {
                let container = match &*assign.target {
                    Expr::Subscript(subscript) => &subscript.value,
                    other => other,
                };
                if let Some(key) = self.containers.key_of(container) {
                    self.reads.read(key, container.range());
                }
            }
            Stmt::Delete(delete) => {
                for target in &delete.targets {
                    if let Some(key) = self.containers.key_of(target) {
                        self.reads.read(key, target.range());
                    }
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Some(key) = self.containers.key_of(expr)
            && expr_is_load(expr)
        {
            self.reads.read(key, expr.range());
        }
        if let Some(test) = expression_test(expr) {
            self.allow_test(test);
        }
        match expr {
            Expr::Call(call) => self.allow_call(call),
            Expr::Subscript(subscript) if self.steady(&subscript.slice) => self.allow(&subscript.value),
            Expr::Compare(compare) if compare.ops.len() == 1 => {
                let right = &compare.comparators[0];
                self.allow(right);
                if matches!(compare.ops[0], ast::CmpOp::Eq | ast::CmpOp::NotEq) && self.steady(right) {
                    self.allow(&compare.left);
                }
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

impl Uses<'_> {
    /// Whether evaluating `expr` reads nothing another thread may change and has no switch point:
    /// literals, locals and module names bound once, without calls, items or attributes.
    fn steady(&self, expr: &Expr) -> bool {
        struct Steady<'u>(&'u BTreeSet<String>, bool);
        impl<'a> Visitor<'a> for Steady<'_> {
            fn visit_expr(&mut self, expr: &'a Expr) {
                match expr {
                    Expr::Name(name) if self.0.contains(name.id.as_str()) => self.1 = false,
                    Expr::Call(_)
                    | Expr::Await(_)
                    | Expr::Lambda(_)
                    | Expr::ListComp(_)
                    | Expr::SetComp(_)
                    | Expr::DictComp(_)
                    | Expr::Generator(_)
                    | Expr::Yield(_)
                    | Expr::YieldFrom(_)
                    | Expr::Named(_)
                    | Expr::Attribute(_)
                    | Expr::Subscript(_) => self.1 = false,
                    _ => {}
                }
                walk_expr(self, expr);
            }
        }
        let mut steady = Steady(self.unsteady, true);
        steady.visit_expr(expr);
        steady.1
    }

    /// `self.pending.append(x)` (the load, then the C call: `x` must not come between them with a
    /// step of its own), `other.extend(self.pending)`, `len(self.pending)`, `sorted(d.items())`.
    fn allow_call(&mut self, call: &ast::ExprCall) {
        let keywords_steady = call.arguments.keywords.iter().all(|keyword| self.steady(&keyword.value));
        match &*call.func {
            Expr::Attribute(method) => {
                if !VIEW_METHODS.contains(&method.attr.as_str())
                    && keywords_steady
                    && call.arguments.args.iter().all(|argument| self.steady(argument))
                {
                    self.allow(&method.value);
                }
                if WHOLE_ARGUMENT_METHODS.contains(&method.attr.as_str())
                    && call.arguments.keywords.is_empty()
                    && let [argument] = &call.arguments.args[..]
                {
                    self.allow(argument);
                }
            }
            Expr::Name(name) if WHOLE_READS.contains(&name.id.as_str()) => {
                // `sorted`, `list` and `tuple` copy the iterable in one C call before they call
                // anything: their `key=` is only made before (a lambda, a function's name).
                let copies_first = matches!(name.id.as_str(), "sorted" | "list" | "tuple");
                let keywords_made = call.arguments.keywords.iter().all(|keyword| {
                    self.steady(&keyword.value)
                        || (copies_first
                            && matches!(keyword.value, Expr::Lambda(_) | Expr::Name(_) | Expr::Attribute(_)))
                });
                if !keywords_made {
                    return;
                }
                // `print(items, count)`: weft reads each argument whole in its own step, in order;
                // the object a later argument's step could rebind is one nothing else holds, so
                // Python prints what weft read.
                let prints = name.id.as_str() == "print";
                let args = &call.arguments.args;
                for (position, argument) in args.iter().enumerate() {
                    if !prints && !args[position + 1..].iter().all(|later| self.steady(later)) {
                        continue;
                    }
                    match argument {
                        // `sorted(d.items())`: the view read whole by the one C call.
                        Expr::Call(view)
                            if view.arguments.is_empty()
                                && let Expr::Attribute(method) = &*view.func
                                && VIEW_METHODS.contains(&method.attr.as_str()) =>
                        {
                            self.allow(&method.value);
                        }
                        other => self.allow(other),
                    }
                }
            }
            _ => {}
        }
    }
}

fn expr_is_load(expr: &Expr) -> bool {
    match expr {
        Expr::Attribute(attribute) => attribute.ctx.is_load(),
        Expr::Name(name) => name.ctx.is_load(),
        _ => false,
    }
}

/// The new items of `items[:] = ...`: each value's code, or a list the comprehension made (its code
/// and its length's).
enum Replacement {
    Items(Vec<String>),
    Made { list: String, length: String },
}

const HOLDING_USE: &str = "is bound again to a new object elsewhere (a list or dict display, or `items + [x]`, assigned in a function), and this use holds the object across steps (a loop over it, another name bound to it, an argument of a function of the file or a thread, a `return`, `+=`, or a call in its arguments), where Python keeps the old object and weft's one shared map would show the new one; weft models a rebound list or dict where each use reads it at once (a method call, an item, `len`, `in`, a truth test, with arguments that call nothing): copy what you need first (`batch = list(self.pending)`) or edit it in place (`self.pending.clear()`)";

impl Translator<'_> {
    /// `items.clear()`, `items.insert(i, x)` of a shared list, `d.clear()` of a shared dict (or set):
    /// one `atomic` step. `Ok(false)` for any other method.
    pub(super) fn container_edit(
        &mut self,
        frame: &mut Frame,
        receiver: &Value,
        method: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Value::Shared(shared, Shape::Map { dense }) = receiver else {
            return Ok(false);
        };
        if self.deques.contains_key(shared) || !matches!(method, "clear" | "insert") {
            return Ok(false);
        }
        let (shared, dense) = (shared.clone(), *dense);
        let steps = match (method, dense) {
            ("clear", _) => {
                if !call.arguments.is_empty() {
                    return fail(call, "`clear` takes no arguments");
                }
                emptied(&shared, dense, line)
            }
            ("insert", true) => self.list_insert_steps(frame, &shared, call, out, line)?,
            _ => return Ok(false),
        };
        out.push(Step::new("atomic", Node::Steps(steps), line));
        Ok(true)
    }

    /// `items.insert(i, x)`: the index and the item first (Python evaluates the arguments before the
    /// call), then list.insert's clamping (a negative index counts from the end, then at least 0; past
    /// the end it appends) and every later item moved up one key.
    fn list_insert_steps(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Vec<Step>> {
        let [index, item] = &call.arguments.args[..] else {
            return fail(call, "`insert` takes an index and an item");
        };
        if !call.arguments.keywords.is_empty() {
            return fail(call, "`insert` takes no keyword arguments");
        }
        let index = self.operand_local(frame, index, out, line)?;
        let item = self.operand_local(frame, item, out, line)?;
        let place = self.temporary(frame.task, "place");
        let moved = self.temporary(frame.task, "k");
        let length = format!("len({shared})");
        let clamped = format!("(max({index} + {length}, 0) if {index} < 0 else min({index}, {length}))");
        let shift = vec![
            Step::new("set", Node::Quoted(format!("{shared}[{moved}] = {shared}[{moved} - 1]")), line),
            Step::new("let", Node::Quoted(format!("{moved} = {moved} - 1")), line),
        ];
        Ok(vec![
            Step::new("let", Node::Quoted(format!("{place} = {clamped}")), line),
            Step::new("let", Node::Quoted(format!("{moved} = {length}")), line),
            while_step(format!("{moved} > {place}"), shift, line),
            Step::new("set", Node::Quoted(format!("{shared}[{place}] = {item}")), line),
        ])
    }

    /// `del items[i]` of a shared list: the index first, then one `atomic` step that reads the item
    /// (IndexError when there is none, as list_ass_item's), moves every later item down one key and
    /// deletes the last. `Ok(false)` for anything else.
    pub(super) fn list_delete_at(
        &mut self,
        frame: &mut Frame,
        target: &ast::ExprSubscript,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Ok(Ex::Static(Value::Shared(shared, Shape::Map { dense: true }))) = self.expr(frame, &target.value, false)
        else {
            return Ok(false);
        };
        if self.deques.contains_key(&shared) {
            return Ok(false);
        }
        if matches!(&*target.slice, Expr::Slice(_)) {
            return fail(target, "`del` of a slice of a shared list is not supported; `del items[i]` of one index is");
        }
        let index = self.operand_local(frame, &target.slice, out, line)?;
        let place = self.temporary(frame.task, "place");
        let probe = self.temporary(frame.task, "deleted");
        let length = format!("len({shared})");
        let shift = vec![
            Step::new("set", Node::Quoted(format!("{shared}[{place}] = {shared}[{place} + 1]")), line),
            Step::new("let", Node::Quoted(format!("{place} = {place} + 1")), line),
        ];
        // A negative index still negative after adding the length is out of range: the read of the
        // length's key (never present) is the IndexError.
        let normalised = format!("({index} + {length} if {index} < 0 else {index})");
        let steps = vec![
            Step::new("let", Node::Quoted(format!("{place} = {normalised}")), line),
            Step::new("let", Node::Quoted(format!("{place} = ({length} if {place} < 0 else {place})")), line),
            Step::new("let", Node::Quoted(format!("{probe} = {shared}[{place}]")), line),
            while_step(format!("{place} < {length} - 1"), shift, line),
            Step::new("del", Node::Quoted(format!("{shared}[{length} - 1]")), line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        Ok(true)
    }

    /// `items[:] = [a, b]` or `items[:] = [x * 2 for x in items]` of a shared list: the new items
    /// first (a display's values, or the comprehension's loop into a list of its own, as Python builds
    /// the right side before it stores), then one `atomic` step that writes them over the list, as
    /// list_ass_slice does in one C call. A fixed-length list keeps its length: the new items must be
    /// as many. `Ok(false)` for anything else.
    pub(super) fn list_slice_replace(
        &mut self,
        frame: &mut Frame,
        target: &ast::ExprSubscript,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Slice(slice) = &*target.slice else {
            return Ok(false);
        };
        let Ok(Ex::Static(Value::Shared(shared, shape @ (Shape::Map { dense: true } | Shape::Array(_))))) =
            self.expr(frame, &target.value, false)
        else {
            return Ok(false);
        };
        if self.deques.contains_key(&shared) {
            return Ok(false);
        }
        if slice.lower.is_some() || slice.upper.is_some() || slice.step.is_some() {
            return fail(
                target,
                "slice assignment to a shared list is supported for the whole list (`items[:] = [a, b]`)",
            );
        }
        let fixed_length = match shape {
            Shape::Array(length) => Some(length),
            _ => None,
        };
        let replacement = self.replacement(frame, value, fixed_length, out, line)?;
        let mut steps = match fixed_length {
            Some(_) => Vec::new(),
            None => emptied(&shared, true, line),
        };
        let written = |index: &str, item: String| match fixed_length {
            Some(_) => Step::new("set", Node::Quoted(format!("{shared}[{index}] = {item}")), line),
            None => appended(&shared, &item, line),
        };
        match replacement {
            Replacement::Items(items) => {
                for (index, item) in items.into_iter().enumerate() {
                    steps.push(written(&index.to_string(), item));
                }
            }
            Replacement::Made { list, length } => {
                let index = self.temporary(frame.task, "k");
                let copy = vec![
                    written(&index, format!("{list}[{index}]")),
                    Step::new("let", Node::Quoted(format!("{index} = {index} + 1")), line),
                ];
                steps.push(Step::new("let", Node::Quoted(format!("{index} = 0")), line));
                steps.push(while_step(format!("{index} < {length}"), copy, line));
            }
        }
        out.push(Step::new("atomic", Node::Steps(steps), line));
        Ok(true)
    }

    /// The right side of a whole-list slice assignment, built before the store.
    fn replacement(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        fixed_length: Option<usize>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Replacement> {
        const SUPPORTED: &str = "`items[:] = ...` of a shared list takes a list or tuple display (`items[:] = [a, b]`) or a list comprehension with one `for` over a list made at run time";
        const SAME_LENGTH: &str = "this list has a fixed length in weft (nothing appends to it), so `items[:] = ...` must give as many items: a display of that length, or a comprehension without `if` over a list of that length";
        match value {
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                if fixed_length.is_some_and(|length| length != elts.len()) {
                    return fail(value, SAME_LENGTH);
                }
                let mut items = Vec::with_capacity(elts.len());
                for element in elts {
                    items.push(self.operand_local(frame, element, out, line)?);
                }
                Ok(Replacement::Items(items))
            }
            Expr::ListComp(comprehension) => {
                if let Some(length) = fixed_length {
                    let [generator] = &comprehension.generators[..] else { return fail(value, SAME_LENGTH) };
                    let same = matches!(self.expr(frame, &generator.iter, false),
                        Ok(Ex::Static(Value::Shared(_, Shape::Array(walked)))) if walked == length);
                    if !generator.ifs.is_empty() || !same {
                        return fail(value, SAME_LENGTH);
                    }
                }
                let holder = format!("$replacement_{}", u32::from(value.range().start()));
                self.assign_name(frame, &holder, value, value, out, line)?;
                let made = frame.locals.get(&holder).cloned().or_else(|| self.globals.get(&holder).cloned());
                match made {
                    Some(Value::Local(list)) => Ok(Replacement::Made { length: format!("size({list})"), list }),
                    Some(Value::Shared(list, Shape::Map { dense: true })) => {
                        Ok(Replacement::Made { length: format!("len({list})"), list })
                    }
                    // Computed at import time from the items the list starts with, which this very
                    // assignment (through another name) changes.
                    Some(Value::List(_) | Value::Shared(_, Shape::Array(_))) => fail(
                        value,
                        "weft would compute this comprehension at import time, from the items the list starts with, but the list is written when the program runs (here, through another name); build the new items with a loop of `append`s to a list of the function's own, then assign a display",
                    ),
                    _ => fail(value, SUPPORTED),
                }
            }
            _ => fail(value, SUPPORTED),
        }
    }

    /// `self.pending = [...]` or `self.values = {...}` of an instance's shared list or dict outside
    /// `__init__`: the new object's items first, then one `atomic` step that empties the map and
    /// writes them. `Ok(false)` when the attribute is not such a container.
    pub(super) fn rebind_container_attribute(
        &mut self,
        frame: &mut Frame,
        attribute: &ast::ExprAttribute,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let target = Expr::Attribute(attribute.clone());
        if !is_new_container(value) && concatenation(&target, value).is_none() {
            return Ok(false);
        }
        let Ok(Ex::Static(Value::Instance(instance))) = self.expr(frame, &attribute.value, false) else {
            return Ok(false);
        };
        let Ok(Ex::Static(Value::Shared(shared, Shape::Map { dense }))) =
            self.instance_attribute(&instance, attribute.attr.as_str(), value, false)
        else {
            return Ok(false);
        };
        self.refuse_holding_use(&format!("self.{}", attribute.attr), &format!("self.{}", attribute.attr))?;
        self.rebind_container(frame, &shared, dense, (&target, value), out, line)?;
        Ok(true)
    }

    /// `items = [...]` in a function that declares `global items`, of a shared list or dict: as
    /// `rebind_container_attribute`. `Ok(false)` for anything else.
    pub(super) fn rebind_container_global(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if frame.module_level
            || !frame.globals_declared.contains(name)
            || !(is_new_container(value) || concatenation(target, value).is_some())
        {
            return Ok(false);
        }
        let Some(Value::Shared(shared, Shape::Map { dense })) = self.globals.get(name).cloned() else {
            return Ok(false);
        };
        self.refuse_holding_use(name, name)?;
        self.rebind_container(frame, &shared, dense, (target, value), out, line)?;
        Ok(true)
    }

    fn refuse_holding_use(&self, key: &str, shown: &str) -> Result<()> {
        match self.rebound_containers.holding_uses.get(key) {
            Some(range) => fail(range, format!("`{shown}` {HOLDING_USE}")),
            None => Ok(()),
        }
    }

    pub(super) fn rebind_container(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        dense: bool,
        (target, value): (&Expr, &Expr),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if self.deques.contains_key(shared) {
            return fail(value, "a deque bound again is not supported; `clear()` it and add the items");
        }
        if dense && let Some((display, own_first)) = concatenation(target, value) {
            return self.concatenated(frame, shared, display, own_first, out, line);
        }
        let writes = match (value, dense) {
            (Expr::List(list), true) => {
                let mut items = Vec::with_capacity(list.elts.len());
                for element in &list.elts {
                    items.push(self.operand_local(frame, element, out, line)?);
                }
                items.iter().map(|item| appended(shared, item, line)).collect()
            }
            (Expr::Dict(dict), false) => {
                let mut pairs = Vec::with_capacity(dict.items.len());
                for item in &dict.items {
                    let Some(key) = &item.key else {
                        return fail(&item.value, "`**` in a dict display bound to a shared dict is not supported");
                    };
                    // Python evaluates each key, then its value.
                    let key = self.operand_local(frame, key, out, line)?;
                    let item_value = self.operand_local(frame, &item.value, out, line)?;
                    pairs.push((key, item_value));
                }
                pairs
                    .into_iter()
                    .map(|(key, item_value)| {
                        Step::new("set", Node::Quoted(format!("{shared}[{key}] = {item_value}")), line)
                    })
                    .collect()
            }
            (Expr::Call(_), _) => Vec::new(),
            _ => {
                let was = if dense { "a list" } else { "a dict" };
                return fail(
                    value,
                    format!("this binds {was} weft follows to another kind of object, which weft does not model"),
                );
            }
        };
        let mut steps = emptied(shared, dense, line);
        steps.extend::<Vec<Step>>(writes);
        out.push(Step::new("atomic", Node::Steps(steps), line));
        Ok(())
    }
}

impl Translator<'_> {
    /// `items = items + [a, b]` (or `[a, b] + items`) of a shared list: Python reads the old list
    /// whole into the new one (one step, a copy into a list of the task's own here), evaluates the
    /// display (before the read for `[a, b] + items`), then stores the new list (a second step, which
    /// empties the shared map and writes the copy and the items). An append between the two steps
    /// went to the old list, which the store drops: lost in both.
    fn concatenated(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        display: &[Expr],
        own_first: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let mut items = Vec::with_capacity(display.len());
        if !own_first {
            for element in display {
                items.push(self.operand_local(frame, element, out, line)?);
            }
        }
        let snapshot = self.temporary(frame.task, "snapshot");
        let index = self.temporary(frame.task, "k");
        // `size` of the task's own list (an object), `len` of the shared one.
        let copy_into = |(into, into_length): (&str, &str), from: &str, length: &str| {
            let copy = vec![
                Step::new("set", Node::Quoted(format!("{into}[{into_length}] = {from}[{index}]")), line),
                Step::new("let", Node::Quoted(format!("{index} = {index} + 1")), line),
            ];
            vec![
                Step::new("let", Node::Quoted(format!("{index} = 0")), line),
                while_step(format!("{index} < {length}"), copy, line),
            ]
        };
        let mut read = vec![Step::new("let", Node::Quoted(format!("{snapshot} = new_list()")), line)];
        let snapshot_length = format!("size({snapshot})");
        let shared_length = format!("len({shared})");
        read.extend(copy_into((&snapshot, &snapshot_length), shared, &shared_length));
        out.push(Step::new("atomic", Node::Steps(read), line));
        if own_first {
            for element in display {
                items.push(self.operand_local(frame, element, out, line)?);
            }
        }
        let mut store = emptied(shared, true, line);
        let added: Vec<Step> = items.iter().map(|item| appended(shared, item, line)).collect();
        let copied = copy_into((shared, &shared_length), &snapshot, &snapshot_length);
        if own_first {
            store.extend(copied);
            store.extend(added);
        } else {
            store.extend(added);
            store.extend(copied);
        }
        out.push(Step::new("atomic", Node::Steps(store), line));
        Ok(())
    }
}

/// Every item of a shared list (from the end) or every key of a shared dict deleted, inside the
/// caller's `atomic`.
fn emptied(shared: &str, dense: bool, line: u32) -> Vec<Step> {
    let doomed = if dense { format!("{shared}[len({shared}) - 1]") } else { format!("{shared}[key_at({shared}, 0)]") };
    vec![while_step(format!("len({shared}) > 0"), vec![Step::new("del", Node::Quoted(doomed), line)], line)]
}

fn appended(shared: &str, item: &str, line: u32) -> Step {
    Step::new("set", Node::Quoted(format!("{shared}[len({shared})] = {item}")), line)
}
