//! A generator object kept in a module name and shared by threads that advance it only with
//! `x = next(jobs, default)` under one lock (`with job_lock:`), when its items can be computed at import
//! time and are numbers, strings or None, or tuples of them and of a module list's dicts with string keys
//! (generators.rs computes them; `handed_items` says when a dict's literal is the dict itself). `jobs = gen(args)` becomes a
//! shared list of the items and a shared position, and each `next` under the lock reads the item at the
//! position and moves it on, or gives the default once the items are used up:
//!
//! ```python
//! jobs_items = [...]; jobs_position = 0     # a list made at run time where it holds dicts (records.rs)
//! ...
//! if jobs_position < N:
//!     x = jobs_items[jobs_position]
//!     jobs_position += 1
//! else:
//!     x = default
//! ```
//!
//! The generator's body reads only constants nobody changes, so computing it first gives the items it
//! would give at each resumption; and under the one lock no two `next`s overlap, so CPython's `ValueError:
//! generator already executing` (a thread switch inside the body while another thread calls `next`) cannot
//! happen. A `next` without the lock, without a default, or any other use of the object is not written
//! out (generators.rs refuses the call).

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::{BlockRewrite, fresh_name, name, rewrite_inner_blocks};

/// What `jobs = gen(args)` became: the names of the items and of the position, and how many items.
struct SharedGenerator {
    object: String,
    items: String,
    position: String,
    length: usize,
}

/// The statement `x = next(object, default)` with a literal default, as its target and default.
fn next_use<'s>(stmt: &'s Stmt, object: &str) -> Option<(&'s Expr, &'s Expr)> {
    let Stmt::Assign(assignment) = stmt else { return None };
    let [target @ Expr::Name(_)] = &assignment.targets[..] else { return None };
    let Expr::Call(call) = &*assignment.value else { return None };
    let Expr::Name(callee) = &*call.func else { return None };
    let [Expr::Name(argument), default] = &call.arguments.args[..] else { return None };
    (callee.id.as_str() == "next"
        && call.arguments.keywords.is_empty()
        && argument.id.as_str() == object
        && default.is_literal_expr())
    .then_some((target, default))
}

/// Whether every read of `object` is the generator of an `x = next(object, default)` inside a `with` of
/// one same lock name (in a function or in the module's code), and there is at least one.
fn every_use_is_next_under_one_lock(body: &[Stmt], object: &str, bindings: fn(&[Stmt], &str) -> Vec<usize>) -> bool {
    struct Uses<'o> {
        object: &'o str,
        /// The lock names of the `with`s around the statement visited, innermost last.
        held: Vec<String>,
        locks: BTreeSet<String>,
        good: usize,
        reads: usize,
        unguarded: bool,
    }
    impl<'a> Visitor<'a> for Uses<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if next_use(stmt, self.object).is_some() {
                match self.held.last() {
                    Some(lock) => {
                        self.locks.insert(lock.clone());
                        self.good += 1;
                    }
                    None => self.unguarded = true,
                }
            }
            match stmt {
                Stmt::With(with) => {
                    let lock = match &with.items[..] {
                        [item] if item.optional_vars.is_none() && !with.is_async => match &item.context_expr {
                            Expr::Name(lock) => Some(lock.id.to_string()),
                            _ => None,
                        },
                        _ => None,
                    };
                    // A `with` of anything else hides the lock around it: no `next` is counted under it.
                    self.held.push(lock.unwrap_or_default());
                    walk_stmt(self, stmt);
                    self.held.pop();
                }
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {
                    let around = std::mem::take(&mut self.held);
                    walk_stmt(self, stmt);
                    self.held = around;
                }
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(named) = expr
                && named.ctx.is_load()
                && named.id.as_str() == self.object
            {
                self.reads += 1;
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut uses = Uses { object, held: Vec::new(), locks: BTreeSet::new(), good: 0, reads: 0, unguarded: false };
    uses.visit_body(body);
    !uses.unguarded
        && uses.good > 0
        && uses.good == uses.reads
        && uses.locks.len() == 1
        && uses.locks.iter().all(|lock| is_module_lock(body, lock) && bindings(body, lock).len() == 1)
}

/// Whether `name` is assigned at the top of the module `threading.Lock()` or `threading.RLock()` (or
/// `Lock()`, `RLock()`): one thread at a time inside its `with` (a Semaphore or a Condition, whose
/// `wait` lets go of it, would let two `next`s overlap).
fn is_module_lock(body: &[Stmt], name: &str) -> bool {
    body.iter().any(|stmt| {
        let Stmt::Assign(assignment) = stmt else { return false };
        let [Expr::Name(target)] = &assignment.targets[..] else { return false };
        let Expr::Call(call) = &*assignment.value else { return false };
        let constructor = match &*call.func {
            Expr::Name(constructor) => constructor.id.as_str(),
            Expr::Attribute(attribute)
                if matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "threading") =>
            {
                attribute.attr.as_str()
            }
            _ => return false,
        };
        target.id.as_str() == name && call.arguments.is_empty() && matches!(constructor, "Lock" | "RLock")
    })
}

