//! List comprehensions with `if` (docs/python.md, "Comprehensions with `if`").
//!
//! Where every test is known at import time for every item (`[Thread(target=f, args=(i,)) for i in
//! range(4) if i % 2 == 0]`), the items that pass are the comprehension's items, as any comprehension
//! known at import time (`kept_items`). Where a test or the iterable is known only at run time
//! (`finished = [f.result() for f in futures if not f.cancelled()]`), an assignment of the
//! comprehension is the loop Python runs: a new list, then for each item the tests in order (`a and b`
//! split into one `if` per operand, which evaluates and short-circuits as `and` does in a test), and an
//! `append` of the element; the name is bound to the list after the loop, as Python binds it when the
//! comprehension ends. The comprehension's variables are its own scope's: renamed apart from every name
//! around them. Where the code runs once the list is a shared list named after the target; inside an
//! `if` or a loop the scenario runs (each pass makes a list of its own) it is an object made at run time
//! (docs/format.md), which a task's local holds.
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::sequences::Renamed;
use super::{Frame, HeldObject, Result, SavedBindings, Translator, fail, names_in};
use crate::out::{Node, Step};
use crate::syntax::name;
use crate::value::{Shape, Value};

/// The start of the name that holds a comprehension's list while its loop runs (no Python name starts so).
const HOLDER: &str = "$filtered_";

