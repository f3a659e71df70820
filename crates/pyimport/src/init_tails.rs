//! A class whose `__init__` sets attributes and then does more with `self` (starts the thread it
//! made, fills the dict it holds), made by a statement of its own (`svc = Service()`): the translator
//! makes such an instance at import time from its attributes and refuses the rest of `__init__`. After
//! that refusal, the rest becomes a method of the class, called at once after the assignment:
//!
//! ```python
//! class Service:
//!     def __init__(self):
//!         self.settings = {}
//!         self.worker = threading.Thread(target=self._serve)
//!     def init_rest(self):
//!         self.worker.start()
//!         self.settings["greeting"] = "hello"
//!
//! svc = Service()
//! svc.init_rest()
//! ```
//!
//! Python runs the same statements in the same order, with `self` the same instance. What differs is
//! when the name is bound: Python binds `svc` when `__init__` returns, the rewrite before its rest runs.
//! So it is done only where nothing can tell: every use of the class is such a statement (a name bound
//! to its call, outside every `try`, whose handler could see the name bound where Python's is not),
//! no function or lambda reads the bound name (a thread the rest starts could read it), the rest reads
//! parameters only where each argument is a literal (evaluated again by the second call), and the
//! class has no base class, decorator or classmethod (which could make an instance otherwise).

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::BlockRewrite;

/// Rewrites the class whose `__init__` holds `offset` (the translator's refusal of a statement after
/// its attributes) as the module docs say; false when it does not fit.
pub fn split_init_tail_at(body: &mut ast::Suite, offset: usize) -> bool {
    let Some(position) = body.iter().position(|stmt| init_holding(stmt, offset).is_some()) else { return false };
    let Stmt::ClassDef(class) = &body[position] else { return false };
    let Some((init_at, init)) = init_holding(&body[position], offset) else { return false };
    let class_name = class.name.to_string();
    let Some(split) = split_point(init) else { return false };
    let refused_at = init.body.iter().position(|stmt| stmt.range().contains_inclusive((offset as u32).into()));
    if refused_at.is_none_or(|refused_at| refused_at < split) {
        // The refusal is of an attribute's own value: moving the rest would not change it.
        return false;
    }
    let tail_parameters = parameters_read(init, &init.body[split..]);
    let Some(calls) = constructions(body, &class_name, !tail_parameters.is_empty()) else { return false };
    if calls.is_empty() || calls.iter().any(|target| bound_name_is_read_elsewhere(body, target)) {
        return false;
    }
    let mut taken = crate::syntax::module_names(body);
    let method = crate::syntax::fresh_name("init_rest", &mut taken);
    let Stmt::ClassDef(class) = &mut body[position] else { return false };
    let Stmt::FunctionDef(init) = &mut class.body[init_at] else { return false };
    let mut rest = init.clone();
    rest.name = ast::Identifier::new(method.as_str(), init.name.range());
    let arguments_again = !tail_parameters.is_empty();
    if !arguments_again {
        // The rest reads no parameter: the call evaluates no argument a second time.
        let receiver = init.parameters.args[..1].to_vec();
        rest.parameters = Box::new(ast::Parameters { args: receiver.into(), ..(*init.parameters).clone() });
    }
    rest.body = init.body[split..].to_vec().into();
    init.body.truncate(split);
    if init.body.is_empty() {
        init.body.push(Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range: init.range }));
    }
    class.body.insert(init_at + 1, Stmt::FunctionDef(rest));
    let mut rewrite = CallRest { class: class_name, method, arguments_again };
    rewrite.block(body);
    true
}

