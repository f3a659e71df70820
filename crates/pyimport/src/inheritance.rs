//! A subclass of a class of the file (`class Premium(Account):`) written as the class Python's method
//! resolution makes of it: the base's methods it does not override copied into it, and each
//! `super().m(args)` a call of a copy of the base's `m` under a name of weft's own:
//!
//! ```python
//! class Premium:                        # was Premium(Account)
//!     def __init__(self, balance):      # Account's, not overridden
//!         self.balance = balance
//!     def fee(self):
//!         return self.Account_fee() - 2  # was super().fee() - 2
//!     def Account_fee(self):            # Account's fee
//!         return 2
//! ```
//!
//! Inside a copied method `self.fee()` still finds the subclass's override, as Python's does. A
//! `super().__init__(args)` at the top of the subclass's `__init__` is the base's `__init__` body
//! written in its place (the translator makes instances from an `__init__` that sets attributes), its
//! parameters replaced by the arguments, each a name or a literal that the body reads as Python's call
//! would bind it. Only where the class Python makes is that one: the base has no base class (or
//! `object`), no decorator, no class attribute and no decorated method, and its name is used only as a
//! base and as a call (`isinstance(x, Account)`, `Account.method(x)` would tell the classes apart); the
//! subclass has one base, no decorator and no decorated method; and no `__class__` or `type(...)` is
//! read (the class's name). Anything else is left to the translator's refusal of inheritance.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// Writes out every subclass of a class of the file that fits, base classes first.
pub fn flatten_subclasses(body: &mut ast::Suite) {
    if reads_the_class_of_an_object(body) {
        return;
    }
    // One class per pass: a subclass of a subclass fits once its base is written out.
    for _ in 0..body.len() {
        let Some((sub_at, base_at)) = (0..body.len()).find_map(|sub_at| {
            let base = single_base(&body[sub_at])?;
            let base_at =
                body.iter().position(|stmt| matches!(stmt, Stmt::ClassDef(class) if class.name.as_str() == base))?;
            (base_at < sub_at && fits(body, base_at, sub_at)).then_some((sub_at, base_at))
        }) else {
            return;
        };
        let (Stmt::ClassDef(base), Stmt::ClassDef(sub)) = (&body[base_at], &body[sub_at]) else { return };
        let mut taken = crate::syntax::module_names(body);
        let Some(flat) = flattened(base, sub, &mut taken) else { return };
        body[sub_at] = Stmt::ClassDef(flat);
    }
}

/// The one base of a class statement, when it names a class (`Premium(Account)`).
fn single_base(stmt: &Stmt) -> Option<&str> {
    let Stmt::ClassDef(class) = stmt else { return None };
    let arguments = class.arguments.as_ref()?;
    match (&arguments.args[..], arguments.keywords.is_empty()) {
        ([Expr::Name(base)], true) if base.id.as_str() != "object" => Some(base.id.as_str()),
        _ => None,
    }
}

/// Whether the base and the subclass are of the kind written out (the module docs).
fn fits(body: &[Stmt], base_at: usize, sub_at: usize) -> bool {
    let (Stmt::ClassDef(base), Stmt::ClassDef(sub)) = (&body[base_at], &body[sub_at]) else { return false };
    let base_is_plain = base.arguments.as_ref().is_none_or(|arguments| {
        arguments.keywords.is_empty()
            && arguments.args.iter().all(|b| matches!(b, Expr::Name(name) if name.id.as_str() == "object"))
    });
    let members_fit = |class: &ast::StmtClassDef| {
        class.body.iter().all(|member| match member {
            Stmt::FunctionDef(def) => def.decorator_list.is_empty(),
            Stmt::Pass(_) => true,
            Stmt::Expr(docstring) => matches!(&*docstring.value, Expr::StringLiteral(_)),
            _ => false,
        })
    };
    base_is_plain
        && base.decorator_list.is_empty()
        && sub.decorator_list.is_empty()
        && members_fit(base)
        && members_fit(sub)
        && !calls_super(&base.body)
        && base_used_only_as_base_and_call(body, base.name.as_str())
}

