//! The exceptions of a failing TaskGroup's ExceptionGroup, read by the handler that takes the group
//! (session 28): `errors.extend(str(e) for e in group.exceptions)` in `except* C as group:`,
//! `sorted(str(e) for e in group.exceptions)`, `type(e).__name__ for e in eg.exceptions` in a plain
//! `except ExceptionGroup as eg:`.
//!
//! CPython's TaskGroup appends a child's exception to the group's list in `_on_task_done`, the done
//! callback the loop runs once the child has ended (a child that ended cancelled adds nothing), and
//! raises `BaseExceptionGroup(..., errors)` once every child has ended; an `except*` whose classes take
//! every exception of the group takes the group itself, its `exceptions` in that order. The import's
//! group end (task_groups.rs) takes one mark per child from the watchers' queue, in the order the
//! children ended; where the handler reads the members, each mark of a child that did not return is
//! followed by a `result` of that child in a `try` that keeps its exception's value (CancelledError
//! apart), appended to a shared list of the group's own: `eg.exceptions` is that list. The program then
//! reads exception values (exception_values.rs), so each `raise` carries its arguments.
//!
//! Only where the `try`'s body is the group's `async with` alone: what the body raises besides the
//! group (a naked exception `except*` wraps in a group of its own) is refused there.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

/// The shared list that holds the exceptions of the TaskGroup whose `async with` is at `group`, while
/// the `try` around it is translated.
#[derive(Clone, Debug)]
pub(super) struct GroupMembers {
    attempt: TextRange,
    group: TextRange,
    list: String,
}

