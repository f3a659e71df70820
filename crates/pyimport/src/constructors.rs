//! A class whose `__init__` does more than set attributes (`created += 1`, `time.sleep(...)`, then
//! `self.values = {...}`), made where the translator can only make an instance at run time (inside an
//! `if`, put on a queue, returned): after the translator refused such a `Config(...)`, the class is
//! written as the plain class the translator makes at run time plus a function of the file that runs
//! the rest of `__init__` and then makes the instance:
//!
//! ```python
//! class Config:
//!     def __init__(self, values):
//!         self.values = values
//!
//! def new_Config():          # every `Config(...)` of the file calls it
//!     global created
//!     created += 1
//!     time.sleep(0.001)
//!     return Config({"debug": 0})
//! ```
//!
//! Python runs the same steps in the same order: no one sees the instance before `__init__` returns
//! (`self` is used only as `self.x = value` at the top of `__init__`'s body), and each attribute's value
//! reads only literals and parameters `__init__` never rebinds, so computing it at the end gives the
//! same value. Any other `__init__` is left as it is, and the translator's refusal stands.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Rewrites the class whose call starts at `offset` (a refused `Config(...)`) as the module docs say;
/// false when there is no such call or its class does not fit.
pub fn split_constructor_at(body: &mut ast::Suite, offset: usize) -> bool {
    let (class, through_cls) = match called_class_at(body, offset) {
        Some(class) => (class, false),
        None => match crate::class_calls::class_called_through_cls(body, offset) {
            Some(class) => (class, true),
            None => return false,
        },
    };
    let Some(position) = body.iter().position(|stmt| matches!(stmt, Stmt::ClassDef(def) if def.name.as_str() == class))
    else {
        return false;
    };
    let Stmt::ClassDef(definition) = &body[position] else { return false };
    let Some(split) = split_init(definition) else { return false };
    if through_cls {
        // `cls()` in a classmethod of a class nothing derives from is a call of the class itself.
        crate::class_calls::name_the_class_at(body, offset, &class);
    }
    let mut taken = crate::syntax::module_names(body);
    let maker = crate::syntax::fresh_name(&format!("new_{class}"), &mut taken);
    let calls = RenameCalls { class: class.clone(), maker: maker.clone() };
    for stmt in body.iter_mut() {
        calls.visit_stmt(stmt);
    }
    let Stmt::ClassDef(definition) = &mut body[position] else { return false };
    let init_position = init_position(definition).expect("split_init found it");
    definition.body[init_position] = Stmt::FunctionDef(split.plain_init);
    let maker_def = maker_function(&maker, &class, split.rest);
    body.insert(position + 1, Stmt::FunctionDef(maker_def));
    true
}

/// The class of the file a call starting at `offset` makes (`Config` of `Config(...)`).
fn called_class_at(body: &[Stmt], offset: usize) -> Option<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr};
    struct Find {
        offset: usize,
        found: Option<String>,
    }
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && call.range().start().to_usize() == self.offset
                && let Expr::Name(name) = &*call.func
            {
                self.found = Some(name.id.to_string());
            }
            visit_walk_expr(self, expr);
        }
    }
    let classes: BTreeSet<String> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::ClassDef(class) => Some(class.name.to_string()),
            _ => None,
        })
        .collect();
    let mut find = Find { offset, found: None };
    find.visit_body(body);
    find.found.filter(|name| classes.contains(name))
}

fn init_position(class: &ast::StmtClassDef) -> Option<usize> {
    class.body.iter().position(|stmt| matches!(stmt, Stmt::FunctionDef(def) if def.name.as_str() == "__init__"))
}

/// `__init__` split in two: the plain one (a parameter per attribute, set in order) and the function
/// that runs the rest: the original parameters, the other statements, `return Class(values...)`.
struct Split {
    plain_init: ast::StmtFunctionDef,
    rest: ast::StmtFunctionDef,
}