/// The subclass with the base's methods it inherits and the copies its `super()` calls reach.
fn flattened(
    base: &ast::StmtClassDef,
    sub: &ast::StmtClassDef,
    taken: &mut BTreeSet<String>,
) -> Option<ast::StmtClassDef> {
    let methods = |class: &ast::StmtClassDef| -> BTreeMap<String, ast::StmtFunctionDef> {
        class
            .body
            .iter()
            .filter_map(|member| match member {
                Stmt::FunctionDef(def) => Some((def.name.to_string(), def.clone())),
                _ => None,
            })
            .collect()
    };
    let base_methods = methods(base);
    let own_methods = methods(sub);
    let mut flat = sub.clone();
    flat.arguments = None;
    // The base's methods the subclass does not override, in the base's order, before its own.
    let inherited: Vec<Stmt> = base
        .body
        .iter()
        .filter(|member| matches!(member, Stmt::FunctionDef(def) if !own_methods.contains_key(def.name.as_str())))
        .cloned()
        .collect();
    let mut members: Vec<Stmt> = inherited;
    let mut copies: BTreeMap<String, String> = BTreeMap::new();
    for member in flat.body.iter() {
        let Stmt::FunctionDef(def) = member else {
            members.push(member.clone());
            continue;
        };
        let mut def = def.clone();
        if def.name.as_str() == "__init__" {
            inline_base_init(&mut def, base_methods.get("__init__"))?;
        }
        let receiver = def.parameters.args.first()?.parameter.name.to_string();
        let mut replace = SuperCalls {
            base: &base_methods,
            receiver: &receiver,
            base_name: base.name.as_str(),
            taken,
            copies: &mut copies,
            unfit: false,
        };
        let mut statements: Vec<Stmt> = def.body.iter().cloned().collect();
        for stmt in statements.iter_mut() {
            replace.statement(stmt);
        }
        if replace.unfit || calls_super(&statements) {
            return None;
        }
        def.body = statements.into_iter().collect();
        members.push(Stmt::FunctionDef(def));
    }
    for (method, copy) in &copies {
        let mut def = base_methods.get(method)?.clone();
        def.name = ast::Identifier::new(copy.as_str(), def.name.range());
        members.push(Stmt::FunctionDef(def));
    }
    flat.body = members.into_iter().collect();
    Some(flat)
}

/// `super().__init__(args)` as the first statement of a subclass's `__init__`: the base's `__init__`
/// body in its place, its parameters replaced by the arguments. A subclass's `__init__` that does not
/// call it keeps its body (the base's is not run, as in Python).
fn inline_base_init(init: &mut ast::StmtFunctionDef, base_init: Option<&ast::StmtFunctionDef>) -> Option<()> {
    let Some(Stmt::Expr(first)) = init.body.first().cloned() else { return Some(()) };
    let Some(call) = super_call(&first.value, "__init__") else { return Some(()) };
    let receiver = init.parameters.args.first()?.parameter.name.to_string();
    let Some(base_init) = base_init else {
        // `object.__init__()`: nothing to run.
        if !call.arguments.is_empty() {
            return None;
        }
        init.body.remove(0);
        if init.body.is_empty() {
            init.body
                .push(Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range: first.range }));
        }
        return Some(());
    };
    let parameters = &base_init.parameters;
    let plain = parameters.posonlyargs.is_empty()
        && parameters.kwonlyargs.is_empty()
        && parameters.vararg.is_none()
        && parameters.kwarg.is_none();
    let (base_receiver, named) = parameters.args.split_first()?;
    if !plain || call.arguments.args.len() > named.len() || call.arguments.args.iter().any(|a| !is_name_or_literal(a)) {
        return None;
    }
    let mut values: BTreeMap<String, Expr> = BTreeMap::new();
    values.insert(
        base_receiver.parameter.name.to_string(),
        crate::syntax::name(&receiver, first.range, ast::ExprContext::Load),
    );
    for (position, parameter) in named.iter().enumerate() {
        let name = parameter.parameter.name.as_str();
        let keyword = call.arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name));
        let value = match (call.arguments.args.get(position), keyword) {
            (Some(argument), None) => argument.clone(),
            (None, Some(keyword)) if is_name_or_literal(&keyword.value) => keyword.value.clone(),
            (None, None) if parameter.default.as_deref().is_some_and(crate::syntax::is_constant) => {
                parameter.default.as_deref()?.clone()
            }
            _ => return None,
        };
        values.insert(name.to_string(), value);
    }
    let known = |keyword: &ast::Keyword| {
        keyword.arg.as_ref().is_some_and(|arg| named.iter().any(|p| p.parameter.name.as_str() == arg.as_str()))
    };
    if !call.arguments.keywords.iter().all(known) {
        return None;
    }
    // The base's body binds no name (it sets attributes: its names would mix with the subclass's),
    // defines no scope, and reads no name the subclass's `__init__` binds (which the copy would read
    // instead of the global).
    let body: Vec<Stmt> = base_init.body.iter().cloned().collect();
    let sub_locals = stored_names(&init.body.iter().cloned().collect::<Vec<_>>());
    let sub_parameters: BTreeSet<String> = init.parameters.iter().map(|p| p.name().to_string()).collect();
    let reads = crate::syntax::names_read(&body);
    let captured = reads
        .iter()
        .any(|read| !values.contains_key(read) && (sub_locals.contains(read) || sub_parameters.contains(read)));
    if !stored_names(&body).is_empty() || defines_a_scope(&body) || captured || has_return(&body) {
        return None;
    }
    let substitute = Substitute { values: &values };
    let mut inlined = body;
    for stmt in inlined.iter_mut() {
        substitute.visit_stmt(stmt);
    }
    let rest: Vec<Stmt> = init.body.iter().skip(1).cloned().collect();
    inlined.extend(rest);
    init.body = inlined.into_iter().collect();
    Some(())
}

