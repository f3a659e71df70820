//! `with lock_for(worker_id):` of `def lock_for(key): return shard_locks[key]` in a thread given
//! `worker_id = 0` (session 35: session34/t02): the caller's name holds a value the import knows at the
//! call (a thread's argument, an unrolled loop's counter), but an argument that is a name of the
//! caller is passed as code (`let key = worker_id`), so the callee's `shard_locks[key]` was a lookup by
//! a key known only when the program runs: rewritten as an `if` per index (object_keys.rs), whose
//! `return`s give different locks, and refused ("this is a Lock, where weft needs a value of a step").
//!
//! Python binds the parameter to the very value the caller's name holds at the call, so where the
//! import knows that value the callee may know it too. The parameter is still bound by the same `let`
//! (the scenario's steps do not change), and it is known in the callee only where the callee picks one
//! of the file's objects by it (`shard_locks[key]`, `locks[name]` of a list or dict of locks, queues,
//! events or instances made at import time): there the lookup gives the object itself, as the caller's
//! own `shard_locks[worker_id]` does. Elsewhere a parameter stays as it was (its uses unchanged).

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::object_returns::is_object;
use super::{Argument, Frame, Translator};
use crate::value::Value;

impl Translator<'_> {
    /// The arguments of an inlined call, each computed from names of the caller whose number or string
    /// the import knows at the call marked as such (`Argument::Known`); every other argument as it was.
    pub(super) fn with_known_arguments(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        (args, keywords): super::closure_jobs::CallArguments,
    ) -> super::closure_jobs::CallArguments {
        let known = |argument: Argument, expr: &Expr| match argument {
            Argument::Code(text) => match self.expr(frame, expr, true) {
                Ok(crate::expr::Ex::Static(value @ (Value::Int(_) | Value::Str(_)))) => Argument::Known(text, value),
                _ => Argument::Code(text),
            },
            other => other,
        };
        if args.len() != call.arguments.args.len() || keywords.len() != call.arguments.keywords.len() {
            return (args, keywords);
        }
        let args =
            args.into_iter().zip(call.arguments.args.iter()).map(|(argument, expr)| known(argument, expr)).collect();
        let keywords = keywords
            .into_iter()
            .zip(call.arguments.keywords.iter())
            .map(|((name, argument), keyword)| (name, known(argument, &keyword.value)))
            .collect();
        (args, keywords)
    }

    /// Whether `def`'s body looks up a list or dict of objects made at import time (a global of the
    /// file) by its parameter `parameter` (`shard_locks[key]`).
    pub(super) fn picks_objects_by(&self, def: &ast::StmtFunctionDef, parameter: &str) -> bool {
        struct Lookups<'t, 'a> {
            translator: &'t Translator<'a>,
            parameter: &'t str,
            found: bool,
        }
        impl<'e> Visitor<'e> for Lookups<'_, '_> {
            fn visit_expr(&mut self, expr: &'e Expr) {
                if let Expr::Subscript(subscript) = expr
                    && matches!(&*subscript.slice, Expr::Name(index) if index.id.as_str() == self.parameter)
                    && let Expr::Name(container) = &*subscript.value
                    && self.translator.holds_objects(container.id.as_str())
                {
                    self.found = true;
                }
                walk_expr(self, expr);
            }
        }
        let mut lookups = Lookups { translator: self, parameter, found: false };
        lookups.visit_body(&def.body);
        lookups.found
    }

    /// Whether the global `name` is a list (or dict) whose items are objects made at import time.
    fn holds_objects(&self, name: &str) -> bool {
        match self.globals.get(name) {
            Some(Value::List(items)) => !items.is_empty() && items.iter().all(is_object),
            Some(Value::Objects(entries)) => !entries.is_empty() && entries.iter().all(|(_, value)| is_object(value)),
            _ => false,
        }
    }
}

impl Translator<'_> {
    /// `with lock_for(sender):` of a selector, `def lock_for(key): return locks[key]` over a list or
    /// dict of two or more objects made at import time, with an argument known only when the program
    /// runs: the refusal the lookup `locks[sender]` gets where the caller writes it, at the argument.
    /// object_keys.rs then writes the caller's statement out as an `if` per key, each branch calling
    /// the selector with its key written out (`lock_for('ann')`), which gives one object at import
    /// time: exact, as the call is the lookup. `None` for any other call (translated as before).
    pub(super) fn run_time_selector_refusal(
        &self,
        frame: &Frame,
        function: &str,
        call: &ast::ExprCall,
    ) -> Option<super::Error> {
        let [argument] = &call.arguments.args[..] else { return None };
        if !call.arguments.keywords.is_empty() || matches!(argument, Expr::Starred(_)) {
            return None;
        }
        let container = self.selected_container(function)?;
        if !matches!(self.expr(frame, argument, true), Ok(crate::expr::Ex::Code { .. })) {
            return None;
        }
        let parsed = crate::hand_futures::parsed_at(&format!("{container}[key]\n"), call.func.range());
        let Some(ast::Stmt::Expr(statement)) = parsed.into_iter().next() else { return None };
        let Expr::Subscript(mut lookup) = *statement.value else { return None };
        lookup.slice = Box::new(argument.clone());
        match self.expr(frame, &Expr::Subscript(lookup), false) {
            Err(refusal) if refusal.object_keys.is_some() || refusal.list_rows.is_some() => Some(refusal),
            _ => None,
        }
    }

    /// The global container a selector looks up: `function`'s body is the one statement `return
    /// container[parameter]` of its one parameter, the container a list or dict of two or more
    /// objects made at import time.
    fn selected_container(&self, function: &str) -> Option<String> {
        let def = self.functions.get(function)?;
        let parameters = &def.parameters;
        let [parameter] = &parameters.args[..] else { return None };
        if !parameters.posonlyargs.is_empty() || parameter.default.is_some() {
            return None;
        }
        let [ast::Stmt::Return(ast::StmtReturn { value: Some(value), .. })] = &def.body[..] else { return None };
        let Expr::Subscript(lookup) = &**value else { return None };
        let (Expr::Name(container), Expr::Name(index)) = (&*lookup.value, &*lookup.slice) else { return None };
        // Two objects at least: a container of one object (or of one object twice) gives it whatever
        // the key, which the `return` already gives the caller (object_returns.rs).
        let objects: Vec<&Value> = match self.globals.get(container.id.as_str()) {
            Some(Value::List(items)) => items.iter().collect(),
            Some(Value::Objects(entries)) => entries.iter().map(|(_, value)| value).collect(),
            _ => Vec::new(),
        };
        let distinct = objects.iter().enumerate().filter(|(at, object)| !objects[..*at].contains(object)).count();
        (index.id.as_str() == parameter.parameter.name.as_str()
            && distinct >= 2
            && self.holds_objects(container.id.as_str()))
        .then(|| container.id.to_string())
    }
}
