//! `failed = [f for f in done if f.exception() is not None]`: a list of the futures of a `wait`'s `done`
//! set that pass a test of their own state (session35/f06). CPython makes the list in the set's order
//! (the futures' addresses: any order), which weft does not keep as a list of futures; but the futures
//! of `done` have finished, so the test (`f.exception()`, `f.done()`, `f.cancelled()`, compared with
//! None, `not`, `and`, `or`) gives each of them the same answer whenever it is asked. So the list is
//! not made: each place that walks it walks `done` with the test, in the order a walk of `done` takes
//! (and under the checks such a walk has, done_orders.rs):
//!
//! - `for g in failed: BODY` is `for g in done: if TEST: BODY`;
//! - `[E for g in failed]` among the arguments of `print` (whose text weft does not keep) is
//!   `[E for g in done if TEST]`.
//!
//! Taken only where that is exact: the list is bound once, at the top of its function (or module), and
//! read only as the iterable of such a walk (at module level, by no function); `done` is bound once
//! and never changed (no `pop`), and its futures' exceptions cannot raise CancelledError when read
//! (nothing cancelled a future before the list is made). Anything else keeps the refusal of a list
//! made from a set.

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::done_orders::{collect_bindings, name_loads};
use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::value::Value;

/// The walk a filtered list stands for: the set's expression, the comprehension's variable and its
/// tests.
#[derive(Debug, Clone)]
pub(super) struct FilteredSet {
    set: Expr,
    variable: String,
    tests: Vec<Expr>,
}

impl Translator<'_> {
    /// `NAME = [f for f in done if TEST]` of the module comment: noted, and no step; false for any other
    /// assignment.
    pub(super) fn filtered_future_set(&mut self, frame: &mut Frame, assign: &ast::StmtAssign) -> Result<bool> {
        let [Expr::Name(target)] = &assign.targets[..] else { return Ok(false) };
        let Expr::ListComp(comprehension) = &*assign.value else { return Ok(false) };
        let [generator] = &comprehension.generators[..] else { return Ok(false) };
        let (Expr::Name(variable), Expr::Name(element), Expr::Name(set)) =
            (&generator.target, &*comprehension.elt, &generator.iter)
        else {
            return Ok(false);
        };
        if generator.is_async || variable.id != element.id || frame.dynamic > 0 {
            return Ok(false);
        }
        let finished_set = matches!(
            self.expr(frame, &generator.iter, false),
            Ok(Ex::Static(Value::FirstCompleted { pending: false, popped: false, .. } | Value::FutureSet(..)))
        );
        let reads_exceptions_safely = self.futures.cancelled.is_empty();
        if !finished_set
            || !generator.ifs.iter().all(|test| state_test(test, variable.id.as_str(), reads_exceptions_safely))
        {
            return Ok(false);
        }
        let name = target.id.as_str();
        let Some(body) = self.enclosing_body(frame) else { return Ok(false) };
        let bound_once = |bound: &str| {
            let mut bindings = Vec::new();
            collect_bindings(body, bound, &mut bindings);
            bindings.len() == 1
        };
        let read_elsewhere = frame.module_level && self.functions.values().any(|def| name_loads(&def.body, name) > 0);
        if !bound_once(name)
            || !bound_once(set.id.as_str())
            || set_changed(body, set.id.as_str())
            || frame.globals_declared.contains(name)
            || read_elsewhere
            || !only_walked(body, name)
        {
            return Ok(false);
        }
        let filtered = FilteredSet {
            set: generator.iter.clone(),
            variable: variable.id.to_string(),
            tests: generator.ifs.clone(),
        };
        self.futures.filtered_sets.insert((frame.task, name.to_string()), filtered);
        Ok(true)
    }

    /// `for g in failed:` of a filtered list: `for g in done: if TEST: BODY`; `None` for another loop.
    pub(super) fn filtered_set_for(&self, frame: &Frame, looping: &ast::StmtFor) -> Option<ast::StmtFor> {
        let Expr::Name(list) = &*looping.iter else { return None };
        let Expr::Name(variable) = &*looping.target else { return None };
        let filtered = self.futures.filtered_sets.get(&(frame.task, list.id.to_string()))?;
        let range = looping.range;
        let test = filtered.test_of(variable.id.as_str(), range);
        let guarded = Stmt::If(ast::StmtIf {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            test: Box::new(test),
            body: looping.body.clone(),
            elif_else_clauses: Vec::new(),
        });
        Some(ast::StmtFor { iter: Box::new(filtered.set.clone()), body: vec![guarded].into(), ..looping.clone() })
    }

    /// `[E for g in failed]` of a filtered list: `[E for g in done if TEST]`; `None` for another
    /// comprehension.
    pub(super) fn filtered_set_comprehension(
        &self,
        frame: &Frame,
        comprehension: &ast::ExprListComp,
    ) -> Option<ast::ExprListComp> {
        let [generator] = &comprehension.generators[..] else { return None };
        let (Expr::Name(list), Expr::Name(variable)) = (&generator.iter, &generator.target) else { return None };
        let filtered = self.futures.filtered_sets.get(&(frame.task, list.id.to_string()))?;
        let mut ifs = vec![filtered.test_of(variable.id.as_str(), generator.range)];
        ifs.extend(generator.ifs.iter().cloned());
        let generator = ast::Comprehension { iter: filtered.set.clone(), ifs, ..generator.clone() };
        Some(ast::ExprListComp { generators: vec![generator], ..comprehension.clone() })
    }
}