/// The `__init__` of a class of the module (without bases, decorators or classmethods) whose body
/// holds `offset`, with its position in the class's body.
fn init_holding(stmt: &Stmt, offset: usize) -> Option<(usize, &ast::StmtFunctionDef)> {
    let Stmt::ClassDef(class) = stmt else { return None };
    let plain_class = class.arguments.as_ref().is_none_or(|arguments| arguments.is_empty())
        && class.decorator_list.is_empty()
        && class.body.iter().all(|member| !matches!(member, Stmt::FunctionDef(def) if !def.decorator_list.is_empty()));
    if !plain_class {
        return None;
    }
    class.body.iter().enumerate().find_map(|(at, member)| match member {
        Stmt::FunctionDef(def)
            if def.name.as_str() == "__init__"
                && def.body.iter().any(|stmt| stmt.range().contains_inclusive((offset as u32).into())) =>
        {
            Some((at, def))
        }
        _ => None,
    })
}

/// Where the attributes end: the first statement of `__init__` other than `self.x = value`, a
/// docstring or `pass`, when `__init__` takes plain parameters only.
fn split_point(init: &ast::StmtFunctionDef) -> Option<usize> {
    let parameters = &init.parameters;
    let plain = parameters.posonlyargs.is_empty()
        && parameters.kwonlyargs.is_empty()
        && parameters.vararg.is_none()
        && parameters.kwarg.is_none()
        && !init.is_async;
    let receiver = parameters.args.first()?.parameter.name.as_str();
    if !plain {
        return None;
    }
    let sets_an_attribute = |stmt: &Stmt| match stmt {
        Stmt::Pass(_) => true,
        Stmt::Expr(docstring) => matches!(&*docstring.value, Expr::StringLiteral(_)),
        Stmt::Assign(assign) => {
            matches!(&assign.targets[..], [Expr::Attribute(target)] if matches!(&*target.value, Expr::Name(name) if name.id.as_str() == receiver))
        }
        _ => false,
    };
    init.body.iter().position(|stmt| !sets_an_attribute(stmt))
}

/// The parameters of `__init__` (after `self`) that `rest` reads.
fn parameters_read(init: &ast::StmtFunctionDef, rest: &[Stmt]) -> BTreeSet<String> {
    let read = crate::syntax::names_read(rest);
    init.parameters.args[1..]
        .iter()
        .map(|parameter| parameter.parameter.name.to_string())
        .filter(|name| read.contains(name))
        .collect()
}

/// The names every use of `class` binds (`svc` of `svc = Service()`), or `None` when some use of the
/// class is anything else (a call inside an expression, a `try`'s, the class passed as a value), or
/// where the rest needs the arguments again and one is not a literal.
fn constructions(body: &[Stmt], class: &str, arguments_again: bool) -> Option<Vec<String>> {
    let mut uses = ClassUses { class, arguments_again, tries: 0, targets: Vec::new(), other_use: false };
    uses.visit_body(body);
    (!uses.other_use).then_some(uses.targets)
}

struct ClassUses<'c> {
    class: &'c str,
    arguments_again: bool,
    tries: usize,
    targets: Vec<String>,
    other_use: bool,
}

impl ClassUses<'_> {
    fn construction<'s>(&self, stmt: &'s Stmt) -> Option<(&'s str, &'s ast::ExprCall)> {
        let Stmt::Assign(assign) = stmt else { return None };
        let [Expr::Name(target)] = &assign.targets[..] else { return None };
        let Expr::Call(call) = &*assign.value else { return None };
        matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == self.class)
            .then_some((target.id.as_str(), call))
    }
}

impl<'a> Visitor<'a> for ClassUses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Some((target, call)) = self.construction(stmt) {
            let literal_arguments = call.arguments.args.iter().all(crate::syntax::is_constant)
                && call.arguments.keywords.iter().all(|keyword| crate::syntax::is_constant(&keyword.value));
            let names_the_class_again =
                call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|keyword| &keyword.value)).any(
                    |argument| {
                        crate::syntax::names_read(&[crate::syntax::expression_statement(argument.clone())])
                            .contains(self.class)
                    },
                );
            if self.tries > 0 || (self.arguments_again && !literal_arguments) || names_the_class_again {
                self.other_use = true;
            }
            self.targets.push(target.to_string());
            return;
        }
        if let Stmt::Try(_) = stmt {
            self.tries += 1;
            walk_stmt(self, stmt);
            self.tries -= 1;
            return;
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if matches!(expr, Expr::Name(name) if name.id.as_str() == self.class) {
            self.other_use = true;
        }
        walk_expr(self, expr);
    }
}

