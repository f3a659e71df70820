//! The results of worker processes taken in a loop that does not depend on their order (session 29).
//!
//! Session 28 refuses a results queue that two processes put into between their takes from one work
//! queue (work_queue_orders.rs): weft's queue keeps an order of the results that CPython's feeder
//! threads need not keep. Where the program's state after taking the results is the same in every order
//! they come in, that order is not seen, and the form is imported. The take is order-free when:
//!
//! - one task takes from the results queue, at one place: `x = results.get(...)` (a name or a tuple of
//!   names) or `total += results.get(...)`, at the top of the body of a `for` or `while` loop that is
//!   in no other loop, in the module's code or in a function the file names once, outside every loop
//!   and comprehension (so the loop runs once: two loops, or one run twice, would split the results by
//!   their order);
//! - the names the take binds are read in the loop's body only and are no module global (whose final
//!   value would be the last item's): a function's locals, or a name the import made;
//! - every other statement of the body is one of done_orders.rs' order-free statements over those
//!   names: `total += E` into an integer only this code writes, `count += 1`, `best = max(best, E)`,
//!   `seen.add(E)`, `print(...)`, `if`/`else` of such, where E computes only with the item, names the
//!   body does not write, literals, tuples and `+ - *`;
//! - a `while` loop's test reads no name the body changes but by an integer literal (`taken < n`).
//!
//! A sum, an ordering (`max`, `<`) and a set's `add` of the items are order-free only when every item
//! is an integer: a float's sum rounds by its order, and a mix of types raises at the first odd item in
//! the order. Each `put` into the queue is classed by its form (PutKind): an integer literal or a value
//! known at import time, `len(...)`, `+ - * // %` of such, a name bound only to such or looping over
//! `range(...)`; arithmetic on an item taken from another queue is an integer when that queue's items
//! are integers or None (arithmetic on None raises before the `put`). Any other `put` leaves only the
//! loops that compute nothing with the items (counts, `==` tests, prints).
//!
//! Refused as before: a `break` on an item (the items after it are left by their order), an `append`
//! of the item (its list keeps the order), a store by the item's key (two results with one key: the
//! last wins), a module global bound to the item (session19/m04's `arg, out = results.get()`).

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Operator, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::done_orders::{Reads, collect_bindings, name_loads, target_names};
use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::{Object, Value};

/// A `get` of a multiprocessing queue, with what its use is.
pub(super) struct Take {
    queue: String,
    task: usize,
    call: TextRange,
    use_of_items: Option<OrderFree>,
}

/// How a take's loop is order-free (None in `Take`: it is not).
#[derive(Clone, Copy, PartialEq)]
enum OrderFree {
    /// It computes with the items (a sum, an ordering, a set's `add`): only where they are integers.
    WithIntegers,
    /// It computes nothing with them (counts, `==` tests, prints): whatever they are.
    WithAny,
}

/// What a `put` gives, for whether a queue's items are integers.
enum PutKind {
    /// An integer by its form, or known at import time.
    Integer,
    /// `None` (a sentinel).
    NoneValue,
    /// Arithmetic (`n * n`) of integers and of items taken from these queues: an integer when their
    /// items are integers or None (arithmetic on None raises before the `put`).
    ArithmeticOf(Vec<String>),
    /// An item taken from this queue, put as it is.
    ItemOf(String),
    Other,
}

/// The import's record of the takes and of the puts of each queue.
#[derive(Default)]
pub(crate) struct OrderFreeTakes {
    takes: Vec<Take>,
    puts: Vec<(String, PutKind)>,
}