impl Translator<'_> {
    /// The items of a comprehension's one `for` that pass its tests, each test known at import time
    /// for every item (the comprehension's variable bound to the item while it is evaluated). A test
    /// known only at run time is refused here: such a comprehension is imported as an assignment's
    /// value (`assign_filtered_list`).
    pub(super) fn kept_items(
        &self,
        frame: &Frame,
        comprehension: TextRange,
        generator: &ast::Comprehension,
        items: Vec<Value>,
    ) -> Result<Vec<Value>> {
        if generator.ifs.is_empty() {
            return Ok(items);
        }
        let mut scratch = frame.clone();
        let verdicts = super::for_each_comprehension_item(&mut scratch, generator, items.clone(), |frame| {
            for test in &generator.ifs {
                match self.static_truth(frame, test) {
                    Some(true) => {}
                    Some(false) => return Ok(Value::Int(0)),
                    // At the comprehension, which hoisting.rs moves to an assignment of its own.
                    None => return fail(&comprehension, crate::hoisting::comprehension_inside_expression()),
                }
            }
            Ok(Value::Int(1))
        })?;
        Ok(items
            .into_iter()
            .zip(verdicts)
            .filter(|(_, kept)| matches!(kept, Value::Int(1)))
            .map(|(item, _)| item)
            .collect())
    }

    /// Whether every test of the comprehension is known at import time for every item of its one `for`
    /// over items known at import time (then the comprehension is computed at import time).
    fn filter_known_at_import_time(&self, frame: &Frame, comprehension: &ast::ExprListComp) -> bool {
        let [generator] = comprehension.generators.as_slice() else { return false };
        let Ok(items) = self.static_iteration(frame, &generator.iter) else { return false };
        self.kept_items(frame, comprehension.range, generator, items).is_ok()
    }

    /// Whether the comprehension has a test and is the run-time loop of `assign_filtered_list` as an
    /// assignment's value (so that, inside an expression, hoisting.rs gives it a line of its own).
    pub(crate) fn filter_known_only_at_run_time(&self, frame: &Frame, comprehension: &ast::ExprListComp) -> bool {
        comprehension.generators.iter().any(|generator| !generator.ifs.is_empty())
            && !self.filter_known_at_import_time(frame, comprehension)
    }

    /// `name = [element for x in xs if test]` with a test (or items) known only at run time: the loop
    /// Python runs into a new list, then `name` bound to it. False for any other value.
    pub(super) fn assign_filtered_list(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::ListComp(comprehension) = value else { return Ok(false) };
        if !self.filter_known_only_at_run_time(frame, comprehension) {
            return Ok(false);
        }
        self.assign_comprehension_loop(frame, (name, target), value, out, line)?;
        Ok(true)
    }

    /// `name = [element for x in xs ...]` as the loop Python runs: a new list, the comprehension's `for`s
    /// and tests as statements around an `append` of the element, then `name` bound to the list (the
    /// one seam of every list comprehension made at run time: with a test here, over items known only
    /// at run time in run_time_comprehensions.rs).
    pub(super) fn assign_comprehension_loop(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Expr::ListComp(comprehension) = value else { return fail(value, "not a list comprehension") };
        if frame.dynamic > 0 && frame.module_level {
            let made = match comprehension.generators.iter().any(|generator| !generator.ifs.is_empty()) {
                true => "with a test known only at run time",
                false => "over items known only at run time",
            };
            return fail(
                value,
                format!(
                    "a list comprehension {made} is supported in a function, or in the module's code outside `if`s and loops the scenario runs"
                ),
            );
        }
        if let Some(generator) = comprehension.generators.iter().find(|generator| generator.is_async) {
            return fail(&generator.range, "a comprehension with `async for` is not supported");
        }
        self.refuse_list_of_set_unless_sorted(frame, comprehension)?;
        // The comprehension's variables are its own scope's: renamed apart from every name around it
        // (a module loop's variable would otherwise be the main thread's, or clash with a function's).
        let at = u32::from(value.range().start());
        let (comprehension, variables) = &renamed_apart(comprehension, at);
        // A name no Python program can write holds the list while the loop runs, so the target is
        // bound only when the comprehension ends.
        let holder = format!("{HOLDER}{at}");
        if frame.dynamic > 0 {
            // Inside an `if` or a loop the scenario runs, each pass makes a list of its own: an object
            // made at run time (docs/format.md), its items stored at its end.
            let made = self.fresh_temporary(frame.task, "filtered");
            out.push(Step::new("let", Node::Quoted(format!("{made} = new_list()")), line));
            let key = (Some(frame.task), made.clone());
            self.held_objects.insert(key.clone(), Some(HeldObject::Container { of_containers: false }));
            self.list_values.insert(key);
            frame.locals.insert(holder.clone(), Value::Local(made.clone()));
            let looping = comprehension_loop(comprehension, stored_at_end(&holder, &comprehension.elt), true);
            let translated = self.comprehension_block(frame, variables, &looping, out, line);
            frame.locals.remove(&holder);
            translated?;
            return self.bind_made_list(frame, name, value, &made, out, line);
        }
        // Where the code runs once, a shared list named after the target (for the final state).
        let shared = self.declare_list(frame, name, Vec::new());
        frame.locals.insert(holder.clone(), Value::Shared(shared, Shape::Map { dense: true }));
        let targets: Vec<&Expr> = comprehension.generators.iter().map(|generator| &generator.target).collect();
        let mut variables = variables.clone();
        let innermost = if super::exception_lists::is_exception_of_variable(&comprehension.elt, &targets) {
            // `[f.exception() for f in fs]`: bound as `error = f.exception()` is, then appended.
            let excepted = super::exception_lists::excepted_local(at);
            variables.push(excepted.clone());
            // The main thread's own even in the module's code, where a name assigned is a global.
            let local = self.fresh_temporary(frame.task, "excepted");
            frame.locals.insert(excepted.clone(), Value::Local(local));
            super::exception_lists::bound_then_appended(&excepted, &comprehension.elt, |item| {
                appended_to(&holder, item)
            })
        } else {
            vec![appended_to(&holder, &comprehension.elt)]
        };
        let looping = comprehension_loop_around(comprehension, innermost, true);
        let bound = self.comprehension_block(frame, &variables, &looping, out, line).and_then(|()| {
            let held = name_at(&holder, comprehension.range);
            self.assign_name(frame, name, target, &held, out, line)
        });
        frame.locals.remove(&holder);
        bound
    }

    /// `$filtered_N[0] = element` (`stored_at_end`'s): the element's steps, then one step that stores it
    /// at the end of the list made at run time the holder holds (the engine's list object grows by an
    /// item stored at its size). False for any other item assignment.
    pub(super) fn filtered_store(
        &mut self,
        frame: &mut Frame,
        subscript: &ast::ExprSubscript,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some(made) = made_by_holder(frame, subscript, HOLDER) else { return Ok(false) };
        let value_text = match self.popped_operand(frame, value, out, line)? {
            Some(ex) => self.to_code(ex, value)?.0,
            None => self.argument_code(frame, value, out, line)?,
        };
        out.push(Step::new("set", Node::Quoted(format!("{made}[size({made})] = {value_text}")), line));
        Ok(true)
    }

    /// The comprehension's loop translated, its variables its own (their bindings restored after).
    pub(super) fn comprehension_block(
        &mut self,
        frame: &mut Frame,
        variables: &[String],
        looping: &[Stmt],
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let saved = SavedBindings::of(frame, variables.iter());
        let translated = self.block(frame, looping, out, line);
        saved.restore(frame);
        translated
    }
}

/// The nest of `for` and `if` statements a comprehension runs, around `innermost` (the element's
/// statement); with `split_and`, a test `a and b` is one `if` per operand, which evaluates the operands
/// and stops at the first false one as the `and` does in a test.
pub(crate) fn comprehension_loop(comprehension: &ast::ExprListComp, innermost: Stmt, split_and: bool) -> Vec<Stmt> {
    comprehension_loop_around(comprehension, vec![innermost], split_and)
}

