//! `inboxes = {}` then `for name in NAMES: inboxes[name] = asyncio.Queue()` at the module's top
//! (session 36, the dict of queues of session34/a02 and session32/a02 written as a module's loop): a dict
//! of objects filled by stores, one per key, which the translator refuses at the constructor ("translated
//! where it is bound to a name"). After that refusal the two statements are rewritten as the dict
//! comprehension the translator takes (`{n: queue.Queue() for n in names}`, a dict of objects made right
//! there under keys known at import time),
//!
//! ```python
//! inboxes = {name: asyncio.Queue() for name in NAMES}   # where the loop was; `inboxes = {}` dropped
//! ```
//!
//! and translated again. Exact because:
//!
//! - both run at the module's top, once, in order: the loop's iterable is evaluated once, each value
//!   made in turn; its key is a plain name, so the comprehension's key-first order reads the same;
//! - no statement between `inboxes = {}` and the loop mentions the dict or calls anything (a function or
//!   a class of the file could read it half made), so nothing sees the dict before it is whole; the
//!   value does not mention the dict;
//! - the loop's variable is mentioned nowhere else in the module but as a function's own parameter: the
//!   loop leaves it bound to the last key, the comprehension does not.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// Rewrites the module loop holding `offset` (a refusal's place) that fills a dict bound to `{}` before
/// it, one store of a call per key, as that dict's comprehension; false when there is none, or where the
/// rewrite would change what the program does.
pub fn rewrite_filled_object_dict_at(body: &mut ast::Suite, offset: usize) -> bool {
    let Some(loop_index) = body.iter().position(|stmt| stmt.range().contains(offset.try_into().unwrap_or_default()))
    else {
        return false;
    };
    let Some((dict, key, value)) = filling_loop(&body[loop_index]) else { return false };
    let Some(empty_index) = body[..loop_index].iter().rposition(|stmt| binds_empty_dict(stmt, dict)) else {
        return false;
    };
    let between = &body[empty_index + 1..loop_index];
    let modules = synchronization_modules(body);
    if between.iter().any(|stmt| mentions(stmt, dict) || calls_file_code(stmt, &modules))
        || mentions_expr(value, dict)
        || !loop_variable_is_its_own(body, loop_index, key)
    {
        return false;
    }
    let Stmt::For(looping) = &body[loop_index] else { return false };
    let assignment = comprehension_assignment(dict, key, value, looping);
    body[loop_index] = assignment;
    body.remove(empty_index);
    true
}

/// `for k in ITERABLE: D[k] = call(...)` (no `else`, not `async`): the dict's name, the key's and the
/// value stored.
pub(crate) fn filling_loop(stmt: &Stmt) -> Option<(&str, &str, &Expr)> {
    let Stmt::For(looping) = stmt else { return None };
    if looping.is_async || !looping.orelse.is_empty() {
        return None;
    }
    let Expr::Name(key) = &*looping.target else { return None };
    let [Stmt::Assign(store)] = &looping.body[..] else { return None };
    let [Expr::Subscript(item)] = &store.targets[..] else { return None };
    let (Expr::Name(dict), Expr::Name(index)) = (&*item.value, &*item.slice) else { return None };
    if index.id != key.id || !matches!(&*store.value, Expr::Call(_)) {
        return None;
    }
    Some((dict.id.as_str(), key.id.as_str(), &store.value))
}

/// `D = {}`.
pub(crate) fn binds_empty_dict(stmt: &Stmt, dict: &str) -> bool {
    matches!(stmt, Stmt::Assign(assign)
        if matches!(&assign.targets[..], [Expr::Name(target)] if target.id.as_str() == dict)
            && matches!(&*assign.value, Expr::Dict(display) if display.items.is_empty()))
}

/// Whether the loop's variable `key` is mentioned nowhere in the module but in the loop, or as a
/// parameter of the functions that mention it (their own local).
fn loop_variable_is_its_own(body: &[Stmt], loop_index: usize, key: &str) -> bool {
    body.iter().enumerate().filter(|(index, _)| *index != loop_index).all(|(_, stmt)| match stmt {
        Stmt::FunctionDef(def) => !mentions(stmt, key) || is_parameter(def, key),
        Stmt::ClassDef(class) => class.body.iter().all(|member| match member {
            Stmt::FunctionDef(def) => !mentions(member, key) || is_parameter(def, key),
            other => !mentions(other, key),
        }),
        other => !mentions(other, key),
    })
}