impl Translator<'_> {
    /// Notes a `put` into `queue` of `item`: whether it is an integer by its form (module comment).
    pub(super) fn note_put_item(&mut self, frame: &Frame, queue: &str, item: &Expr) {
        let kind = match self.expr(frame, item, true) {
            Ok(Ex::Static(Value::Int(_))) => PutKind::Integer,
            Ok(Ex::Static(Value::None)) => PutKind::NoneValue,
            _ => {
                let body = self.enclosing_body(frame).unwrap_or(&[]);
                let mut taken = Vec::new();
                match item {
                    Expr::Name(name) if self.taken_from(frame, body, name.id.as_str()).is_some() => {
                        PutKind::ItemOf(self.taken_from(frame, body, name.id.as_str()).unwrap_or_default())
                    }
                    _ if self.integer_form(frame, item, body, &mut taken, 0) => match taken.is_empty() {
                        true => PutKind::Integer,
                        false => PutKind::ArithmeticOf(taken),
                    },
                    _ => PutKind::Other,
                }
            }
        };
        self.order_free_takes.puts.push((queue.to_string(), kind));
    }

    /// Whether every item put into `queue` is an integer (or None, where `none_allowed`); a queue whose
    /// items come back to it through others (`visiting`) is not known to be.
    fn queue_of_integers(&self, queue: &str, none_allowed: bool, visiting: &mut BTreeSet<String>) -> bool {
        if !visiting.insert(queue.to_string()) {
            return false;
        }
        let puts: Vec<&PutKind> =
            self.order_free_takes.puts.iter().filter(|(into, _)| into == queue).map(|(_, kind)| kind).collect();
        // No put seen: the items come some way the import does not follow.
        let integers = !puts.is_empty()
            && puts.into_iter().all(|kind| match kind {
                PutKind::Integer => true,
                PutKind::NoneValue => none_allowed,
                PutKind::ArithmeticOf(queues) => queues.iter().all(|from| self.queue_of_integers(from, true, visiting)),
                PutKind::ItemOf(from) => self.queue_of_integers(from, none_allowed, visiting),
                PutKind::Other => false,
            });
        visiting.remove(queue);
        integers
    }

    /// The queue `name` is taken from: every binding of it in `body` is `name = q.get(...)` of one
    /// queue `q`.
    fn taken_from(&self, frame: &Frame, body: &[Stmt], name: &str) -> Option<String> {
        let mut bindings = Vec::new();
        collect_bindings(body, name, &mut bindings);
        let mut queues = bindings.into_iter().map(|value| {
            let Expr::Call(call) = value? else { return None };
            let Expr::Attribute(method) = &*call.func else { return None };
            if !matches!(method.attr.as_str(), "get" | "get_nowait") {
                return None;
            }
            match self.expr(frame, &method.value, false) {
                Ok(Ex::Static(Value::Object(Object::Queue { name, .. }))) => Some(name),
                _ => None,
            }
        });
        let first = queues.next()??;
        queues.all(|queue| queue.as_deref() == Some(first.as_str())).then_some(first)
    }

    /// Whether `expr` is an integer by its form: an integer literal, `len(...)`, `+ - * // %` or a sign
    /// of such, or a name every binding of which in `body` is such; a name bound to an item of a queue
    /// inside arithmetic is that queue's, in `taken` (module comment).
    fn integer_form(&self, frame: &Frame, expr: &Expr, body: &[Stmt], taken: &mut Vec<String>, depth: usize) -> bool {
        const MAX_DEPTH: usize = 8;
        if depth > MAX_DEPTH {
            return false;
        }
        let mut integer = |inner: &Expr| self.integer_form(frame, inner, body, taken, depth + 1);
        match expr {
            Expr::NumberLiteral(number) => matches!(number.value, ast::Number::Int(_)),
            Expr::UnaryOp(operation) => {
                matches!(operation.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && integer(&operation.operand)
            }
            Expr::BinOp(operation) => {
                matches!(
                    operation.op,
                    Operator::Add | Operator::Sub | Operator::Mult | Operator::FloorDiv | Operator::Mod
                ) && integer(&operation.left)
                    && integer(&operation.right)
            }
            Expr::Call(call) => {
                matches!(&*call.func, Expr::Name(function) if function.id.as_str() == "len")
                    && call.arguments.args.len() == 1
                    && call.arguments.keywords.is_empty()
            }
            Expr::Name(name) if depth > 0 && self.taken_from(frame, body, name.id.as_str()).is_some() => {
                taken.extend(self.taken_from(frame, body, name.id.as_str()));
                true
            }
            Expr::Name(name) => {
                if let Ok(Ex::Static(Value::Int(_))) = self.expr(frame, expr, true) {
                    return true;
                }
                let mut bindings = Vec::new();
                collect_bindings(body, name.id.as_str(), &mut bindings);
                let range_loops = range_loops_over(body, name.id.as_str());
                !bindings.is_empty()
                    && (bindings.iter().all(Option::is_none) && range_loops == bindings.len()
                        || bindings.into_iter().all(|value| value.is_some_and(&mut integer)))
            }
            _ => false,
        }
    }

    /// Notes a `get` of `queue` by `call` in the code being translated, with whether its use is
    /// order-free.
    pub(super) fn note_queue_take(&mut self, frame: &Frame, queue: &str, call: TextRange) {
        let use_of_items = self.order_free_use(frame, call);
        let take = Take { queue: queue.to_string(), task: frame.task, call, use_of_items };
        self.order_free_takes.takes.push(take);
    }

    /// Whether every take of `results` is by one task, at one place, in a loop whose state does not
    /// depend on the order of the items (module comment); checked once every task is translated.
    pub(super) fn results_taken_order_free(&self, results: &str) -> bool {
        let mut takes = self.order_free_takes.takes.iter().filter(|take| take.queue == results);
        let Some(first) = takes.next() else { return false };
        let needed = match self.queue_of_integers(results, false, &mut BTreeSet::new()) {
            true => OrderFree::WithIntegers,
            false => OrderFree::WithAny,
        };
        let holds = |take: &Take| {
            take.task == first.task
                && take.call == first.call
                && matches!(take.use_of_items, Some(found) if found == needed || found == OrderFree::WithAny)
        };
        holds(first) && takes.all(holds)
    }

    /// How the take at `call`, at the top of a loop's body, is order-free (module comment).
    fn order_free_use(&self, frame: &Frame, call: TextRange) -> Option<OrderFree> {
        let body = self.enclosing_body(frame)?;
        if !frame.module_level && !self.runs_once() {
            return None;
        }
        let path = statement_path(body, call);
        let [.., looping, take] = &path[..] else { return None };
        if path[..path.len() - 2].iter().any(|outer| is_loop(outer)) {
            return None;
        }
        let (loop_body, orelse, test) = match looping {
            Stmt::For(looping) => (&looping.body[..], &looping.orelse[..], None),
            Stmt::While(looping) => (&looping.body[..], &looping.orelse[..], Some(&*looping.test)),
            _ => return None,
        };
        if !orelse.is_empty() || !loop_body.iter().any(|stmt| std::ptr::eq(stmt, *take)) {
            return None;
        }
        let items = self.item_names(frame, body, loop_body, take, call)?;
        if test.is_some_and(|test| !steady_test(test, loop_body)) {
            return None;
        }
        let judge = |may_mix: bool| self.order_free_body(frame, loop_body, take, &items, may_mix);
        if judge(true) { Some(OrderFree::WithAny) } else { judge(false).then_some(OrderFree::WithIntegers) }
    }

    /// The names the take binds, each read in the loop's body only and no global the final state
    /// shows; `total += q.get()` binds none. None when the take is of another form.
    fn item_names(
        &self,
        frame: &Frame,
        body: &[Stmt],
        loop_body: &[Stmt],
        take: &Stmt,
        call: TextRange,
    ) -> Option<BTreeSet<String>> {
        match take {
            Stmt::Assign(assign) if assign.value.range() == call => {
                let [target] = &assign.targets[..] else { return None };
                let names: BTreeSet<String> = target_names(target).into_iter().map(str::to_string).collect();
                let plain = matches!(target, Expr::Name(_))
                    || matches!(target, Expr::Tuple(tuple) if tuple.elts.iter().all(|item| matches!(item, Expr::Name(_))));
                let per_item = |name: &String| {
                    let mut bindings = Vec::new();
                    collect_bindings(loop_body, name, &mut bindings);
                    bindings.len() == 1
                        && name_loads(loop_body, name) == name_loads(body, name)
                        && (!frame.module_level || self.import_made(name))
                        && !frame.globals_declared.contains(name.as_str())
                };
                (plain && names.iter().all(per_item)).then_some(names)
            }
            Stmt::AugAssign(accumulation) if accumulation.value.range() == call => Some(BTreeSet::new()),
            _ => None,
        }
    }

    /// Whether every statement of the loop's body but the take is order-free over the items.
    fn order_free_body(
        &self,
        frame: &Frame,
        loop_body: &[Stmt],
        take: &Stmt,
        items: &BTreeSet<String>,
        may_mix: bool,
    ) -> bool {
        let written = super::done_orders::accumulated_names(loop_body);
        let stable = |name: &str| !written.contains(name) && !self.written_by_a_function(name);
        let reads = Reads {
            variable: "",
            per_item: items.clone(),
            stable: &stable,
            result_may_raise: false,
            exception_may_raise: false,
            result_may_mix: may_mix,
            body: loop_body,
            item_lookups: Vec::new(),
        };
        loop_body.iter().all(|stmt| match stmt {
            Stmt::AugAssign(accumulation) if std::ptr::eq(stmt, take) => {
                !may_mix && self.order_free_sum_target(frame, accumulation)
            }
            _ if std::ptr::eq(stmt, take) => true,
            Stmt::Expr(_) if may_mix && super::done_orders::set_add(stmt).is_some() => false,
            _ => self.order_free_statement(frame, stmt, &reads),
        })
    }

    /// `total += q.get()`: a sum into an integer only this code writes.
    fn order_free_sum_target(&self, frame: &Frame, accumulation: &ast::StmtAugAssign) -> bool {
        let Expr::Name(target) = &*accumulation.target else { return false };
        matches!(accumulation.op, Operator::Add | Operator::Sub)
            && self.written_here_only(frame, target.id.as_str())
            && self.starts_as_integer(frame, target.id.as_str())
    }

    /// Whether the function being translated runs once: the file names it once, outside every loop
    /// and comprehension.
    fn runs_once(&self) -> bool {
        let [function] = &self.call_stack[..] else { return false };
        mentions_outside_loops(self.module_body, function) == Some(1)
    }
}

