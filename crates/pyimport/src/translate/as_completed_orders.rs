//! The set `asyncio.as_completed` and `asyncio.wait` make of what they are given (session23/repro r01,
//! r02, r03; checks c143-c145b, c162). CPython 3.11's `as_completed` starts with
//! `todo = {ensure_future(f, loop=loop) for f in set(fs)}`, so:
//!
//! - over coroutines, each is wrapped in a task in the order of a set of the coroutine objects (their
//!   addresses): the tasks start in an order the program does not fix, where weft started them in the
//!   list's order (r02: CPython [2, 1, 0, ...], weft [0, 1, 2, ...] only, "complete"). Refused until
//!   session 29; since then started in every order, each a value of one choice (start_orders.rs).
//!   `asyncio.wait` over
//!   coroutines raises TypeError since 3.11 (3.8-3.10: a DeprecationWarning, and the set's order):
//!   refused with both said.
//! - over tasks already done when it is called, their `_on_completion` callbacks are scheduled at once,
//!   in the set's order, and the loop takes them in that order (r01: CPython [2, 0, 1], weft [0, 1, 2]
//!   only). A task is done only after the loop ran, so only after an `await` of the coroutine that
//!   started it: when no `await` stands between the tasks' start and the call, weft's model (watchers
//!   that put each task as it finishes) is CPython's. Otherwise the loop is taken only where its body
//!   is order-free, as for `wait`'s `done` set (done_orders.rs), and refused elsewhere.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

const DONE_TASKS_REFUSAL: &str = "a loop over `asyncio.as_completed` of tasks that may be done already (an `await`, or a loop around the call, stands between their start and the call) whose body depends on the order is not supported: CPython takes the tasks done when it is called in the order of a set of them (their addresses: any order), where weft would take them in the list's; call `as_completed` right after starting the tasks, or loop over the tasks in their own list (`for t in tasks: v = await t`), or sum into a local (`total += await t`)";

impl Translator<'_> {
    /// Refuses `asyncio.wait(argument)` (`waits`) over coroutine objects, which CPython refuses since
    /// 3.11; for `asyncio.as_completed(argument)`, whether it wraps several coroutines in tasks, which
    /// CPython does in a set's order: then they start in any order (start_orders.rs).
    pub(super) fn check_no_coroutines(&self, frame: &Frame, argument: &Expr, waits: bool) -> Result<bool> {
        let elements: Vec<&Expr> = match argument {
            Expr::List(list) => list.elts.iter().collect(),
            Expr::Set(set) => set.elts.iter().collect(),
            Expr::ListComp(comprehension) => vec![&*comprehension.elt],
            _ => return Ok(false),
        };
        let coroutines: Vec<&Expr> =
            elements.into_iter().filter(|element| self.is_coroutine_object(frame, element)).collect();
        let Some(&coroutine) = coroutines.first() else {
            return Ok(false);
        };
        // One coroutine among futures has no order against another coroutine: its task starts when
        // `as_completed` is called, whatever the set's order.
        let several = coroutines.len() > 1 || matches!(argument, Expr::ListComp(_));
        if waits {
            return fail(
                coroutine,
                "`asyncio.wait` over coroutines raises TypeError since Python 3.11 (\"Passing coroutines is forbidden, use tasks explicitly.\"), the CPython weft models; 3.8-3.10 only warn (DeprecationWarning) and wrap them in tasks in the order of a set of them, which no list fixes; start the tasks first (`tasks = [asyncio.create_task(job(n)) for n in ...]`) and wait for `tasks`",
            );
        }
        Ok(several)
    }

    /// A call that makes a coroutine object: an `async def` of this file, or `asyncio.to_thread(...)`.
    fn is_coroutine_object(&self, frame: &Frame, element: &Expr) -> bool {
        let Expr::Call(call) = element else {
            return false;
        };
        if self.is_to_thread(frame, call) {
            return true;
        }
        matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Function(name)))
            if self.functions.get(&name).is_some_and(|def| def.is_async))
    }

    /// `for v in asyncio.as_completed(tasks):` where some task may be done when it is called: the body
    /// must be order-free (module comment).
    pub(super) fn check_done_tasks_order(
        &self,
        frame: &Frame,
        looping: &ast::StmtFor,
        call: &ast::ExprCall,
    ) -> Result<()> {
        let for_line = self.source.line_of(looping.range.start());
        if !self.may_be_done_at(frame, &call.arguments.args[0], for_line) {
            return Ok(());
        }
        if let Expr::Name(variable) = &*looping.target
            && self.loop_body_is_order_free(frame, looping, variable.id.as_str())
        {
            return Ok(());
        }
        fail(&looping.range, DONE_TASKS_REFUSAL)
    }

    /// Whether a future `argument` holds may be done at line `for_line`: started before by this
    /// coroutine with an `await` (or `async for`/`async with`, or the start of a loop around the call)
    /// between, or started where the import does not know.
    fn may_be_done_at(&self, frame: &Frame, argument: &Expr, for_line: u32) -> bool {
        let holders: Vec<String> = match argument {
            // Calls start their task here; names are futures made before.
            Expr::List(ast::ExprList { elts, .. }) | Expr::Set(ast::ExprSet { elts, .. }) => {
                let mut holders = Vec::new();
                for element in elts {
                    if matches!(element, Expr::Call(_)) {
                        continue;
                    }
                    match self.expr(frame, element, false) {
                        Ok(Ex::Static(Value::Future(future))) => holders.push(future),
                        _ => return true,
                    }
                }
                holders
            }
            Expr::ListComp(_) => Vec::new(),
            _ => match self.expr(frame, argument, false) {
                Ok(Ex::Static(Value::Futures(futures, _))) => vec![futures],
                _ => return true,
            },
        };
        holders.iter().any(|future| {
            let lines = self.start_lines(frame.task, future);
            lines.is_empty() || lines.iter().any(|&start| self.suspends_between(start, for_line))
        })
    }

    /// Whether the lines from `start` up to (not with) `end` may let the loop run: an `await`, an
    /// `async for` or `async with`, or a loop's header less indented than line `end` (a loop around the
    /// call runs it again after its own awaits). A start after `end` (in a function defined below) is
    /// taken as one that may.
    fn suspends_between(&self, start: u32, end: u32) -> bool {
        if start > end {
            return true;
        }
        let lines: Vec<&str> = self.source.text.lines().collect();
        let indentation = |line: &str| line.len() - line.trim_start().len();
        let end_indentation = lines.get(end as usize - 1).map_or(0, |line| indentation(line));
        (start..end).filter_map(|line| lines.get(line as usize - 1)).any(|line| {
            let code = line.trim_start();
            code.contains("await") || code.contains("async ") || {
                let header = code.starts_with("for ") || code.starts_with("while ");
                header && indentation(line) < end_indentation
            }
        })
    }
}
