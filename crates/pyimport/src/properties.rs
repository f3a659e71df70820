//! `@property` getters, before translation: a read of the property (`account.balance`) is the call of
//! its getter (`account.balance()`), which the translator inlines as any method of the file, and the
//! getter loses its decorator. Done on the syntax tree because a read anywhere (an operand, a test, an
//! argument) must become a call with its steps; it is done only where the rewrite cannot touch another
//! attribute: the property's name is no method of another class and nothing assigns an attribute of that
//! name (other than through its setter, below), and no deleter is declared (it stays refused by the
//! class's checks).
//!
//! A setter (`@balance.setter def balance(self, value): ...`, session 18) becomes a method of its own,
//! `balance_setter`, and each `x.balance = v` of a name `x` the call `x.balance_setter(v)`, each
//! `x.balance += v` the call `x.balance_setter(x.balance() + v)`: what Python calls for them, in its
//! order (the receiver, the getter, the value, the setter). Any other assignment of the attribute (an
//! unpacking, a chain, a receiver that is no name) leaves the property refused.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Attribute names that objects weft follows already have (a thread's `name`, a queue's `maxsize`):
/// a property of one of these names is left to the class's checks.
const TAKEN: [&str; 5] = ["name", "daemon", "ident", "native_id", "maxsize"];

/// Rewrites the module's property reads into getter calls; the names rewritten.
pub fn rewrite_properties(body: &mut ast::Suite) -> BTreeSet<String> {
    let candidates = property_names(body);
    if candidates.is_empty() {
        return candidates;
    }
    let setters = setter_names(body, &candidates);
    let blocked = names_used_otherwise(body, &candidates, &setters);
    let rewritten: BTreeSet<String> = candidates.difference(&blocked).cloned().collect();
    if rewritten.is_empty() {
        return rewritten;
    }
    for stmt in body.iter_mut() {
        if let Stmt::ClassDef(class) = stmt {
            for inner in class.body.iter_mut() {
                if let Stmt::FunctionDef(def) = inner
                    && rewritten.contains(def.name.as_str())
                {
                    if is_plain_property(def) {
                        def.decorator_list.clear();
                    } else if setter_of(def).is_some() {
                        def.decorator_list.clear();
                        def.name = ast::Identifier::new(setter_method(def.name.as_str()), def.name.range);
                    }
                }
            }
        }
    }
    let with_setters: BTreeSet<String> = setters.intersection(&rewritten).cloned().collect();
    if !with_setters.is_empty() {
        let taken = std::cell::RefCell::new(crate::syntax::module_names(body));
        let stores = SetterCalls { names: &with_setters, taken };
        for stmt in body.iter_mut() {
            stores.rewrite_inside(stmt);
        }
        stores.rewrite_block(body);
    }
    let calls = PropertyCalls { names: &rewritten };
    for stmt in body.iter_mut() {
        calls.visit_stmt(stmt);
    }
    rewritten
}

/// `@property` with nothing else on a method of a class at module level.
fn is_plain_property(def: &ast::StmtFunctionDef) -> bool {
    matches!(&def.decorator_list[..], [decorator] if matches!(&decorator.expression, Expr::Name(name) if name.id.as_str() == "property"))
}

/// The method a property's setter becomes.
fn setter_method(property: &str) -> String {
    format!("{property}_setter")
}

/// `@p.setter` on a method named `p` with two plain parameters: `Some(p)`.
fn setter_of(def: &ast::StmtFunctionDef) -> Option<&str> {
    let [decorator] = &def.decorator_list[..] else { return None };
    let Expr::Attribute(attribute) = &decorator.expression else { return None };
    let named = matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == def.name.as_str());
    let plain = def.parameters.args.len() == 2
        && def.parameters.posonlyargs.is_empty()
        && def.parameters.kwonlyargs.is_empty()
        && def.parameters.vararg.is_none()
        && def.parameters.kwarg.is_none();
    (named && plain && attribute.attr.as_str() == "setter" && !def.is_async).then_some(def.name.as_str())
}

