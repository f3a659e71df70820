//! A list of coroutine objects handed on at once, before translation: `coros = [fetch(u) for u in urls]`
//! then `await asyncio.gather(*coros)` (or `asyncio.as_completed(coros)`) is the same program as
//! `await asyncio.gather(*[fetch(u) for u in urls])`, because a coroutine object does nothing until
//! something wraps it in a task. The translator follows lists of futures, not lists of coroutine objects
//! (which may never run: a list nobody awaits is the "coroutine was never awaited" bug), so the list is
//! written into its one use, done on the syntax tree.
//!
//! Only where nothing can tell the two programs apart: the list is assigned to a plain name in the very
//! statement before its use, by a display or a comprehension whose items are calls of the module's
//! `async def`s or of `asyncio.to_thread` (a display may also hold futures, `loop.run_in_executor(...)`
//! or `asyncio.create_task(...)`, started one statement later, with nothing between), and the name is
//! read exactly once in the function, inside that next statement, as `*name` of a call or a call's
//! argument. `gather(*[a(), b()])` becomes `gather(a(), b())`.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr as walk_read};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// Rewrites every function of the module (methods too) in place.
pub fn inline_coroutine_lists(body: &mut [Stmt]) {
    let coroutines = async_functions(body);
    if coroutines.is_empty() {
        return;
    }
    let declared = declared_names(body);
    crate::blocks::for_each_async_def(body, |def| inline_in_function(def, (&coroutines, &declared)));
}

/// The names any `global` or `nonlocal` statement of the module declares.
fn declared_names(body: &[Stmt]) -> BTreeSet<String> {
    struct Walk(BTreeSet<String>);
    impl<'a> Visitor<'a> for Walk {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Global(global) => self.0.extend(global.names.iter().map(|name| name.to_string())),
                Stmt::Nonlocal(nonlocal) => self.0.extend(nonlocal.names.iter().map(|name| name.to_string())),
                _ => {}
            }
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }
    }
    let mut walk = Walk(BTreeSet::new());
    walk.visit_body(body);
    walk.0
}

/// The module's `async def` names (functions and methods: `self.fetch(...)` is matched by its name).
pub(crate) fn async_functions(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(def) if def.is_async => {
                names.insert(def.name.to_string());
            }
            Stmt::ClassDef(class) => {
                for inner in &class.body {
                    if let Stmt::FunctionDef(def) = inner
                        && def.is_async
                    {
                        names.insert(def.name.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    names
}

/// The module's `async def`s, and the names some function of it declares `global` or `nonlocal`.
type Names<'n> = (&'n BTreeSet<String>, &'n BTreeSet<String>);

fn inline_in_function(def: &mut ast::StmtFunctionDef, names: Names<'_>) {
    let reads = name_reads(&def.body);
    let stores = name_stores(&def.body);
    inline_in_block(&mut def.body[..], names, &reads, &stores);
}

/// The statement lists of a block, nested ones first, then the block's own pairs.
fn inline_in_block(block: &mut [Stmt], names: Names<'_>, reads: &Counts, stores: &Counts) {
    let (coroutines, _) = names;
    for stmt in block.iter_mut() {
        for inner in crate::blocks::nested_blocks(stmt) {
            inline_in_block(inner, names, reads, stores);
        }
    }
    let mut index = 0;
    while index + 1 < block.len() {
        let Some((name, value)) = coroutine_list(&block[index], coroutines) else {
            index += 1;
            continue;
        };
        if reads.count(&name) != 1 || stores.count(&name) != 1 {
            index += 1;
            continue;
        }
        // The statement that hands the list on: the next one, or a later one of the same block when the
        // list's items come out the same there (`deferrable`).
        let Some(use_at) = (index + 1..block.len()).find(|&at| reads_name_once(&block[at], &name)) else {
            index += 1;
            continue;
        };
        if use_at > index + 1 && !deferrable(&value, &block[index + 1..use_at], names) {
            index += 1;
            continue;
        }
        let replacer = Inline { name: &name, value: &value };
        replacer.visit_stmt(&mut block[use_at]);
        // The assignment goes; `pass` keeps the block's shape (and a body never empties).
        let range = ruff_text_size::Ranged::range(&block[index]);
        block[index] = Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range });
        index = use_at + 1;
    }
}

/// Whether a list of coroutine objects (`[job(gate, n, d) for n, d in (("a", 1), ("b", 2))]`) made before
/// `between` is the same list when made after it (session30/a09: the list built, a task started and a
/// name bound, then `as_completed(coros)`). Making a coroutine object runs none of its code, so only
/// what the list reads could differ: its items must be calls of the module's `async def`s whose
/// arguments are constants or names, over a comprehension's iterable that is a constant display or a
/// `range` of such, with no test, and no name it reads may be bound by `between` or declared `global` or
/// `nonlocal` anywhere (a call in `between` could rebind it). A name holds the same object either way,
/// which is all a coroutine's argument keeps.
fn deferrable(value: &Expr, between: &[Stmt], (coroutines, declared): Names<'_>) -> bool {
    let mut read = Vec::new();
    let simple_call = |expr: &Expr, read: &mut Vec<String>| -> bool {
        let Expr::Call(call) = expr else { return false };
        if !matches!(&*call.func, Expr::Name(_)) || !is_coroutine_call(call, coroutines) {
            return false;
        }
        let arguments = call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|keyword| &keyword.value));
        arguments.into_iter().all(|argument| simple_value(argument, read))
    };
    let items_simple = match value {
        Expr::List(list) => list.elts.iter().all(|item| simple_call(item, &mut read)),
        Expr::ListComp(comprehension) => {
            let [generator] = &comprehension.generators[..] else { return false };
            let mut targets = Vec::new();
            let targets_simple = simple_value(&generator.target, &mut targets);
            let mut element_reads = Vec::new();
            let simple = targets_simple
                && generator.ifs.is_empty()
                && !generator.is_async
                && constant_iterable(&generator.iter, &mut read)
                && simple_call(&comprehension.elt, &mut element_reads);
            read.extend(element_reads.into_iter().filter(|name| !targets.contains(name)));
            simple
        }
        _ => false,
    };
    if !items_simple {
        return false;
    }
    let bound = names_by_context(between, false);
    read.iter().all(|name| bound.count(name) == 0 && !declared.contains(name))
}

