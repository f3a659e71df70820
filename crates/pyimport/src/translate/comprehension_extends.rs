//! `xs.extend(str(e) for e in group.exceptions)` and `xs.extend([f(v) for v in ys])` of a shared list,
//! over items known only at run time (session 28: the members of a TaskGroup's exception group,
//! group_members.rs, read into a list of the program's).
//!
//! CPython's `list.extend` of a generator takes one item at a time and appends it before it asks for the
//! next (`list_extend` over an iterator), so the generator is the loop Python runs: the comprehension's
//! `for`s and tests around `xs.append(element)`, each append a step of its own, the variables renamed
//! apart (a generator's scope is its own). A list comprehension is computed whole first, then extends
//! the list in one C call: the comprehension's loop into a list of its own (filtered_lists.rs), then
//! `extend` of that list, one `atomic` step (list_methods.rs). A generator over the extended list
//! itself is refused (Python's would never end).

use ruff_python_ast::{self as ast, Expr};

use super::filtered_lists::{append_statement, comprehension_loop, renamed_apart};
use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::syntax::name;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// `shared.extend(...)` of a generator or a list comprehension over items known only at run time;
    /// `Ok(false)` for any other argument.
    pub(super) fn extend_by_comprehension(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let ([argument], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else { return Ok(false) };
        let Some(listed) = crate::syntax::as_list_comprehension(argument) else { return Ok(false) };
        if !(self.over_run_time_items(frame, &listed) || self.filter_known_only_at_run_time(frame, &listed)) {
            return Ok(false);
        }
        for generator in &listed.generators {
            if matches!(self.expr(frame, &generator.iter, false), Ok(Ex::Static(Value::Shared(walked, Shape::Map { .. }))) if walked == shared)
            {
                return fail(
                    &generator.iter,
                    "`extend` of a comprehension over the list it extends is not supported (Python's never ends)",
                );
            }
        }
        let Expr::Attribute(method) = &*call.func else { return Ok(false) };
        match argument {
            Expr::Generator(_) => self.extend_by_generator(frame, (&method.value, &listed), out, line)?,
            _ => self.extend_by_list(frame, (shared, call), &listed, out, line)?,
        }
        Ok(true)
    }

    /// The generator as its loop around `receiver.append(element)`.
    fn extend_by_generator(
        &mut self,
        frame: &mut Frame,
        (receiver, listed): (&Expr, &ast::ExprListComp),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let at = u32::from(ruff_text_size::Ranged::range(listed).start());
        let (renamed, variables) = renamed_apart(listed, at);
        let appended = append_statement(receiver.clone(), &renamed.elt);
        let looping = comprehension_loop(&renamed, appended, true);
        self.comprehension_block(frame, &variables, &looping, out, line)
    }

    /// The list comprehension into a list of its own, then `extend` of that list.
    fn extend_by_list(
        &mut self,
        frame: &mut Frame,
        (shared, call): (&str, &ast::ExprCall),
        listed: &ast::ExprListComp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let range = listed.range;
        let holder = format!("$extended_{}", u32::from(range.start()));
        let target = name(&holder, range, ast::ExprContext::Store);
        self.assign_comprehension_loop(frame, (&holder, &target), &Expr::ListComp(listed.clone()), out, line)?;
        // Inside an `if` or a loop the scenario runs, the list is an object made at run time.
        if let Some(Value::Local(made)) = frame.locals.get(&holder).cloned() {
            let extended = self.shared_extend(frame, shared, &format!("size({made})"), &made, line);
            out.push(extended);
            return Ok(());
        }
        let mut over_list = call.clone();
        over_list.arguments.args = vec![name(&holder, range, ast::ExprContext::Load)].into_boxed_slice();
        let extended = self.list_extend(frame, shared, &over_list, line)?;
        out.push(extended);
        Ok(())
    }
}