/// `comprehension_loop` around several innermost statements (a dict comprehension's key, then its item).
pub(super) fn comprehension_loop_around(
    comprehension: &ast::ExprListComp,
    innermost: Vec<Stmt>,
    split_and: bool,
) -> Vec<Stmt> {
    let range = comprehension.range;
    let mut body = innermost;
    for generator in comprehension.generators.iter().rev() {
        for test in generator.ifs.iter().rev() {
            for part in tests_of(test, split_and).into_iter().rev() {
                body = vec![Stmt::If(ast::StmtIf {
                    node_index: Default::default(),
                    range,
                    test: Box::new(part.clone()),
                    body: body.into(),
                    elif_else_clauses: Vec::new(),
                })];
            }
        }
        body = vec![Stmt::For(ast::StmtFor {
            node_index: Default::default(),
            range,
            is_async: generator.is_async,
            target: Box::new(generator.target.clone()),
            iter: Box::new(generator.iter.clone()),
            body: body.into(),
            orelse: Default::default(),
        })];
    }
    body
}

/// The comprehension with each of its variables renamed to a name no Python program can write
/// (`$comprehension_AT_x`) in its targets, tests, element and later iterables, and the new names.
pub(crate) fn renamed_apart(comprehension: &ast::ExprListComp, at: u32) -> (ast::ExprListComp, Vec<String>) {
    use ruff_python_ast::visitor::transformer::Transformer;
    let mut renamed = comprehension.clone();
    let mut variables = Vec::new();
    for index in 0..renamed.generators.len() {
        for variable in names_in(&comprehension.generators[index].target) {
            let fresh = format!("$comprehension_{at}_{variable}");
            let rename = Renamed { from: &variable, to: &fresh };
            rename.visit_expr(&mut renamed.generators[index].target);
            for later in &mut renamed.generators[index..] {
                later.ifs.iter_mut().for_each(|test| rename.visit_expr(test));
            }
            for later in &mut renamed.generators[index + 1..] {
                rename.visit_expr(&mut later.iter);
                rename.visit_expr(&mut later.target);
            }
            rename.visit_expr(&mut renamed.elt);
            variables.push(fresh);
        }
    }
    (renamed, variables)
}

/// The operands of `a and b and c` in order (each its own test), or the test itself.
fn tests_of(test: &Expr, split_and: bool) -> Vec<&Expr> {
    match test {
        Expr::BoolOp(operation) if split_and && operation.op == ast::BoolOp::And => {
            operation.values.iter().flat_map(|operand| tests_of(operand, split_and)).collect()
        }
        other => vec![other],
    }
}

/// `holder[0] = element` as a statement, which `filtered_store` takes for an item stored at the end of
/// the list made at run time that `holder` holds.
fn stored_at_end(holder: &str, element: &Expr) -> Stmt {
    let range = element.range();
    let target = Expr::Subscript(ast::ExprSubscript {
        node_index: Default::default(),
        range,
        value: Box::new(name_at(holder, range)),
        slice: Box::new(Expr::NumberLiteral(ast::ExprNumberLiteral {
            node_index: Default::default(),
            range,
            value: ast::Number::Int(ast::Int::ZERO),
        })),
        ctx: ast::ExprContext::Store,
    });
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![target],
        value: Box::new(element.clone()),
    })
}

/// `holder.append(element)` as a statement.
fn appended_to(holder: &str, element: &Expr) -> Stmt {
    append_statement(name_at(holder, element.range()), element)
}

/// `receiver.append(element)` as a statement.
pub(super) fn append_statement(receiver: Expr, element: &Expr) -> Stmt {
    let range = element.range();
    let method = Expr::Attribute(ast::ExprAttribute {
        node_index: Default::default(),
        range,
        value: Box::new(receiver),
        attr: ast::Identifier::new("append", range),
        ctx: ast::ExprContext::Load,
    });
    let call = Expr::Call(ast::ExprCall {
        node_index: Default::default(),
        range_start: range.start(),
        func: Box::new(method),
        arguments: ast::Arguments {
            node_index: Default::default(),
            range,
            args: vec![element.clone()].into_boxed_slice(),
            keywords: Default::default(),
        },
    });
    Stmt::Expr(ast::StmtExpr { node_index: Default::default(), range, value: Box::new(call) })
}

pub(super) fn name_at(id: &str, range: TextRange) -> Expr {
    name(id, range, ast::ExprContext::Load)
}

/// The list or set made at run time that `subscript`'s holder (a local named `prefix` and a number, which
/// the rewrite of a comprehension binds) holds: `$filtered_1[0]`, `$members_1[x]`. None for any other
/// item.
pub(super) fn made_by_holder(frame: &Frame, subscript: &ast::ExprSubscript, prefix: &str) -> Option<String> {
    let Expr::Name(holder) = &*subscript.value else { return None };
    if !holder.id.as_str().starts_with(prefix) {
        return None;
    }
    match frame.locals.get(holder.id.as_str()) {
        Some(Value::Local(made)) => Some(made.clone()),
        _ => None,
    }
}