/// A constant, a name (noted in `read`), or a tuple or list display of such.
pub(crate) fn simple_value(expr: &Expr, read: &mut Vec<String>) -> bool {
    match expr {
        Expr::Name(name) => {
            read.push(name.id.to_string());
            true
        }
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            elts.iter().all(|element| simple_value(element, read))
        }
        other => crate::syntax::is_constant(other),
    }
}

/// A display of constants (`(("a", 0.003), ("b", 0.001))`), or `range(...)` of constants and names.
pub(crate) fn constant_iterable(expr: &Expr, read: &mut Vec<String>) -> bool {
    match expr {
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            let mut names = Vec::new();
            elts.iter().all(|element| simple_value(element, &mut names)) && names.is_empty()
        }
        Expr::Call(call) => {
            matches!(&*call.func, Expr::Name(range) if range.id.as_str() == "range")
                && call.arguments.keywords.is_empty()
                && call.arguments.args.iter().all(|argument| simple_value(argument, read))
        }
        _ => false,
    }
}

/// `name = [c(x) for x in ...]` or `name = [c(1), asyncio.to_thread(g, 2), ...]` with at least one
/// coroutine object among the items: the name and the list.
fn coroutine_list(stmt: &Stmt, coroutines: &BTreeSet<String>) -> Option<(String, Expr)> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let makes_coroutine = |item: &Expr| matches!(item, Expr::Call(call) if is_coroutine_call(call, coroutines));
    let holds_coroutines = match &*assign.value {
        Expr::ListComp(comprehension) => makes_coroutine(&comprehension.elt),
        Expr::List(list) => list.elts.iter().any(makes_coroutine),
        _ => false,
    };
    holds_coroutines.then(|| (target.id.to_string(), (*assign.value).clone()))
}

/// A call that makes a coroutine object: of an `async def` of the module (`fetch(u)`,
/// `self.fetch(u)`), or `asyncio.to_thread(...)`.
pub(crate) fn is_coroutine_call(call: &ast::ExprCall, coroutines: &BTreeSet<String>) -> bool {
    match &*call.func {
        Expr::Name(name) => coroutines.contains(name.id.as_str()),
        Expr::Attribute(attribute) => match &*attribute.value {
            Expr::Name(module) if module.id.as_str() == "asyncio" => attribute.attr.as_str() == "to_thread",
            Expr::Name(receiver) if receiver.id.as_str() == "self" => coroutines.contains(attribute.attr.as_str()),
            _ => false,
        },
        _ => false,
    }
}