/// A `while` test that reads no name the body changes, but counts (`+= 1`).
fn steady_test(test: &Expr, loop_body: &[Stmt]) -> bool {
    let written = super::done_orders::accumulated_names(loop_body);
    written.iter().all(|name| name_loads_expr(test, name) == 0 || only_counted(loop_body, name))
}

/// The statements from `body`'s down to the innermost one holding `range`, outermost first (not into
/// functions or classes it defines).
fn statement_path(body: &[Stmt], range: TextRange) -> Vec<&Stmt> {
    let holds = |stmt: &&Stmt| stmt.range().contains_range(range);
    let mut path = Vec::new();
    let mut block = body;
    while let Some(stmt) = block.iter().find(holds) {
        if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            break;
        }
        path.push(stmt);
        match inner_blocks(stmt).into_iter().find(|inner| inner.iter().any(|stmt| holds(&stmt))) {
            Some(inner) => block = inner,
            None => break,
        }
    }
    path
}

/// The blocks of statements directly inside `stmt`.
fn inner_blocks(stmt: &Stmt) -> Vec<&[Stmt]> {
    match stmt {
        Stmt::For(looping) => vec![&looping.body[..], &looping.orelse[..]],
        Stmt::While(looping) => vec![&looping.body[..], &looping.orelse[..]],
        Stmt::If(branch) => {
            let mut blocks = vec![&branch.body[..]];
            blocks.extend(branch.elif_else_clauses.iter().map(|clause| &clause.body[..]));
            blocks
        }
        Stmt::With(with) => vec![&with.body[..]],
        Stmt::Try(attempt) => {
            let mut blocks = vec![&attempt.body[..], &attempt.orelse[..], &attempt.finalbody[..]];
            blocks.extend(attempt.handlers.iter().map(|handler| {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                &handler.body[..]
            }));
            blocks
        }
        _ => Vec::new(),
    }
}