fn split_init(class: &ast::StmtClassDef) -> Option<Split> {
    let no_bases = class.arguments.as_ref().is_none_or(|arguments| arguments.is_empty());
    if !no_bases || !class.decorator_list.is_empty() {
        return None;
    }
    let Stmt::FunctionDef(init) = &class.body[init_position(class)?] else { return None };
    let parameters = &init.parameters;
    let simple = parameters.posonlyargs.is_empty()
        && parameters.kwonlyargs.is_empty()
        && parameters.vararg.is_none()
        && parameters.kwarg.is_none()
        && init.decorator_list.is_empty()
        && !init.is_async;
    let (receiver, named) = parameters.args.split_first()?;
    if !simple {
        return None;
    }
    let receiver = receiver.parameter.name.as_str();
    let named: BTreeSet<String> = named.iter().map(|parameter| parameter.parameter.name.to_string()).collect();
    let stored = stored_names(&init.body);
    if named.iter().any(|name| stored.contains(name)) || stored.contains(receiver) {
        return None;
    }
    let mut attributes: Vec<(String, Expr, TextRange)> = Vec::new();
    let mut rest = Vec::new();
    // An attribute whose value reads more than literals and parameters (`self.id = Pool.created`),
    // once one is met: nothing but attribute sets may follow it (late_attributes_only below).
    let mut late_attribute_seen = false;
    for stmt in &init.body {
        match attribute_set(stmt, receiver) {
            Some((attribute, value)) => {
                let pure = reads_only(value, &named);
                if !pure && !is_late_attribute_value(value, receiver, &stored) {
                    return None;
                }
                late_attribute_seen |= !pure;
                if attributes.iter().any(|(seen, _, _)| *seen == attribute) {
                    return None;
                }
                attributes.push((attribute, value.clone(), stmt.range()));
            }
            None if mentions(stmt, receiver) || matches!(stmt, Stmt::Return(_)) || has_return(stmt) => return None,
            None if late_attribute_seen => return None,
            None => rest.push(stmt.clone()),
        }
    }
    let is_docstring = |stmt: &Stmt| matches!(stmt, Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)));
    if rest.iter().any(|stmt| calls(stmt, class.name.as_str())) {
        // `__init__` makes another instance of its class: the call would be renamed under it. A
        // class attribute (`Database.created += 1`) is the class's shared variable wherever it is read.
        return None;
    }
    if rest.iter().all(is_docstring) {
        // Only attributes: the translator makes such an instance itself.
        return None;
    }
    let range = init.range();
    let mut plain_parameters = vec![parameters.args[0].clone()];
    let mut plain_body = Vec::new();
    for (attribute, _, at) in &attributes {
        plain_parameters.push(crate::syntax::parameter(attribute, None, *at));
        plain_body.push(Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range: *at,
            targets: vec![Expr::Attribute(ast::ExprAttribute {
                node_index: ast::AtomicNodeIndex::default(),
                range: *at,
                value: Box::new(crate::syntax::name(receiver, *at, ast::ExprContext::Load)),
                attr: ast::Identifier::new(attribute.as_str(), *at),
                ctx: ast::ExprContext::Store,
            })],
            value: Box::new(crate::syntax::name(attribute, *at, ast::ExprContext::Load)),
        }));
    }
    if plain_body.is_empty() {
        plain_body.push(Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range }));
    }
    let mut plain_init = init.clone();
    plain_init.parameters = Box::new(ast::Parameters {
        range: parameters.range,
        node_index: ast::AtomicNodeIndex::default(),
        posonlyargs: Default::default(),
        args: plain_parameters.into(),
        vararg: None,
        kwonlyargs: Default::default(),
        kwarg: None,
    });
    plain_init.body = plain_body.into();
    let last = attributes.last().map_or(range, |(_, _, at)| *at);
    let made = Expr::Call(ast::ExprCall {
        node_index: ast::AtomicNodeIndex::default(),
        range_start: last.start(),
        func: Box::new(crate::syntax::name(class.name.as_str(), last, ast::ExprContext::Load)),
        arguments: ast::Arguments {
            node_index: ast::AtomicNodeIndex::default(),
            range: TextRange::empty(last.end()),
            args: attributes.iter().map(|(_, value, _)| value.clone()).collect(),
            keywords: Default::default(),
        },
    });
    rest.push(Stmt::Return(ast::StmtReturn {
        node_index: ast::AtomicNodeIndex::default(),
        range: last,
        value: Some(Box::new(made)),
    }));
    let mut maker = init.clone();
    maker.parameters = Box::new(ast::Parameters {
        range: parameters.range,
        node_index: ast::AtomicNodeIndex::default(),
        posonlyargs: Default::default(),
        args: parameters.args[1..].to_vec().into(),
        vararg: None,
        kwonlyargs: Default::default(),
        kwarg: None,
    });
    maker.body = rest.into();
    Some(Split { plain_init, rest: maker })
}

fn maker_function(name: &str, _class: &str, mut rest: ast::StmtFunctionDef) -> ast::StmtFunctionDef {
    rest.name = ast::Identifier::new(name, rest.name.range());
    rest
}

/// `self.attribute = value`: the attribute and the value.
/// An annotated one (`self.entries: dict[str, int] = {}`) is the same: Python evaluates no annotation
/// of an attribute inside a function.
fn attribute_set<'a>(stmt: &'a Stmt, receiver: &str) -> Option<(String, &'a Expr)> {
    let (target, value) = match stmt {
        Stmt::Assign(assign) => match &assign.targets[..] {
            [Expr::Attribute(target)] => (target, &*assign.value),
            _ => return None,
        },
        Stmt::AnnAssign(ast::StmtAnnAssign { target, value: Some(value), .. }) => match &**target {
            Expr::Attribute(target) => (target, &**value),
            _ => return None,
        },
        _ => return None,
    };
    matches!(&*target.value, Expr::Name(name) if name.id.as_str() == receiver).then(|| (target.attr.to_string(), value))
}