fn is_name_or_literal(expr: &Expr) -> bool {
    matches!(expr, Expr::Name(_)) || crate::syntax::is_constant(expr)
}

/// `super().method(...)` (zero-argument `super`): the call.
fn super_call<'e>(expr: &'e Expr, method: &str) -> Option<&'e ast::ExprCall> {
    let Expr::Call(call) = expr else { return None };
    let Expr::Attribute(attribute) = &*call.func else { return None };
    let Expr::Call(inner) = &*attribute.value else { return None };
    let is_super =
        matches!(&*inner.func, Expr::Name(name) if name.id.as_str() == "super") && inner.arguments.is_empty();
    (is_super && attribute.attr.as_str() == method).then_some(call)
}

/// Replaces `super().m(args)` with `self.Base_m(args)`, recording the copies of the base's methods.
struct SuperCalls<'s> {
    base: &'s BTreeMap<String, ast::StmtFunctionDef>,
    receiver: &'s str,
    base_name: &'s str,
    taken: &'s mut BTreeSet<String>,
    copies: &'s mut BTreeMap<String, String>,
    unfit: bool,
}

impl SuperCalls<'_> {
    fn statement(&mut self, stmt: &mut Stmt) {
        let found = std::cell::RefCell::new(Vec::new());
        Collect { found: &found }.visit_stmt(stmt);
        for method in found.into_inner() {
            if !self.base.contains_key(&method) || method == "__init__" {
                self.unfit = true;
                continue;
            }
            if !self.copies.contains_key(&method) {
                let copy =
                    crate::syntax::fresh_name(&format!("{}_{}", self.base_name, method.trim_matches('_')), self.taken);
                self.copies.insert(method.clone(), copy);
            }
        }
        Rewrite { receiver: self.receiver, copies: self.copies }.visit_stmt(stmt);
    }
}

/// The methods `super().m(...)` calls name in a statement.
struct Collect<'c> {
    found: &'c std::cell::RefCell<Vec<String>>,
}

impl Transformer for Collect<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        let method = match &*expr {
            Expr::Call(call) => match &*call.func {
                Expr::Attribute(attribute) => Some(attribute.attr.to_string()),
                _ => None,
            },
            _ => None,
        };
        if let Some(method) = method
            && super_call(expr, &method).is_some()
        {
            self.found.borrow_mut().push(method);
        }
        transform_walk_expr(self, expr);
    }
}

struct Rewrite<'r> {
    receiver: &'r str,
    copies: &'r BTreeMap<String, String>,
}

impl Transformer for Rewrite<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        transform_walk_expr(self, expr);
        let Expr::Call(call) = expr else { return };
        let Expr::Attribute(attribute) = &mut *call.func else { return };
        let Some(copy) = self.copies.get(attribute.attr.as_str()) else { return };
        let Expr::Call(inner) = &*attribute.value else { return };
        if !matches!(&*inner.func, Expr::Name(name) if name.id.as_str() == "super") || !inner.arguments.is_empty() {
            return;
        }
        let range = attribute.value.range();
        *attribute.value = crate::syntax::name(self.receiver, range, ast::ExprContext::Load);
        attribute.attr = ast::Identifier::new(copy.as_str(), attribute.attr.range());
    }
}