impl Translator<'_> {
    /// The list of a group's exceptions for the handlers of `attempt` that read `name.exceptions`
    /// beyond `len(...)` and the texts `print` takes (`None` when none does); refused where the body
    /// is not one TaskGroup's `async with`.
    pub(super) fn group_members_list(&mut self, frame: &Frame, attempt: &ast::StmtTry) -> Result<Option<GroupMembers>> {
        let Some(reading) = attempt.handlers.iter().find_map(|handler| {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            let name = handler.name.as_ref()?;
            members_read(&handler.body, name.as_str())
        }) else {
            return Ok(None);
        };
        let group = match &attempt.body[..] {
            [Stmt::With(with)]
                if with.is_async && with.items.first().is_some_and(|item| self.is_task_group(frame, item)) =>
            {
                with.items[0].range()
            }
            _ => {
                return fail(
                    &reading,
                    "the exceptions of a group (`eg.exceptions`) are supported where the `try`'s body is one TaskGroup's `async with` alone (weft keeps the exceptions of that group); move the other statements out of the `try`",
                );
            }
        };
        let shared_before = self.scenario.shared.len();
        let list = self.declare_list(frame, "$group_exceptions", Vec::new());
        if !frame.module_level {
            // A job that starts more than once makes its own list (run_memory.rs).
            self.note_local_objects(shared_before, group.start().to_usize());
        }
        Ok(Some(GroupMembers { attempt: attempt.range, group, list }))
    }

    /// The list a handler of `attempt` named `name` reads as `name.exceptions` (`None` when it reads
    /// none): refused where the handler does not take the group (`group_fails`: the group's tasks may
    /// raise).
    pub(super) fn handler_members(
        &self,
        (attempt, handler): (&ast::StmtTry, &ast::ExceptHandlerExceptHandler),
        classes: &[String],
        group_fails: bool,
    ) -> Result<Option<String>> {
        let Some(name) = &handler.name else { return Ok(None) };
        let Some(reading) = members_read(&handler.body, name.as_str()) else { return Ok(None) };
        let Some(members) = self.group_members.as_ref().filter(|members| members.attempt == attempt.range) else {
            return fail(
                &reading,
                "the exceptions of a group (`eg.exceptions`) are supported in a `try` whose body is one TaskGroup's `async with` alone",
            );
        };
        if !self.takes_group(classes, group_fails) {
            return fail(
                &reading,
                "`.exceptions` is supported in a handler that takes the TaskGroup's exception group and not a cancellation (`except* C`, `except ExceptionGroup`, `except Exception`)",
            );
        }
        Ok(Some(members.list.clone()))
    }

    /// The list of the exceptions of the group whose `async with` item is `item`, when its handler
    /// reads them.
    pub(super) fn members_of_group(&self, item: &ast::WithItem) -> Option<String> {
        self.group_members.as_ref().filter(|members| members.group == item.range()).map(|members| members.list.clone())
    }

    /// The steps after the group's end took `marked` (`2 * position + 1` for a child that did not
    /// return): the exception of that child appended to `list`, unless it ended cancelled.
    pub(super) fn kept_member_steps(
        &mut self,
        frame: &Frame,
        (marked, futures): (&str, &[String]),
        list: &str,
        line: u32,
    ) -> Vec<Step> {
        let caught = self.fresh_temporary(frame.task, "member");
        futures
            .iter()
            .enumerate()
            .map(|(position, future)| {
                let wait = Step::new("result", Node::Map(vec![("future", Node::Quoted(future.clone()))]), line);
                let append = Step::new(
                    "atomic",
                    Node::Steps(vec![Step::new("set", Node::Quoted(format!("{list}[len({list})] = {caught}")), line)]),
                    line,
                );
                let cancelled =
                    vec![("classes", Node::Plain("[CancelledError]".to_string())), ("do", Node::Steps(Vec::new()))];
                let failed = vec![
                    ("classes", Node::Plain("[BaseException]".to_string())),
                    ("as", Node::Plain(caught.clone())),
                    ("do", Node::Steps(vec![append])),
                ];
                let attempt = Node::Map(vec![
                    ("do", Node::Steps(vec![wait])),
                    ("except", Node::Clauses(vec![cancelled, failed])),
                ]);
                let keep = Step::new("try", attempt, line);
                Step::new(
                    "if",
                    Node::Map(vec![
                        ("cond", Node::Quoted(format!("{marked} == {}", 2 * position + 1))),
                        ("then", Node::Steps(vec![keep])),
                    ]),
                    line,
                )
            })
            .collect()
    }

    /// Whether a handler of `classes` takes the group's ExceptionGroup: a plain `except` of it or of a
    /// base, an `except*` that takes the whole group (`star_classes` added `ExceptionGroup`), or any
    /// handler of a group that never fails (its list stays empty, and the handler never runs).
    /// A handler that takes CancelledError too (`BaseException`) is not: it would take the cancellation
    /// of the coroutine waiting at the group's end, which has no `exceptions`.
    pub(super) fn takes_group(&self, classes: &[String], group_fails: bool) -> bool {
        if classes.iter().any(|class| self.is_exception_subclass("CancelledError", class)) {
            return false;
        }
        !group_fails || classes.iter().any(|class| self.is_exception_subclass("ExceptionGroup", class))
    }
}

/// The first use of `name.exceptions` in a handler's body other than `len(name.exceptions)` and the
/// texts of its members inside `print` (group_texts.rs), which weft reads without the members.
pub(super) fn members_read(body: &[Stmt], name: &str) -> Option<TextRange> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Find<'n> {
        name: &'n str,
        in_print: bool,
        found: Option<TextRange>,
    }
    impl<'e> Visitor<'e> for Find<'_> {
        fn visit_stmt(&mut self, stmt: &'e Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'e Expr) {
            match expr {
                _ if super::exceptions::is_group_size(expr, self.name) => {}
                _ if self.in_print && super::group_texts::is_member_texts(expr, self.name) => {}
                Expr::Call(call) if matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "print") => {
                    let outer = std::mem::replace(&mut self.in_print, true);
                    walk_expr(self, expr);
                    self.in_print = outer;
                }
                _ if is_members(expr, self.name) => {
                    self.found.get_or_insert(expr.range());
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut find = Find { name, in_print: false, found: None };
    body.iter().for_each(|stmt| find.visit_stmt(stmt));
    find.found
}

/// Whether `expr` is `name.exceptions`.
pub(super) fn is_members(expr: &Expr, name: &str) -> bool {
    matches!(expr, Expr::Attribute(attribute) if attribute.attr.as_str() == "exceptions"
        && matches!(&*attribute.value, Expr::Name(used) if used.id.as_str() == name))
}