/// The candidates with a setter (one per class that has the property).
fn setter_names(body: &[Stmt], candidates: &BTreeSet<String>) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for stmt in body {
        if let Stmt::ClassDef(class) = stmt {
            for inner in &class.body {
                if let Stmt::FunctionDef(def) = inner
                    && let Some(name) = setter_of(def)
                    && candidates.contains(name)
                {
                    names.insert(name.to_string());
                }
            }
        }
    }
    names
}

/// The names of the module's classes' `@property` methods.
fn property_names(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for stmt in body {
        if let Stmt::ClassDef(class) = stmt {
            for inner in &class.body {
                if let Stmt::FunctionDef(def) = inner
                    && is_plain_property(def)
                {
                    names.insert(def.name.to_string());
                }
            }
        }
    }
    names
}

/// The candidates that something else of the module names: another method or a setter of that name, an
/// attribute assigned under it, or a name weft's own objects have.
fn names_used_otherwise(body: &[Stmt], candidates: &BTreeSet<String>, setters: &BTreeSet<String>) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Walk<'c> {
        candidates: &'c BTreeSet<String>,
        setters: &'c BTreeSet<String>,
        blocked: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Walk<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def)
                    if self.candidates.contains(def.name.as_str())
                        && !is_plain_property(def)
                        && setter_of(def).is_none() =>
                {
                    self.blocked.insert(def.name.to_string());
                }
                // `x.p = v` and `x.p += v` of a name, with a setter: its call.
                Stmt::Assign(assign) if store_through_setter(&assign.targets, self.setters).is_some() => {}
                Stmt::AugAssign(assign)
                    if store_through_setter(std::slice::from_ref(&*assign.target), self.setters).is_some() => {}
                Stmt::Assign(assign) => assign.targets.iter().for_each(|target| self.target(target)),
                Stmt::AugAssign(assign) => self.target(&assign.target),
                Stmt::AnnAssign(assign) => self.target(&assign.target),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    impl Walk<'_> {
        fn target(&mut self, target: &Expr) {
            match target {
                Expr::Attribute(attribute) if self.candidates.contains(attribute.attr.as_str()) => {
                    self.blocked.insert(attribute.attr.to_string());
                }
                Expr::Tuple(tuple) => tuple.elts.iter().for_each(|element| self.target(element)),
                Expr::List(list) => list.elts.iter().for_each(|element| self.target(element)),
                _ => {}
            }
        }
    }
    let mut walk = Walk { candidates, setters, blocked: BTreeSet::new() };
    for stmt in body {
        walk.visit_stmt(stmt);
    }
    walk.blocked.extend(candidates.iter().filter(|name| TAKEN.contains(&name.as_str())).cloned());
    // The setter's own method name must be new.
    let methods = crate::syntax::module_names(body);
    walk.blocked.extend(setters.iter().filter(|name| methods.contains(&setter_method(name))).cloned());
    walk.blocked
}

/// The one target `x.p` of a name `x` and a property `p` with a setter.
fn store_through_setter<'a>(targets: &'a [Expr], setters: &BTreeSet<String>) -> Option<&'a ast::ExprAttribute> {
    let [Expr::Attribute(attribute)] = targets else { return None };
    (matches!(&*attribute.value, Expr::Name(_)) && setters.contains(attribute.attr.as_str())).then_some(attribute)
}

/// Rewrites `x.p = v` into `value = v` then `x.p_setter(value)`, and `x.p += v` into `value = x.p + v`
/// then the same (the read becomes the getter's call afterwards, with every other read): the value is
/// computed on a line of its own, as the translator takes a call's steps, in Python's order.
struct SetterCalls<'n> {
    names: &'n BTreeSet<String>,
    taken: std::cell::RefCell<BTreeSet<String>>,
}

