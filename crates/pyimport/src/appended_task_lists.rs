//! Lists of tasks begun by a comprehension and grown afterwards (session28/a01: `workers =
//! [asyncio.create_task(fetcher(q)) for _ in range(2)]`, then `workers.append(asyncio.create_task(sink(q)))`,
//! later `for w in workers: w.cancel()` and `gather(*workers)`). The translator follows a list of tasks
//! grown one `append` at a time in a loop it unrolls (each item a future of its own, translate.rs's
//! `append` of a list) and a comprehension's list of tasks as one array of fixed length; the two do not
//! meet, so before translation such a comprehension becomes the loop of appends Python runs
//! (looped_comprehensions.rs: `workers = []`, then `for x in ITER: workers.append(create_task(...))`,
//! its variables renamed apart as a comprehension's own scope keeps them).
//!
//! The same holds for `workers += [create_task(...) for ...]` and `workers.extend(<comprehension or
//! generator of task starts>)`: `list.extend` of a list computes the whole list first, then appends it,
//! but a task only begins to run when its creator awaits, so nothing can see the list between the two;
//! and the generator form appends each item before making the next, the same loop.
//!
//! A comprehension of tasks with an `if` (session25/a04: `ok = [tg.create_task(validate(k, v)) for k, v
//! in form.items() if v]`) is that loop too, its `if` decided at import time where its value is known
//! then. Only the comprehension's own list changes form: a comprehension of tasks without `if` that
//! nothing grows keeps its array (the form every other use of it was written for). The loop is unrolled at import time where
//! its items are known then; elsewhere the translator refuses the `append` in a loop it runs.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use crate::looped_comprehensions::{appending_loop, comprehension_as_loop};
use crate::syntax::{BlockRewrite, as_list_comprehension, rewrite_inner_blocks};

/// The calls that begin a task or a job and give its future.
const TASK_STARTS: [&str; 3] = ["create_task", "ensure_future", "submit"];

/// Rewrites every block of the module, in place.
pub fn rewrite_appended_task_lists(body: &mut ast::Suite) {
    AppendedTaskLists.block(body);
}

struct AppendedTaskLists;

impl BlockRewrite for AppendedTaskLists {
    fn statement(&mut self, mut stmt: Stmt) -> Vec<Stmt> {
        rewrite_inner_blocks(&mut stmt, self);
        vec![stmt]
    }

    fn block<Block>(&mut self, block: &mut Block)
    where
        Block: Default + IntoIterator<Item = Stmt> + FromIterator<Stmt>,
    {
        let statements: Vec<Stmt> = std::mem::take(block).into_iter().flat_map(|stmt| self.statement(stmt)).collect();
        let mut out = Vec::with_capacity(statements.len());
        for (index, stmt) in statements.iter().enumerate() {
            if let Some((list, comprehension)) = task_list_made(stmt)
                && (grown(&list, &statements[index + 1..]) || has_tests(&comprehension))
            {
                out.extend(comprehension_as_loop(&comprehension, &list));
            } else if let Some((list, comprehension)) = task_list_extended(stmt) {
                out.extend(appending_loop(&comprehension, &list));
            } else {
                out.push(stmt.clone());
            }
        }
        *block = out.into_iter().collect();
    }
}

/// `(NAME, comprehension)` of `NAME = [<task start> for ...]`.
fn task_list_made(stmt: &Stmt) -> Option<(String, ast::ExprListComp)> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = assign.targets.as_slice() else { return None };
    let Expr::ListComp(comprehension) = &*assign.value else { return None };
    starts_tasks(comprehension).then(|| (target.id.to_string(), comprehension.clone()))
}

/// `(NAME, comprehension)` of `NAME += [<task start> for ...]` or `NAME.extend(<comprehension or
/// generator of task starts>)`.
fn task_list_extended(stmt: &Stmt) -> Option<(String, ast::ExprListComp)> {
    let (target, value) = match stmt {
        Stmt::AugAssign(assign) if assign.op == ast::Operator::Add && matches!(&*assign.value, Expr::ListComp(_)) => {
            (&*assign.target, &*assign.value)
        }
        Stmt::Expr(ast::StmtExpr { value, .. }) => {
            let Expr::Call(call) = &**value else { return None };
            let Expr::Attribute(method) = &*call.func else { return None };
            let [argument] = &call.arguments.args[..] else { return None };
            if method.attr.as_str() != "extend" || !call.arguments.keywords.is_empty() {
                return None;
            }
            (&*method.value, argument)
        }
        _ => return None,
    };
    let Expr::Name(list) = target else { return None };
    let comprehension = as_list_comprehension(value)?;
    starts_tasks(&comprehension).then(|| (list.id.to_string(), comprehension))
}

/// Whether each element of the comprehension begins a task (`asyncio.create_task(f(x))`,
/// `ensure_future`, `ex.submit`), over plain `for`s.
fn starts_tasks(comprehension: &ast::ExprListComp) -> bool {
    let Expr::Call(call) = &*comprehension.elt else { return false };
    let Expr::Attribute(method) = &*call.func else { return false };
    TASK_STARTS.contains(&method.attr.as_str()) && comprehension.generators.iter().all(|generator| !generator.is_async)
}

/// Whether the comprehension has an `if` (`[tg.create_task(check(k, v)) for k, v in form.items() if
/// v]`): the translator's array of tasks has a length fixed where it is made, and the loop's `if`s are
/// decided where their values are known at import time (a test known only at run time keeps its
/// refusal, at the `append`).
fn has_tests(comprehension: &ast::ExprListComp) -> bool {
    comprehension.generators.iter().any(|generator| !generator.ifs.is_empty())
}

/// Whether a later statement of the block (or a block inside one) grows the list `list`:
/// `list.append(...)`, `list.extend(...)`, `list.insert(...)` or `list += ...`.
fn grown(list: &str, later: &[Stmt]) -> bool {
    let mut finder = GrowthFinder { list, found: false };
    for stmt in later {
        finder.visit_stmt(stmt);
    }
    finder.found
}

struct GrowthFinder<'a> {
    list: &'a str,
    found: bool,
}

impl<'a> Visitor<'a> for GrowthFinder<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::AugAssign(assign) = stmt
            && matches!(&*assign.target, Expr::Name(target) if target.id.as_str() == self.list)
        {
            self.found = true;
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && let Expr::Attribute(method) = &*call.func
            && matches!(method.attr.as_str(), "append" | "extend" | "insert")
            && matches!(&*method.value, Expr::Name(receiver) if receiver.id.as_str() == self.list)
        {
            self.found = true;
        }
        walk_expr(self, expr);
    }
}