impl FilteredSet {
    /// The tests, joined by `and`, over `variable` in place of the comprehension's.
    fn test_of(&self, variable: &str, range: ruff_text_size::TextRange) -> Expr {
        let renamed: Vec<Expr> = self
            .tests
            .iter()
            .map(|test| {
                let mut test = test.clone();
                Rename { from: &self.variable, to: variable }.visit_expr(&mut test);
                test
            })
            .collect();
        match &renamed[..] {
            [] => Expr::BooleanLiteral(ast::ExprBooleanLiteral {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                value: true,
            }),
            [one] => one.clone(),
            _ => Expr::BoolOp(ast::ExprBoolOp {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                op: ast::BoolOp::And,
                values: renamed,
            }),
        }
    }
}

/// A test of the future `variable`'s own state, fixed once it has finished: `f.exception()` (where no
/// future is cancelled: it raises CancelledError on one), `f.done()`, `f.cancelled()`, compared with
/// None by `is`/`is not`, under `not`, `and`, `or`.
fn state_test(test: &Expr, variable: &str, reads_exceptions: bool) -> bool {
    let state = |expr: &Expr| {
        let Expr::Call(call) = expr else { return false };
        let Expr::Attribute(method) = &*call.func else { return false };
        let allowed = match method.attr.as_str() {
            "exception" => reads_exceptions,
            "done" | "cancelled" => true,
            _ => false,
        };
        allowed
            && call.arguments.is_empty()
            && matches!(&*method.value, Expr::Name(name) if name.id.as_str() == variable)
    };
    match test {
        Expr::UnaryOp(operation) if operation.op == ast::UnaryOp::Not => {
            state_test(&operation.operand, variable, reads_exceptions)
        }
        Expr::BoolOp(operation) => operation.values.iter().all(|value| state_test(value, variable, reads_exceptions)),
        Expr::Compare(comparison) => {
            matches!(
                (&comparison.ops[..], &comparison.comparators[..]),
                ([ast::CmpOp::Is | ast::CmpOp::IsNot], [Expr::NoneLiteral(_)])
            ) && state(&comparison.left)
        }
        other => state(other),
    }
}

/// Whether `body` changes the set `name` (a method call on it: `pop`, `discard`, `add`, ...).
fn set_changed(body: &[Stmt], name: &str) -> bool {
    struct Changes<'n>(&'n str, bool);
    impl<'a> Visitor<'a> for Changes<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(attribute) = expr
                && matches!(&*attribute.value, Expr::Name(set) if set.id.as_str() == self.0)
            {
                self.1 = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut changes = Changes(name, false);
    changes.visit_body(body);
    changes.1
}

/// Whether every read of `name` in `body` is a walk the module comment lists: the iterable of a `for`,
/// or of a list comprehension among the arguments of `print`.
fn only_walked(body: &[Stmt], name: &str) -> bool {
    struct Walks<'n> {
        name: &'n str,
        walks: usize,
        printing: usize,
    }
    impl Walks<'_> {
        fn is_it(&self, expr: &Expr) -> bool {
            matches!(expr, Expr::Name(read) if read.id.as_str() == self.name)
        }
    }
    impl<'a> Visitor<'a> for Walks<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::For(looping) = stmt
                && self.is_it(&looping.iter)
            {
                self.walks += 1;
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Call(call) if matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "print") => {
                    self.printing += 1;
                    walk_expr(self, expr);
                    self.printing -= 1;
                    return;
                }
                Expr::ListComp(comprehension)
                    if self.printing > 0
                        && matches!(&comprehension.generators[..], [generator] if self.is_it(&generator.iter)) =>
                {
                    self.walks += 1;
                }
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    let mut walks = Walks { name, walks: 0, printing: 0 };
    walks.visit_body(body);
    walks.walks == name_loads(body, name)
}

/// Renames the reads of one name.
struct Rename<'n> {
    from: &'n str,
    to: &'n str,
}

impl Transformer for Rename<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(name) = expr
            && name.id.as_str() == self.from
        {
            name.id = ast::name::Name::new(self.to);
        }
        transform_walk_expr(self, expr);
    }
}
