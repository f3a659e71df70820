//! `users = {user for user, _ in snapshot}` (session 36: session35/t03), and `users = set(user for user,
//! _ in snapshot)`: a set comprehension as an assignment's value, read later by `len(users)`, `name in
//! users` or `sorted(users)`.
//!
//! Python runs such a comprehension as the loop it means: a new set, then for each item the tests and
//! the element, added with `SET_ADD`, the name bound to the set when the loop ends. It is imported as
//! that loop, by the seam every comprehension made at run time goes through (filtered_lists.rs): a set
//! made at run time (`new_set()`, docs/format.md "Objects made at run time") in a local of the task,
//! the comprehension's `for`s and tests as statements, each element stored as a member (`s[k] = 1`: a
//! member already there keeps its place, as `SET_ADD` keeps it), then the name bound to the set.
//!
//! Exact where the program reads the set without its order: `len`, `in`, `sorted` and the set methods
//! read it as any set made at run time (held_objects.rs, held_set_methods.rs). Its order is CPython's
//! hash table's, which for strings differs from run to run: every walk of a name the file binds to a
//! set comprehension (`for u in users`, `list(users)`) stays refused (set_orders.rs), as for `set()`.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::filtered_lists::{comprehension_loop, made_by_holder, name_at, renamed_apart};
use super::{Frame, HeldObject, Result, Translator, fail};
use crate::out::{Node, Step};
use crate::value::Value;

/// The start of the name that holds the comprehension's set while its loop runs (no Python name starts
/// so).
const HOLDER: &str = "$members_";

impl Translator<'_> {
    /// `name = {element for x in xs ...}`: the loop Python runs into a new set, then `name` bound to it.
    /// False for any other value.
    pub(super) fn assign_set_comprehension(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some((element, generators)) = self.set_made_by_loop(frame, value) else { return Ok(false) };
        if let Some(generator) = generators.iter().find(|generator| generator.is_async) {
            return fail(&generator.range, "a comprehension with `async for` is not supported");
        }
        if frame.dynamic > 0 && frame.module_level {
            return fail(
                value,
                "a set comprehension is supported in a function, or in the module's code outside `if`s and loops the scenario runs",
            );
        }
        // As a list comprehension of the same element and `for`s, whose variables `renamed_apart`
        // renames apart from every name around them (the comprehension's own scope).
        let listed = ast::ExprListComp {
            node_index: Default::default(),
            range: value.range(),
            elt: Box::new(element.clone()),
            generators: generators.to_vec(),
        };
        let at = u32::from(value.range().start());
        let (comprehension, variables) = renamed_apart(&listed, at);
        let made = self.fresh_temporary(frame.task, "members");
        out.push(Step::new("let", Node::Quoted(format!("{made} = new_set()")), line));
        self.held_objects
            .insert((Some(frame.task), made.clone()), Some(HeldObject::Container { of_containers: false }));
        let holder = format!("{HOLDER}{at}");
        frame.locals.insert(holder.clone(), Value::Local(made));
        let looping = comprehension_loop(&comprehension, member_added(&holder, &comprehension.elt), true);
        let bound = self.comprehension_block(frame, &variables, &looping, out, line).and_then(|()| {
            let held = name_at(&holder, value.range());
            self.assign_name(frame, name, target, &held, out, line)
        });
        frame.locals.remove(&holder);
        bound?;
        Ok(true)
    }

    /// The element and the `for`s of a set comprehension, or of `set(element for x in xs)` (the
    /// builtin), which CPython runs alike: each element added in turn, as `SET_ADD` adds it.
    fn set_made_by_loop<'v>(&self, frame: &Frame, value: &'v Expr) -> Option<(&'v Expr, &'v [ast::Comprehension])> {
        match value {
            Expr::SetComp(set) => Some((&set.elt, &set.generators)),
            Expr::Call(call) => {
                let (Expr::Name(called), [Expr::Generator(generator)], []) =
                    (&*call.func, &call.arguments.args[..], &call.arguments.keywords[..])
                else {
                    return None;
                };
                self.is_builtin(frame, called, "set").then_some((&generator.elt, &generator.generators))
            }
            _ => None,
        }
    }

    /// `$members_N[element] = 1` (`member_added`'s): the element's steps, then one step that adds it to
    /// the set made at run time the holder holds. False for any other item assignment.
    pub(super) fn set_member_store(
        &mut self,
        frame: &mut Frame,
        subscript: &ast::ExprSubscript,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some(made) = made_by_holder(frame, subscript, HOLDER) else { return Ok(false) };
        let member = self.argument_code(frame, &subscript.slice, out, line)?;
        out.push(Step::new("set", Node::Quoted(format!("{made}[{member}] = 1")), line));
        let _ = value;
        Ok(true)
    }
}

/// `holder[element] = 1` as a statement, which `set_member_store` takes for the element added to the set
/// `holder` holds.
fn member_added(holder: &str, element: &Expr) -> Stmt {
    let range = element.range();
    let target = Expr::Subscript(ast::ExprSubscript {
        node_index: Default::default(),
        range,
        value: Box::new(name_at(holder, range)),
        slice: Box::new(element.clone()),
        ctx: ast::ExprContext::Store,
    });
    let one = Expr::NumberLiteral(ast::ExprNumberLiteral {
        node_index: Default::default(),
        range,
        value: ast::Number::Int(ast::Int::ONE),
    });
    Stmt::Assign(ast::StmtAssign { node_index: Default::default(), range, targets: vec![target], value: Box::new(one) })
}
