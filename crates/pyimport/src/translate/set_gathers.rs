//! `await asyncio.gather(*pending, return_exceptions=True)` over the `not_done` set of
//! `asyncio.wait(..., return_when=FIRST_COMPLETED)` (session26/a03, session27/a05: the tasks left are
//! cancelled, then gathered so that their clean-up has run).
//!
//! CPython 3.11's `gather(*coros_or_futures)` gives its results in the order of its arguments, and
//! `*pending` hands it the set's items in the order of the set's hash table, which for tasks is their
//! addresses: any order, fixed by nothing the program says. With `return_exceptions=True` every task's
//! outcome goes into the list (its value, its exception, or the CancelledError of a cancelled task) and
//! nothing raises, so the list is exactly what this loop makes:
//!
//! ```python
//! results = []
//! for t in pending:
//!     try:
//!         results.append(await t)
//!     except (Exception, asyncio.CancelledError) as e:
//!         results.append(e)
//! ```
//!
//! and the `gather` is translated as that loop. The loop over `not_done` takes the set in every order,
//! each a value of the policy's choices (wait_pending_loops.rs), so `weft explore` lists the lists of
//! every order: a superset of CPython's. As `gather` does, the loop ends only when every task has ended;
//! the list is a local of the coroutine (a name bound by `global` is refused), which nothing else reads
//! while it fills. Without `return_exceptions=True`, `gather` raises the first exception in the order
//! the tasks end, not the set's: that stays refused (coroutines.rs).

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// `[NAME =] await asyncio.gather(*pending, return_exceptions=True)` over `wait(FIRST_COMPLETED)`'s
    /// `not_done`: translated as the loop of the module comment. `Ok(false)` for any other statement.
    pub(super) fn gather_of_pending_set(
        &mut self,
        frame: &mut Frame,
        stmt: &Stmt,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let (target, value) = match stmt {
            Stmt::Expr(expression) => (None, &*expression.value),
            Stmt::Assign(assign) => match &assign.targets[..] {
                [Expr::Name(name)] => (Some(name), &*assign.value),
                _ => return Ok(false),
            },
            _ => return Ok(false),
        };
        let Expr::Await(awaited) = value else { return Ok(false) };
        let Expr::Call(call) = &*awaited.value else { return Ok(false) };
        // `asyncio.gather`, by an attribute of the module whose `CancelledError` the loop names.
        let Expr::Attribute(callee) = &*call.func else { return Ok(false) };
        if self.module_callee(frame, call).as_deref() != Some("asyncio.gather") || !frame.coroutine {
            return Ok(false);
        }
        let [Expr::Starred(starred)] = &call.arguments.args[..] else { return Ok(false) };
        let returns_exceptions = matches!(&call.arguments.keywords[..], [keyword]
            if keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "return_exceptions")
                && matches!(&keyword.value, Expr::BooleanLiteral(flag) if flag.value));
        if !returns_exceptions {
            return Ok(false);
        }
        let Ok(Ex::Static(Value::FirstCompleted { pending: true, done, .. })) = self.expr(frame, &starred.value, false)
        else {
            return Ok(false);
        };
        if let Some(name) = target
            && (frame.module_level || frame.globals_declared.contains(name.id.as_str()))
        {
            return Ok(false);
        }
        let range = stmt_range(stmt);
        let task_name = self.fresh_temporary(frame.task, "gathered_task");
        let error_name = self.fresh_temporary(frame.task, "gathered_error");
        let load = |id: &str| name_expression(id, range, ast::ExprContext::Load);
        let appended = |item: Expr| match target {
            Some(list) => statement(call_of(call, attribute(load(list.id.as_str()), "append", range), vec![item])),
            None => Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range }),
        };
        let awaited_task = Expr::Await(ast::ExprAwait {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Box::new(load(&task_name)),
        });
        let ran = match target {
            Some(_) => appended(awaited_task),
            None => statement(awaited_task),
        };
        let guarded = crate::syntax::outcome_try(ran, &callee.value, &error_name, appended(load(&error_name)), range);
        let looping = Stmt::For(ast::StmtFor {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            is_async: false,
            target: Box::new(name_expression(&task_name, range, ast::ExprContext::Store)),
            iter: starred.value.clone(),
            body: vec![guarded].into(),
            orelse: Vec::new().into(),
        });
        let mut statements = Vec::new();
        if let Some(list) = target {
            let empty = Expr::List(ast::ExprList {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                elts: Vec::new(),
                ctx: ast::ExprContext::Load,
            });
            statements.push(Stmt::Assign(ast::StmtAssign {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                targets: vec![name_expression(list.id.as_str(), range, ast::ExprContext::Store)],
                value: Box::new(empty),
            }));
        }
        statements.push(looping);
        // The handler keeps the exception as a value, as `gather` puts it in its list, whether or not the
        // program reads exceptions elsewhere (exception_values.rs).
        let reads_exceptions = std::mem::replace(&mut self.exception_values, true);
        let translated = self.block(frame, &statements, out, next_line);
        self.exception_values = reads_exceptions;
        translated?;
        // Made on every run of the code around it (not in an `if` or loop the scenario runs), the list
        // is the gather's wherever a later `zip` reads it (gathered_outcome_zips.rs).
        if let Some(list) = target
            && frame.dynamic == 0
        {
            self.note_gathered_outcomes(frame.task, list.id.as_str(), &done, &callee.value);
        }
        Ok(true)
    }
}

fn stmt_range(stmt: &Stmt) -> TextRange {
    ruff_text_size::Ranged::range(stmt)
}

fn name_expression(id: &str, range: TextRange, ctx: ast::ExprContext) -> Expr {
    Expr::Name(ast::ExprName { node_index: ast::AtomicNodeIndex::default(), range, id: ast::name::Name::new(id), ctx })
}

fn attribute(value: Expr, attr: &str, range: TextRange) -> Expr {
    Expr::Attribute(ast::ExprAttribute {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(value),
        attr: ast::Identifier::new(attr, range),
        ctx: ast::ExprContext::Load,
    })
}

/// A call of `func` with `args`, made from `like`, another call (its position and node data).
fn call_of(like: &ast::ExprCall, func: Expr, args: Vec<Expr>) -> Expr {
    let mut arguments = like.arguments.clone();
    arguments.args = args.into_boxed_slice();
    arguments.keywords.clear();
    Expr::Call(ast::ExprCall { func: Box::new(func), arguments, ..like.clone() })
}

fn statement(value: Expr) -> Stmt {
    let range = ruff_text_size::Ranged::range(&value);
    Stmt::Expr(ast::StmtExpr { node_index: ast::AtomicNodeIndex::default(), range, value: Box::new(value) })
}