/// Whether `name` is a parameter of `def` and none of its nested functions or `global`/`nonlocal`
/// statements could take it elsewhere.
fn is_parameter(def: &ast::StmtFunctionDef, name: &str) -> bool {
    let parameters = &def.parameters;
    let named = parameters
        .posonlyargs
        .iter()
        .chain(&parameters.args)
        .chain(&parameters.kwonlyargs)
        .any(|parameter| parameter.parameter.name.as_str() == name);
    let mut scan = Scan { name, found: false, declared: false, calls: false, modules: &BTreeSet::new() };
    scan.visit_body(&def.body);
    named && !scan.declared
}

pub(crate) fn mentions(stmt: &Stmt, name: &str) -> bool {
    let mut scan = Scan { name, found: false, declared: false, calls: false, modules: &BTreeSet::new() };
    scan.visit_stmt(stmt);
    scan.found || scan.declared
}

pub(crate) fn mentions_expr(expr: &Expr, name: &str) -> bool {
    let mut scan = Scan { name, found: false, declared: false, calls: false, modules: &BTreeSet::new() };
    scan.visit_expr(expr);
    scan.found
}

/// Whether a statement runs a call that may run code of the file: any call but a constructor of the
/// standard library's modules of threads and tasks (`threading.Lock()`, `queue.Queue()`), which runs
/// none (a definition's body is not run by the statement).
pub(crate) fn calls_file_code(stmt: &Stmt, modules: &BTreeSet<String>) -> bool {
    if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::Import(_) | Stmt::ImportFrom(_)) {
        return false;
    }
    let mut scan = Scan { name: "", found: false, declared: false, calls: false, modules };
    scan.visit_stmt(stmt);
    scan.calls
}

/// The names the module binds by `import threading` (`queue`, `asyncio`, `multiprocessing`, each
/// perhaps `as` another name).
pub(crate) fn synchronization_modules(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for stmt in body {
        let Stmt::Import(import) = stmt else { continue };
        for alias in &import.names {
            if matches!(alias.name.as_str(), "threading" | "queue" | "asyncio" | "multiprocessing") {
                names.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
            }
        }
    }
    names
}

/// Finds a name (read, bound, or declared `global`/`nonlocal`) and calls, at any depth.
struct Scan<'n> {
    name: &'n str,
    found: bool,
    declared: bool,
    /// A call other than `module.Constructor(...)` of one of `modules`.
    calls: bool,
    modules: &'n BTreeSet<String>,
}

impl<'a> Visitor<'a> for Scan<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Global(ast::StmtGlobal { names, .. }) | Stmt::Nonlocal(ast::StmtNonlocal { names, .. }) => {
                self.declared |= names.iter().any(|declared| declared.as_str() == self.name);
            }
            Stmt::FunctionDef(def) => {
                self.found |= def.name.as_str() == self.name;
            }
            Stmt::ClassDef(class) => self.found |= class.name.as_str() == self.name,
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => self.found |= name.id.as_str() == self.name,
            Expr::Call(call) => self.calls |= !is_module_constructor(&call.func, self.modules),
            _ => {}
        }
        walk_expr(self, expr);
    }

    fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
        self.found |= parameter.name.as_str() == self.name;
        ruff_python_ast::visitor::walk_parameter(self, parameter);
    }
}

/// `threading.Lock`, `queue.Queue`: an attribute of one of `modules` whose name is capitalised (a class
/// of the standard library, whose constructor runs no code of the file).
pub(crate) fn is_module_constructor(callee: &Expr, modules: &BTreeSet<String>) -> bool {
    matches!(callee, Expr::Attribute(attribute)
        if attribute.attr.as_str().starts_with(char::is_uppercase)
            && matches!(&*attribute.value, Expr::Name(module) if modules.contains(module.id.as_str())))
}

/// `dict = {key: value for <the loop's target> in <the loop's iterable>}`: the comprehension that fills
/// `dict` as `looping` did, at the loop's place (hoisted_object_dicts.rs writes it before `main`'s call).
pub(crate) fn comprehension_assignment(dict: &str, key: &str, value: &Expr, looping: &ast::StmtFor) -> Stmt {
    let comprehension = Expr::DictComp(ast::ExprDictComp {
        node_index: ast::AtomicNodeIndex::default(),
        range: looping.range,
        key: Some(Box::new(crate::syntax::name(key, looping.target.range(), ast::ExprContext::Load))),
        value: Box::new(value.clone()),
        generators: vec![ast::Comprehension {
            node_index: ast::AtomicNodeIndex::default(),
            range: looping.range,
            target: (*looping.target).clone(),
            iter: (*looping.iter).clone(),
            ifs: Vec::new(),
            is_async: false,
        }],
    });
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range: looping.range,
        targets: vec![crate::syntax::name(dict, looping.range, ast::ExprContext::Store)],
        value: Box::new(comprehension),
    })
}