/// Does a function or lambda of the module read `name` (a global it could read while the rest of
/// `__init__` runs, or a local of the function around it through its closure)?
fn bound_name_is_read_elsewhere(body: &[Stmt], name: &str) -> bool {
    let mut outermost = Outermost::default();
    outermost.visit_body(body);
    let lambda_reads = outermost.lambdas.iter().any(|lambda| {
        crate::syntax::names_read(&[crate::syntax::expression_statement((*lambda.body).clone())]).contains(name)
    });
    lambda_reads
        || outermost.functions.iter().any(|def| {
            if declares(&def.body, name) {
                return true;
            }
            match assigns(&def.body, name) {
                // The function's own local: only what it defines can read it (its closure).
                true => bound_name_is_read_elsewhere(&def.body, name),
                false => crate::syntax::names_read(&def.body).contains(name),
            }
        })
}

/// The functions and lambdas of a body that no other function of it holds.
#[derive(Default)]
struct Outermost<'a> {
    functions: Vec<&'a ast::StmtFunctionDef>,
    lambdas: Vec<&'a ast::ExprLambda>,
}

impl<'a> Visitor<'a> for Outermost<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => self.functions.push(def),
            other => walk_stmt(self, other),
        }
    }
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Lambda(lambda) => self.lambdas.push(lambda),
            other => walk_expr(self, other),
        }
    }
}

/// Does `body` (not the functions it defines) say `global name` or `nonlocal name`?
fn declares(body: &[Stmt], name: &str) -> bool {
    struct Declarations<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Declarations<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Global(global) => self.found |= global.names.iter().any(|n| n.as_str() == self.name),
                Stmt::Nonlocal(nonlocal) => self.found |= nonlocal.names.iter().any(|n| n.as_str() == self.name),
                other => walk_stmt(self, other),
            }
        }
    }
    let mut declarations = Declarations { name, found: false };
    declarations.visit_body(body);
    declarations.found
}

/// Does `body` (not the functions it defines) assign `name`?
fn assigns(body: &[Stmt], name: &str) -> bool {
    struct Stores<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Stores<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if matches!(expr, Expr::Name(n) if n.id.as_str() == self.name && n.ctx == ast::ExprContext::Store) {
                self.found = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut stores = Stores { name, found: false };
    stores.visit_body(body);
    stores.found
}

/// After each `name = Class(arguments)`, `name.init_rest(arguments)` (or `name.init_rest()` where the
/// rest reads no parameter).
struct CallRest {
    class: String,
    method: String,
    arguments_again: bool,
}

impl BlockRewrite for CallRest {
    fn statement(&mut self, mut stmt: Stmt) -> Vec<Stmt> {
        crate::syntax::rewrite_inner_blocks(&mut stmt, self);
        let Stmt::Assign(assign) = &stmt else { return vec![stmt] };
        let ([Expr::Name(target)], Expr::Call(call)) = (&assign.targets[..], &*assign.value) else {
            return vec![stmt];
        };
        if !matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == self.class) {
            return vec![stmt];
        }
        let range = assign.range;
        let method = Expr::Attribute(ast::ExprAttribute {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Box::new(crate::syntax::name(target.id.as_str(), range, ast::ExprContext::Load)),
            attr: ast::Identifier::new(self.method.as_str(), range),
            ctx: ast::ExprContext::Load,
        });
        let mut rest = call.clone();
        rest.func = Box::new(method);
        if !self.arguments_again {
            rest.arguments.args = Default::default();
            rest.arguments.keywords = Default::default();
        }
        let rest = Expr::Call(rest);
        let rest =
            Stmt::Expr(ast::StmtExpr { node_index: ast::AtomicNodeIndex::default(), range, value: Box::new(rest) });
        vec![stmt, rest]
    }
}
