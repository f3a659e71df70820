//! `c, b, a = Node(3, None), Node(2, None), Node(1, None)` at the module's top level (session 28,
//! session27/t12): instances of the file's classes unpacked into new globals. Python makes every
//! instance first, left to right, then binds the names; weft makes each at import time and binds it
//! where it is made, one name after another, as `a = A()` on lines of their own would. The two orders
//! differ only in what a later constructor can see: in Python the earlier names are not yet bound
//! (reading one raises NameError), one by one they are. So the names are bound one by one only where
//! no constructor can read them: the constructors' arguments are known at import time, and no code a
//! constructor may run reads any of the names (its class's body and every function, class or global
//! of the module it reads, followed by name to their own reads). Threads reading the names later are
//! no concern: they see each name bound to its instance either way. Anything else keeps the refusal
//! of global_unpacking.rs.

use std::collections::BTreeSet;

use ruff_python_ast::{Expr, Stmt};

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::syntax;
use crate::value::Value;

impl Translator<'_> {
    /// Whether `value` makes an instance of a file's class from arguments known at import time, in a
    /// module where no code that a constructor may run reads any of `targets`.
    pub(super) fn constructs_unobserved(&self, frame: &Frame, value: &Expr, targets: &[Expr]) -> bool {
        let Expr::Call(call) = value else { return false };
        if !matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Class(_)))) {
            return false;
        }
        let static_argument = |argument: &Expr| matches!(self.expr(frame, argument, false), Ok(Ex::Static(_)));
        let arguments_known = call.arguments.args.iter().all(static_argument)
            && call.arguments.keywords.iter().all(|keyword| keyword.arg.is_some() && static_argument(&keyword.value));
        let names: Vec<&str> = targets
            .iter()
            .filter_map(|target| match target {
                Expr::Name(name) => Some(name.id.as_str()),
                _ => None,
            })
            .collect();
        let Expr::Name(class) = &*call.func else { return false };
        arguments_known
            && names.len() == targets.len()
            && reached_reads(self.module_body, class.id.as_str())
                .is_disjoint(&names.into_iter().map(String::from).collect())
    }
}

/// Every name the code reached from the module's binding of `start` reads: the bodies of the
/// module's functions and classes, and the values of its assignments, followed by name from there.
fn reached_reads(module_body: &[Stmt], start: &str) -> BTreeSet<String> {
    let mut reached = BTreeSet::from([start.to_string()]);
    let mut pending = vec![start.to_string()];
    while let Some(name) = pending.pop() {
        for stmt in module_body.iter().filter(|stmt| binds(stmt, &name)) {
            for read in syntax::names_read(std::slice::from_ref(stmt)) {
                if reached.insert(read.clone()) {
                    pending.push(read);
                }
            }
        }
    }
    reached
}

/// Whether the module's statement `stmt` binds `name` (a `def`, a `class` or an assignment).
fn binds(stmt: &Stmt, name: &str) -> bool {
    let is_name = |target: &Expr| matches!(target, Expr::Name(bound) if bound.id.as_str() == name);
    match stmt {
        Stmt::FunctionDef(def) => def.name.as_str() == name,
        Stmt::ClassDef(class) => class.name.as_str() == name,
        Stmt::Assign(assign) => assign.targets.iter().any(is_name),
        Stmt::AnnAssign(assign) => is_name(&assign.target),
        _ => false,
    }
}