impl SetterCalls<'_> {
    /// The blocks inside `stmt` (a function's or class's body, an `if`'s branches, ...).
    fn rewrite_inside(&self, stmt: &mut Stmt) {
        let blocks: Vec<&mut ast::Suite> = match stmt {
            Stmt::FunctionDef(def) => vec![&mut def.body],
            Stmt::ClassDef(class) => vec![&mut class.body],
            other => crate::blocks::nested_blocks(other),
        };
        for block in blocks {
            for inner in block.iter_mut() {
                self.rewrite_inside(inner);
            }
            self.rewrite_block(block);
        }
    }

    /// The stores of `block`'s own statements.
    fn rewrite_block(&self, block: &mut ast::Suite) {
        let mut index = 0;
        while index < block.len() {
            match self.setter_call(&block[index]) {
                Some([assign, call]) => {
                    block[index] = call;
                    block.insert(index, assign);
                    index += 2;
                }
                None => index += 1,
            }
        }
    }

    fn setter_call(&self, stmt: &Stmt) -> Option<[Stmt; 2]> {
        let (target, value) = match stmt {
            Stmt::Assign(assign) => (store_through_setter(&assign.targets, self.names)?, (*assign.value).clone()),
            Stmt::AugAssign(assign) => {
                let target = store_through_setter(std::slice::from_ref(&*assign.target), self.names)?;
                let mut read = target.clone();
                read.ctx = ast::ExprContext::Load;
                let value = Expr::BinOp(ast::ExprBinOp {
                    node_index: ast::AtomicNodeIndex::default(),
                    range: assign.range,
                    left: Box::new(Expr::Attribute(read)),
                    op: assign.op,
                    right: assign.value.clone(),
                });
                (target, value)
            }
            _ => return None,
        };
        let range = stmt.range();
        let local = crate::syntax::fresh_name(&format!("{}_value", target.attr), &mut self.taken.borrow_mut());
        let assign = Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            targets: vec![crate::syntax::name(&local, range, ast::ExprContext::Store)],
            value: Box::new(value),
        });
        let method = Expr::Attribute(ast::ExprAttribute {
            node_index: ast::AtomicNodeIndex::default(),
            range: target.range,
            value: target.value.clone(),
            attr: ast::Identifier::new(setter_method(target.attr.as_str()), target.attr.range),
            ctx: ast::ExprContext::Load,
        });
        let call = Expr::Call(ast::ExprCall {
            node_index: ast::AtomicNodeIndex::default(),
            range_start: range.start(),
            func: Box::new(method),
            arguments: ast::Arguments {
                node_index: ast::AtomicNodeIndex::default(),
                range: TextRange::new(target.range.end(), range.end()),
                args: Box::new([crate::syntax::name(&local, range, ast::ExprContext::Load)]),
                keywords: Default::default(),
            },
        });
        let call =
            Stmt::Expr(ast::StmtExpr { node_index: ast::AtomicNodeIndex::default(), range, value: Box::new(call) });
        Some([assign, call])
    }
}

/// Turns each read `x.p` of a property `p` into `x.p()`, leaving calls of it (`x.p(...)`) alone.
struct PropertyCalls<'n> {
    names: &'n BTreeSet<String>,
}

impl Transformer for PropertyCalls<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Call(call) = expr {
            // The callee itself stays as it is; its receiver and the arguments are walked.
            match &mut *call.func {
                Expr::Attribute(attribute) => self.visit_expr(&mut attribute.value),
                other => self.visit_expr(other),
            }
            for argument in call.arguments.args.iter_mut() {
                self.visit_expr(argument);
            }
            for keyword in call.arguments.keywords.iter_mut() {
                self.visit_expr(&mut keyword.value);
            }
            return;
        }
        walk_expr(self, expr);
        if let Expr::Attribute(attribute) = expr
            && attribute.ctx == ast::ExprContext::Load
            && self.names.contains(attribute.attr.as_str())
        {
            let range = attribute.range;
            let func = std::mem::replace(expr, Expr::NoneLiteral(ast::ExprNoneLiteral::default()));
            // The call spans the attribute: it starts where the attribute does, and its (empty)
            // arguments end where it ends.
            *expr = crate::syntax::call_without_arguments(func, range);
        }
    }
}