/// A value that reads only literals and `parameters`: its value is the same wherever `__init__`
/// computes it.
fn reads_only(expr: &Expr, parameters: &BTreeSet<String>) -> bool {
    match expr {
        literal if crate::syntax::is_constant(literal) => true,
        Expr::Name(name) => parameters.contains(name.id.as_str()),
        Expr::List(list) => list.elts.iter().all(|item| reads_only(item, parameters)),
        Expr::Tuple(tuple) => tuple.elts.iter().all(|item| reads_only(item, parameters)),
        Expr::Set(set) => set.elts.iter().all(|item| reads_only(item, parameters)),
        Expr::Dict(dict) => dict.items.iter().all(|item| {
            item.key.as_ref().is_some_and(|key| reads_only(key, parameters)) && reads_only(&item.value, parameters)
        }),
        Expr::UnaryOp(unary) => reads_only(&unary.operand, parameters),
        Expr::BinOp(binary) => reads_only(&binary.left, parameters) && reads_only(&binary.right, parameters),
        // `dict()`, `list()`, `set()`: a new empty container, as `{}` is.
        empty @ Expr::Call(_) => crate::translate::collection_objects::empty_container(empty).is_some(),
        // `["conn-%d" % i for i in range(2)]` (session32/t04): a new list whose items read only literals,
        // the parameters and its own loop names (known_comprehensions.rs).
        Expr::ListComp(comprehension) => {
            crate::translate::known_comprehensions::reads_only_itself(comprehension, parameters, reads_only)
        }
        _ => false,
    }
}

/// A value that may read what the rest of `__init__` and other threads change (a class attribute
/// such as `Pool.created`, a global), kept when nothing but attribute
/// sets follows it in `__init__` (session 34: session33/t03, `ConnectionPool.created += 1` then
/// `self.id = ConnectionPool.created`). The function that runs the rest then computes it as the
/// argument of `Class(...)` right after the rest's last statement, in the attributes' order: the same
/// reads in the same order as Python's, since the attribute sets between them read and write nothing
/// another thread sees (no one holds `self` before `__init__` returns). Not `self` (the instance does
/// not exist yet in the function), nor a local of `__init__` (the import's own hoisted calls are such
/// locals), nor a call (which may do anything, even read the instance through
/// a global it is being bound to), an `await`, `yield`, lambda or comprehension (a scope or a
/// suspension of its own).
fn is_late_attribute_value(value: &Expr, receiver: &str, init_locals: &BTreeSet<String>) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr};
    struct Plain<'r> {
        receiver: &'r str,
        init_locals: &'r BTreeSet<String>,
        plain: bool,
    }
    impl<'a> Visitor<'a> for Plain<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Name(name)
                    if name.id.as_str() == self.receiver || self.init_locals.contains(name.id.as_str()) =>
                {
                    self.plain = false;
                }
                Expr::Call(_)
                | Expr::Await(_)
                | Expr::Yield(_)
                | Expr::YieldFrom(_)
                | Expr::Lambda(_)
                | Expr::Named(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::Generator(_) => self.plain = false,
                _ => visit_walk_expr(self, expr),
            }
        }
    }
    let mut plain = Plain { receiver, init_locals, plain: true };
    plain.visit_expr(value);
    plain.plain
}

/// The names `body` binds (assignment targets, loop variables, `with ... as`, imports).
fn stored_names(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr};
    #[derive(Default)]
    struct Stored(BTreeSet<String>);
    impl<'a> Visitor<'a> for Stored {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.ctx != ast::ExprContext::Load
            {
                self.0.insert(name.id.to_string());
            }
            visit_walk_expr(self, expr);
        }
    }
    let mut stored = Stored::default();
    stored.visit_body(body);
    stored.0
}

fn mentions(stmt: &Stmt, name: &str) -> bool {
    crate::syntax::names_read(std::slice::from_ref(stmt)).contains(name)
}

/// Whether `stmt` calls `name` (`Config(...)`), anywhere inside it.
fn calls(stmt: &Stmt, name: &str) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr};
    struct Calls<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Calls<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == self.name)
            {
                self.found = true;
            }
            visit_walk_expr(self, expr);
        }
    }
    let mut calls = Calls { name, found: false };
    calls.visit_stmt(stmt);
    calls.found
}

fn has_return(stmt: &Stmt) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    #[derive(Default)]
    struct Returns(bool);
    impl<'a> Visitor<'a> for Returns {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Return(_) => self.0 = true,
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                other => walk_stmt(self, other),
            }
        }
    }
    let mut returns = Returns::default();
    returns.visit_stmt(stmt);
    returns.0
}

/// Every `Class(...)` of the module becomes `maker(...)`.
struct RenameCalls {
    class: String,
    maker: String,
}

impl Transformer for RenameCalls {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Call(call) = expr
            && let Expr::Name(name) = &mut *call.func
            && name.id.as_str() == self.class
        {
            name.id = ast::name::Name::new(self.maker.as_str());
        }
        walk_expr(self, expr);
    }
}