fn is_loop(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::For(_) | Stmt::While(_))
}

/// Whether every binding of `name` in `body` is `name += k` of an integer literal.
fn only_counted(body: &[Stmt], name: &str) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Counted<'n> {
        name: &'n str,
        counted: bool,
    }
    impl<'a> Visitor<'a> for Counted<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::AugAssign(accumulation) if matches!(&*accumulation.target, Expr::Name(target) if target.id.as_str() == self.name) =>
                {
                    self.counted &= matches!(accumulation.op, Operator::Add | Operator::Sub)
                        && matches!(&*accumulation.value, Expr::NumberLiteral(number) if matches!(number.value, ast::Number::Int(_)));
                }
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut bindings = Vec::new();
    collect_bindings(body, name, &mut bindings);
    let mut counted = Counted { name, counted: true };
    counted.visit_body(body);
    bindings.is_empty() && counted.counted
}

fn name_loads_expr(expr: &Expr, name: &str) -> usize {
    let statement = Stmt::Expr(ast::StmtExpr {
        node_index: ast::AtomicNodeIndex::default(),
        range: expr.range(),
        value: Box::new(expr.clone()),
    });
    name_loads(std::slice::from_ref(&statement), name)
}

/// How many times the file names `function` (called or passed), when no mention is inside a loop or a
/// comprehension; None when one is.
fn mentions_outside_loops(body: &[Stmt], function: &str) -> Option<usize> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Mentions<'n> {
        function: &'n str,
        depth: usize,
        outside: usize,
        inside: usize,
    }
    impl<'a> Visitor<'a> for Mentions<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let looping = is_loop(stmt);
            self.depth += usize::from(looping);
            walk_stmt(self, stmt);
            self.depth -= usize::from(looping);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            let looping = matches!(expr, Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_));
            if let Expr::Name(name) = expr
                && name.id.as_str() == self.function
                && name.ctx.is_load()
            {
                match self.depth {
                    0 => self.outside += 1,
                    _ => self.inside += 1,
                }
            }
            self.depth += usize::from(looping);
            walk_expr(self, expr);
            self.depth -= usize::from(looping);
        }
    }
    let mut mentions = Mentions { function, depth: 0, outside: 0, inside: 0 };
    mentions.visit_body(body);
    (mentions.inside == 0).then_some(mentions.outside)
}

/// How many `for name in range(...)` statements `body` has (not in the functions it defines).
fn range_loops_over(body: &[Stmt], name: &str) -> usize {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct RangeLoops<'n> {
        name: &'n str,
        count: usize,
    }
    impl<'a> Visitor<'a> for RangeLoops<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::For(looping) => {
                    let over_range = matches!(&*looping.iter, Expr::Call(call)
                        if matches!(&*call.func, Expr::Name(function) if function.id.as_str() == "range"));
                    let named = matches!(&*looping.target, Expr::Name(target) if target.id.as_str() == self.name);
                    self.count += usize::from(over_range && named);
                    walk_stmt(self, stmt);
                }
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut loops = RangeLoops { name, count: 0 };
    loops.visit_body(body);
    loops.count
}
