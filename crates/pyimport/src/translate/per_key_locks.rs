//! `locks = defaultdict(threading.Lock)`, a lock per key made on the key's first use (session 34:
//! session27/t05, a cache that guards each key's computation with a lock of its own). Refused before
//! (thread_form_refusals.rs), since weft makes each lock at import time where the program names it.
//!
//! When the program reads the dict only as `locks[key]`, by keys known at import time (a literal, a
//! thread's argument, an item of a loop weft unrolls), and binds it once at module level, the lock of
//! each key is made at import time instead, named after the dict and the key (`_key_locks_users`).
//! That is CPython's meaning exactly:
//!
//! - `defaultdict.__missing__` calls the factory and stores its object in C, without running a line
//!   of Python: `threading.Lock` is `_thread.allocate_lock`, a C function, so no other thread runs
//!   between the lookup that misses and the store, and every `locks[key]` of a key gives the same
//!   lock (the race of get-or-create that a Python factory would have is not there; `RLock`, a
//!   Python function in CPython 3.11, is left refused for that reason);
//! - a lock is an object no one sees until `locks[key]` hands it out, so one made earlier is one made
//!   on the first lookup, as long as nothing reads the dict whole: its length, keys, `in`, a walk, a
//!   `del`, a store or handing it on would see the keys the program looked up so far, which are
//!   refused (the dict stays the refusal of thread_form_refusals.rs).

use std::collections::BTreeMap;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, fail, scenario_identifier};
use crate::expr::Ex;
use crate::value::{Object, Value};

/// The locks of the `defaultdict(threading.Lock)` dicts looked up so far: (dict, key's text) to the
/// lock's scenario name. Filled by lookups inside expressions, declared once the program is read.
#[derive(Debug, Default)]
pub(crate) struct PerKeyLocks {
    made: std::cell::RefCell<BTreeMap<(String, String), String>>,
}

impl Translator<'_> {
    /// `name = defaultdict(threading.Lock)` of a module global read only as `name[key]`: the dict whose
    /// locks are made by key. `None` for any other factory, binding or use (refused as before).
    pub(super) fn lock_per_key_dict(&mut self, frame: &Frame, hint: &str, call: &ast::ExprCall) -> Option<Value> {
        let [factory] = &call.arguments.args[..] else { return None };
        let factory_is_lock =
            matches!(self.expr(frame, factory, false), Ok(Ex::Static(Value::Module(name))) if name == "threading.Lock");
        let module_global = frame.module_level && frame.dynamic == 0 && self.is_global_target(frame, hint);
        if !factory_is_lock || !call.arguments.keywords.is_empty() || !module_global {
            return None;
        }
        if !only_looked_up(self.module_body, hint) {
            return None;
        }
        Some(Value::LockPerKey(self.object_name(hint)))
    }

    /// The lock of `dict[key]`, made on the first lookup of the key. The key is known at import time.
    pub(crate) fn lock_of_key(&self, frame: &Frame, dict: &str, key: &Expr) -> Result<Ex> {
        let key_text = match self.expr(frame, key, true) {
            Ok(Ex::Static(Value::Str(text))) => text,
            Ok(Ex::Static(Value::Int(number))) => number.to_string(),
            _ => {
                return fail(
                    key,
                    "a lock of a `defaultdict(threading.Lock)` is picked by a key known at import time (a literal, a constant, a thread's argument or an item of a list known at import time), which names the lock weft makes for it; this key is known only when the program runs",
                );
            }
        };
        let mut made = self.per_key_locks.made.borrow_mut();
        let taken: Vec<String> = made.values().cloned().collect();
        let name = made
            .entry((dict.to_string(), key_text.clone()))
            .or_insert_with(|| {
                let base = scenario_identifier(&format!("{dict}_{key_text}"));
                let mut name = base.clone();
                let mut suffix = 2;
                while taken.contains(&name) || self.object_names.contains(&name) {
                    name = format!("{base}_{suffix}");
                    suffix += 1;
                }
                name
            })
            .clone();
        Ok(Ex::Static(Value::Object(Object::Lock { name, reentrant: false })))
    }

    /// Every lock a lookup made, declared as the scenario's locks.
    pub(super) fn declare_per_key_locks(&mut self) {
        let made = std::mem::take(&mut *self.per_key_locks.made.borrow_mut());
        for name in made.into_values() {
            self.object_names.insert(name.clone());
            self.scenario.locks.push((name, false));
        }
    }
}

/// Whether `name` appears in `module` only as `name[...]` read (and bound once, by its assignment):
/// no `in`, `len`, walk, store, `del` or other use that would see which keys exist.
fn only_looked_up(module: &[Stmt], name: &str) -> bool {
    struct Uses<'n> {
        name: &'n str,
        stores: usize,
        other_reads: usize,
    }
    impl<'a> Visitor<'a> for Uses<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Subscript(subscript)
                    if subscript.ctx == ast::ExprContext::Load
                        && matches!(&*subscript.value, Expr::Name(dict) if dict.id.as_str() == self.name) =>
                {
                    self.visit_expr(&subscript.slice);
                }
                Expr::Name(named) if named.id.as_str() == self.name => match named.ctx {
                    ast::ExprContext::Store => self.stores += 1,
                    _ => self.other_reads += 1,
                },
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut uses = Uses { name, stores: 0, other_reads: 0 };
    uses.visit_body(module);
    uses.stores == 1 && uses.other_reads == 0
}