/// Rewrites each `object = gen(args)` at the top of the module whose uses are all `next` under one
/// lock, given `items_of` (the items computed at import time, if they are numbers, strings or None),
/// `bindings` (where a name is bound in the module, other than by a `def` at the top) and the module's
/// names.
pub fn rewrite_generator_objects(
    body: &mut Vec<Stmt>,
    items_of: &dyn Fn(&Expr) -> Option<Vec<Expr>>,
    bindings: fn(&[Stmt], &str) -> Vec<usize>,
    taken: &mut BTreeSet<String>,
) {
    // `next` is the builtin only when the module never binds the name.
    if !bindings(body, "next").is_empty() {
        return;
    }
    let mut index = 0;
    while index < body.len() {
        let Some((object, at, items)) = shared_object(&body[index], items_of) else {
            index += 1;
            continue;
        };
        if bindings(body, &object) != [at] || !every_use_is_next_under_one_lock(body, &object, bindings) {
            index += 1;
            continue;
        }
        let range = body[index].range();
        let shared = SharedGenerator {
            items: fresh_name(&format!("{object}_items"), taken),
            position: fresh_name(&format!("{object}_position"), taken),
            length: items.len(),
            object,
        };
        let list = Expr::List(ast::ExprList {
            node_index: Default::default(),
            range,
            elts: items,
            ctx: ast::ExprContext::Load,
        });
        let declarations = [assign(&shared.items, list, range), assign(&shared.position, int(0, range), range)];
        body.splice(index..=index, declarations);
        index += 2;
        let mut rewrite = NextRewrite { shared: &shared, replaced: 0 };
        rewrite.block(body);
    }
}

/// `object = gen(args)` at the top of the module with items computed: the name, where, the items.
fn shared_object(stmt: &Stmt, items_of: &dyn Fn(&Expr) -> Option<Vec<Expr>>) -> Option<(String, usize, Vec<Expr>)> {
    let Stmt::Assign(assignment) = stmt else { return None };
    let [Expr::Name(target)] = &assignment.targets[..] else { return None };
    let items = items_of(&assignment.value)?;
    Some((target.id.to_string(), target.start().to_usize(), items))
}

/// Replaces each `x = next(object, default)` by the step over the items, and declares the position
/// `global` in each function that has one.
struct NextRewrite<'s> {
    shared: &'s SharedGenerator,
    replaced: usize,
}

impl BlockRewrite for NextRewrite<'_> {
    fn statement(&mut self, mut stmt: Stmt) -> Vec<Stmt> {
        if let Some((target, default)) = next_use(&stmt, &self.shared.object) {
            self.replaced += 1;
            return vec![self.step(target.clone(), default.clone(), stmt.range())];
        }
        let before = self.replaced;
        rewrite_inner_blocks(&mut stmt, self);
        if let Stmt::FunctionDef(def) = &mut stmt
            && self.replaced > before
        {
            let range = def.range;
            let global = Stmt::Global(ast::StmtGlobal {
                node_index: Default::default(),
                range,
                names: vec![ast::Identifier::new(self.shared.position.as_str(), range)],
            });
            def.body.insert(0, global);
        }
        vec![stmt]
    }
}

impl NextRewrite<'_> {
    fn step(&self, target: Expr, default: Expr, range: TextRange) -> Stmt {
        let shared = self.shared;
        let position = || name(&shared.position, range, ast::ExprContext::Load);
        let test = Expr::Compare(ast::ExprCompare {
            node_index: Default::default(),
            range,
            left: Box::new(position()),
            ops: Box::new([ast::CmpOp::Lt]),
            comparators: Box::new([int(shared.length, range)]),
        });
        let item = Expr::Subscript(ast::ExprSubscript {
            node_index: Default::default(),
            range,
            value: Box::new(name(&shared.items, range, ast::ExprContext::Load)),
            slice: Box::new(position()),
            ctx: ast::ExprContext::Load,
        });
        let advance = Stmt::AugAssign(ast::StmtAugAssign {
            node_index: Default::default(),
            range,
            target: Box::new(name(&shared.position, range, ast::ExprContext::Store)),
            op: ast::Operator::Add,
            value: Box::new(int(1, range)),
        });
        Stmt::If(ast::StmtIf {
            node_index: Default::default(),
            range,
            test: Box::new(test),
            body: [assign_to(target.clone(), item, range), advance].into_iter().collect(),
            elif_else_clauses: vec![ast::ElifElseClause {
                range,
                node_index: Default::default(),
                test: None,
                body: [assign_to(target, default, range)].into_iter().collect(),
            }],
        })
    }
}

fn int(value: usize, range: TextRange) -> Expr {
    Expr::NumberLiteral(ast::ExprNumberLiteral {
        node_index: Default::default(),
        range,
        value: ast::Number::Int(ast::Int::from(value as u64)),
    })
}

fn assign(target: &str, value: Expr, range: TextRange) -> Stmt {
    assign_to(name(target, range, ast::ExprContext::Store), value, range)
}

fn assign_to(target: Expr, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![target],
        value: Box::new(value),
    })
}