/// How many times each name is read (or stored) in a function's body.
#[derive(Default)]
pub(crate) struct Counts(Vec<(String, usize)>);

impl Counts {
    fn add(&mut self, name: &str) {
        match self.0.iter_mut().find(|(known, _)| known == name) {
            Some((_, count)) => *count += 1,
            None => self.0.push((name.to_string(), 1)),
        }
    }

    pub(crate) fn count(&self, name: &str) -> usize {
        self.0.iter().find(|(known, _)| known == name).map_or(0, |(_, count)| *count)
    }
}

pub(crate) fn name_reads(body: &[Stmt]) -> Counts {
    names_by_context(body, true)
}

/// Stores, and `global`/`nonlocal` declarations (a name declared so is not the function's own).
pub(crate) fn name_stores(body: &[Stmt]) -> Counts {
    names_by_context(body, false)
}

fn names_by_context(body: &[Stmt], loads: bool) -> Counts {
    struct Walk {
        loads: bool,
        counts: Counts,
    }
    impl<'a> Visitor<'a> for Walk {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !self.loads {
                match stmt {
                    Stmt::Global(global) => global.names.iter().for_each(|name| self.counts.add(name.as_str())),
                    Stmt::Nonlocal(nonlocal) => nonlocal.names.iter().for_each(|name| self.counts.add(name.as_str())),
                    _ => {}
                }
            }
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.ctx.is_load() == self.loads
            {
                self.counts.add(name.id.as_str());
            }
            walk_read(self, expr);
        }
    }
    let mut walk = Walk { loads, counts: Counts::default() };
    walk.visit_body(body);
    walk.counts
}

/// Whether `stmt` reads `name` once, as `*name` among a call's arguments or as an argument.
fn reads_name_once(stmt: &Stmt, name: &str) -> bool {
    struct Walk<'n> {
        name: &'n str,
        as_argument: usize,
    }
    impl<'a> Visitor<'a> for Walk<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            // `asyncio.wait` of coroutine objects is a TypeError since Python 3.11: left to the translator.
            if let Expr::Call(call) = expr
                && !is_wait(&call.func)
            {
                for argument in &call.arguments.args {
                    let inner = match argument {
                        Expr::Starred(starred) => &*starred.value,
                        other => other,
                    };
                    if matches!(inner, Expr::Name(read) if read.id.as_str() == self.name) {
                        self.as_argument += 1;
                    }
                }
            }
            walk_read(self, expr);
        }
    }
    let mut walk = Walk { name, as_argument: 0 };
    walk.visit_stmt(stmt);
    walk.as_argument == 1
}

fn is_wait(func: &Expr) -> bool {
    match func {
        Expr::Name(name) => name.id.as_str() == "wait",
        Expr::Attribute(attribute) => attribute.attr.as_str() == "wait",
        _ => false,
    }
}

/// Writes the list into its use: `*name` of a display becomes its items, any other read the list.
struct Inline<'v> {
    name: &'v str,
    value: &'v Expr,
}

impl Inline<'_> {
    fn is_name(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(read) if read.id.as_str() == self.name)
    }
}

impl Transformer for Inline<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Call(call) = expr {
            let spliced = call.arguments.args.iter().any(|argument| {
                matches!(argument, Expr::Starred(starred) if self.is_name(&starred.value))
                    && matches!(self.value, Expr::List(_))
            });
            if spliced {
                let Expr::List(list) = self.value else { unreachable!("checked above") };
                let mut args = Vec::with_capacity(call.arguments.args.len() + list.elts.len());
                for argument in call.arguments.args.iter() {
                    match argument {
                        Expr::Starred(starred) if self.is_name(&starred.value) => {
                            args.extend(list.elts.iter().cloned())
                        }
                        other => args.push(other.clone()),
                    }
                }
                call.arguments.args = args.into_boxed_slice();
            }
        }
        if self.is_name(expr) {
            *expr = self.value.clone();
            return;
        }
        walk_expr(self, expr);
    }
}