/// Replaces names by expressions (a parameter by its argument).
struct Substitute<'v> {
    values: &'v BTreeMap<String, Expr>,
}

impl Transformer for Substitute<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(name) = expr
            && let Some(value) = self.values.get(name.id.as_str())
        {
            let range = name.range;
            *expr = value.clone();
            set_range(expr, range);
            return;
        }
        transform_walk_expr(self, expr);
    }
}

/// Points a substituted name's value at the name's place (the line the YAML comments cite).
fn set_range(expr: &mut Expr, range: ruff_text_size::TextRange) {
    match expr {
        Expr::Name(name) => name.range = range,
        Expr::NumberLiteral(number) => number.range = range,
        Expr::StringLiteral(string) => string.range = range,
        Expr::BooleanLiteral(boolean) => boolean.range = range,
        Expr::NoneLiteral(none) => none.range = range,
        _ => {}
    }
}

/// Does a body (not the functions it defines) call `super()`?
fn calls_super(body: &[Stmt]) -> bool {
    struct Super(bool);
    impl<'a> Visitor<'a> for Super {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(expr, Expr::Name(name) if name.id.as_str() == "super");
            walk_expr(self, expr);
        }
    }
    let mut found = Super(false);
    found.visit_body(body);
    found.0
}

/// Is the base's name used anywhere but as a class statement's base and as the callee of a call?
fn base_used_only_as_base_and_call(body: &[Stmt], base: &str) -> bool {
    struct Uses<'b> {
        base: &'b str,
        other: bool,
    }
    impl<'a> Visitor<'a> for Uses<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(class) = stmt {
                // A class statement's bases are the one use allowed besides calls.
                class.decorator_list.iter().for_each(|decorator| self.visit_expr(&decorator.expression));
                for member in &class.body {
                    self.visit_stmt(member);
                }
                return;
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && matches!(&*call.func, Expr::Name(name) if name.id.as_str() == self.base)
            {
                call.arguments.args.iter().for_each(|argument| self.visit_expr(argument));
                call.arguments.keywords.iter().for_each(|keyword| self.visit_expr(&keyword.value));
                return;
            }
            self.other |= matches!(expr, Expr::Name(name) if name.id.as_str() == self.base);
            walk_expr(self, expr);
        }
    }
    let mut uses = Uses { base, other: false };
    uses.visit_body(body);
    let defined_once =
        body.iter().filter(|stmt| matches!(stmt, Stmt::ClassDef(c) if c.name.as_str() == base)).count() == 1;
    !uses.other && defined_once
}

/// Does the file read `x.__class__` or call `type(x)` (an object's class, which the rewrite changes)?
fn reads_the_class_of_an_object(body: &[Stmt]) -> bool {
    struct Reads(bool);
    impl<'a> Visitor<'a> for Reads {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(expr, Expr::Attribute(attribute) if attribute.attr.as_str() == "__class__")
                || matches!(expr, Expr::Call(call) if matches!(&*call.func, Expr::Name(name) if matches!(name.id.as_str(), "type" | "issubclass")));
            walk_expr(self, expr);
        }
    }
    let mut reads = Reads(false);
    reads.visit_body(body);
    reads.0
}

fn stored_names(body: &[Stmt]) -> BTreeSet<String> {
    struct Stores(BTreeSet<String>);
    impl<'a> Visitor<'a> for Stores {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.ctx != ast::ExprContext::Load
            {
                self.0.insert(name.id.to_string());
            }
            walk_expr(self, expr);
        }
    }
    let mut stores = Stores(BTreeSet::new());
    stores.visit_body(body);
    stores.0
}

fn defines_a_scope(body: &[Stmt]) -> bool {
    struct Scopes(bool);
    impl<'a> Visitor<'a> for Scopes {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.0 |= matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::Global(_) | Stmt::Nonlocal(_));
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(
                expr,
                Expr::Lambda(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_)
            );
            walk_expr(self, expr);
        }
    }
    let mut scopes = Scopes(false);
    scopes.visit_body(body);
    scopes.0
}

fn has_return(body: &[Stmt]) -> bool {
    struct Returns(bool);
    impl<'a> Visitor<'a> for Returns {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.0 |= matches!(stmt, Stmt::Return(_));
            walk_stmt(self, stmt);
        }
    }
    let mut returns = Returns(false);
    returns.visit_body(body);
    returns.0
}
