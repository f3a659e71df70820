//! List comprehensions with `if` (docs/python.md, "Comprehensions with `if`").
//!
//! Where every test is known at import time for every item (`[Thread(target=f, args=(i,)) for i in
//! range(4) if i % 2 == 0]`), the items that pass are the comprehension's items, as any comprehension
//! known at import time (`kept_items`). Where a test or the iterable is known only at run time
//! (`finished = [f.result() for f in futures if not f.cancelled()]`), an assignment of the
//! comprehension is the loop Python runs: a new list, then for each item the tests in order (`a and b`
//! split into one `if` per operand, which evaluates and short-circuits as `and` does in a test), and an
//! `append` of the element; the name is bound to the list after the loop, as Python binds it when the
//! comprehension ends. The comprehension's variables are its own (restored after), and a variable that
//! is also a local of the code around it is refused, as for a comprehension statement.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, SavedBindings, Translator, fail, names_in};
use crate::out::Step;
use crate::syntax::name;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// The items of a comprehension's one `for` that pass its tests, each test known at import time
    /// for every item (the comprehension's variable bound to the item while it is evaluated). A test
    /// known only at run time is refused here: such a comprehension is imported as an assignment's
    /// value (`assign_filtered_list`).
    pub(super) fn kept_items(
        &self,
        frame: &Frame,
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
                    None => {
                        return fail(
                            test,
                            "this test of the comprehension is known only at run time; a comprehension with such an `if` is supported as the value of an assignment (`kept = [x for x in xs if test]`)",
                        );
                    }
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
        self.kept_items(frame, generator, items).is_ok()
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
        if comprehension.generators.iter().all(|generator| generator.ifs.is_empty())
            || self.filter_known_at_import_time(frame, comprehension)
        {
            return Ok(false);
        }
        if frame.dynamic > 0 {
            return fail(
                value,
                "a list comprehension with a test known only at run time is supported outside `if`s and loops the scenario runs (the list it makes is followed from where it is made)",
            );
        }
        if let Some(generator) = comprehension.generators.iter().find(|generator| generator.is_async) {
            return fail(&generator.range, "a comprehension with `async for` is not supported");
        }
        let variables: Vec<String> =
            comprehension.generators.iter().flat_map(|generator| names_in(&generator.target)).collect();
        if let Some(variable) =
            variables.iter().find(|variable| matches!(frame.locals.get(*variable), Some(Value::Local(_))))
        {
            return fail(
                &comprehension.range,
                format!(
                    "the comprehension's variable `{variable}` is also a variable of the code around it; rename one"
                ),
            );
        }
        // The list, named after the target for the final state; a name no Python program can write
        // holds it while the loop runs, so the target is bound only when the comprehension ends.
        let shared = self.declare_list(frame, name, Vec::new());
        let holder = format!("$filtered_{}", u32::from(value.range().start()));
        frame.locals.insert(holder.clone(), Value::Shared(shared, Shape::Map { dense: true }));
        let append = appended_to(&holder, &comprehension.elt);
        let looping = comprehension_loop(comprehension, append, true);
        let saved = SavedBindings::of(frame, variables.iter());
        let translated = self.block(frame, &looping, out, line);
        saved.restore(frame);
        let bound = translated.and_then(|()| {
            let held = name_at(&holder, comprehension.range);
            self.assign_name(frame, name, target, &held, out, line)
        });
        frame.locals.remove(&holder);
        bound.map(|()| true)
    }
}

/// The nest of `for` and `if` statements a comprehension runs, around `innermost` (the element's
/// statement); with `split_and`, a test `a and b` is one `if` per operand, which evaluates the operands
/// and stops at the first false one as the `and` does in a test.
pub(super) fn comprehension_loop(comprehension: &ast::ExprListComp, innermost: Stmt, split_and: bool) -> Vec<Stmt> {
    let range = comprehension.range;
    let mut body = vec![innermost];
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

/// The operands of `a and b and c` in order (each its own test), or the test itself.
fn tests_of(test: &Expr, split_and: bool) -> Vec<&Expr> {
    match test {
        Expr::BoolOp(operation) if split_and && operation.op == ast::BoolOp::And => {
            operation.values.iter().flat_map(|operand| tests_of(operand, split_and)).collect()
        }
        other => vec![other],
    }
}

/// `holder.append(element)` as a statement.
fn appended_to(holder: &str, element: &Expr) -> Stmt {
    let range = element.range();
    let method = Expr::Attribute(ast::ExprAttribute {
        node_index: Default::default(),
        range,
        value: Box::new(name_at(holder, range)),
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

fn name_at(id: &str, range: TextRange) -> Expr {
    name(id, range, ast::ExprContext::Load)
}
