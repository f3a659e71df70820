//! A free list of instances (session 37, session31/t06): a class of the file keeps the instances it
//! made in `__init__` on a list (`self._free = [Connection(i) for i in range(size)]`), hands one out by
//! `self._free.pop()` and takes it back by `self._free.append(conn)`. Which instance a `pop()` gives
//! depends on the order the threads ran, and the translator follows each instance by the name it was
//! made under, so it refuses the `pop()`. The instances are still a finite set made at import time;
//! only their order on the list is a value of the run. After that refusal the list is written as
//! positions into a list of the instances that never changes, and each use of an instance taken from
//! it as that list's item at the position (list_rows.rs then writes it as an `if` per position):
//!
//! ```python
//! self._free = [Connection(i) for i in range(size)]   # self._free_objects = [Connection(i) for i in range(size)]
//!                                                     # self._free = list(range(size))
//! self._all = list(self._free)                        # (dropped; `self._all` read as `self._free_objects`)
//! return self._free.pop()                             # return self._free.pop()        (a position now)
//! conn = pool.acquire()                               # conn = int(pool.acquire())     (`int` of a position)
//! total += conn.execute(sql)                          # total += pool._free_objects[conn].execute(sql)
//! pool.release(conn)                                  # pool.release(conn)             (a position, appended)
//! sum(c.queries for c in self._all)                   # sum(c.queries for c in self._free_objects)
//! ```
//!
//! Exact because every way an instance of the list can travel is followed, and the rewrite is not made
//! if any other is found: the list's attribute is bound only there, and used only by a `pop()` of no
//! argument whose value is returned or bound to a local name, an `append` of a name holding a
//! position, `len(...)`, and loops or comprehensions over it whose variable is used only for its
//! attributes. A local holding a position (bound by such a `pop()`, by a call of a method that returns
//! one, or a parameter of the method that appends it) is used only for its attributes, given to that
//! method, or appended; no other class names the attributes or methods. A copy made in `__init__`
//! (`list(self._free)`) that is only walked or measured holds the instances in their first order.
//! `int(...)` around a call of the method keeps a method named like a predicate (`acquire`) from being
//! read as a bool.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr, walk_stmt};
use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Rewrites the free list whose `pop()` holds `offset` (a refusal's place) as positions into a fixed
/// list of its instances; false where there is none, or where an instance travels another way.
pub fn rewrite_free_list_at(body: &mut ast::Suite, offset: usize) -> bool {
    let Ok(at) = offset.try_into() else { return false };
    let Some(Stmt::ClassDef(class)) = body.iter().find(|stmt| stmt.range().contains(at)) else { return false };
    let Some(field) = popped_field_at(class, at) else { return false };
    let Some(plan) = plan(body, class, &field) else { return false };
    let mut rewritten = body.clone();
    let rewriter = Rewriter {
        plan: &plan,
        holders: RefCell::new(BTreeMap::new()),
        aliases: RefCell::new(BTreeMap::new()),
        taken: RefCell::new(crate::syntax::module_names(body)),
        in_class_now: Cell::new(false),
        giving_now: Cell::new(false),
        failed: Cell::new(false),
    };
    for stmt in rewritten.iter_mut() {
        rewriter.visit_stmt(stmt);
    }
    if rewriter.failed.get() {
        return false;
    }
    *body = rewritten;
    true
}

/// What the rewrite knows of the list before it starts.
struct Plan {
    class: String,
    /// The list's attribute (`_free`), the new one of its instances (`_free_objects`).
    field: String,
    objects: String,
    /// Copies made in `__init__` (`self._all = list(self._free)`).
    copies: BTreeSet<String>,
    /// The positions the list starts with (`list(range(size))`, `[0, 1, 2]`).
    positions: Expr,
    /// Methods of the class that return `self.F.pop()`.
    giving: BTreeSet<String>,
    /// The module's names bound once, to an instance of the class (`pool = Pool(2)`).
    instances: BTreeSet<String>,
    /// Methods of the class that append a parameter to the list, with that parameter's name, its
    /// place among the call's arguments and how many the method takes (`self` not counted).
    taking: BTreeMap<String, (String, usize, usize)>,
}

/// `self.F` of the `self.F.pop()` at `at` in a method of `class`.
fn popped_field_at(class: &ast::StmtClassDef, at: ruff_text_size::TextSize) -> Option<String> {
    struct Find {
        at: ruff_text_size::TextSize,
        field: Option<String>,
    }
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if expr.range().contains(self.at)
                && let Some(field) = self_field_method(expr, "pop")
            {
                self.field = Some(field.to_string());
            }
            visit_walk_expr(self, expr);
        }
    }
    let mut find = Find { at, field: None };
    find.visit_body(&class.body);
    find.field
}

/// `self.F.method(...)`: `F`.
fn self_field_method<'e>(expr: &'e Expr, method: &str) -> Option<&'e str> {
    let Expr::Call(call) = expr else { return None };
    self_field_call(call, method)
}

/// The call `self.F.method(...)`: `F`.
fn self_field_call<'e>(call: &'e ast::ExprCall, method: &str) -> Option<&'e str> {
    let Expr::Attribute(called) = &*call.func else { return None };
    let Expr::Attribute(field) = &*called.value else { return None };
    (called.attr.as_str() == method && is_self(&field.value)).then_some(field.attr.as_str())
}

fn is_self(expr: &Expr) -> bool {
    matches!(expr, Expr::Name(name) if name.id.as_str() == "self")
}

fn methods(class: &ast::StmtClassDef) -> impl Iterator<Item = &ast::StmtFunctionDef> {
    class.body.iter().filter_map(|member| match member {
        Stmt::FunctionDef(def) => Some(def),
        _ => None,
    })
}

/// The plan for `class`'s list `field`, where its `__init__` makes it of the file's instances and no
/// other class names the attributes and methods the rewrite follows.
fn plan(body: &[Stmt], class: &ast::StmtClassDef, field: &str) -> Option<Plan> {
    let classes: BTreeSet<&str> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::ClassDef(class) => Some(class.name.as_str()),
            _ => None,
        })
        .collect();
    let init = methods(class).find(|def| def.name.as_str() == "__init__")?;
    let mut positions = None;
    let mut copies = BTreeSet::new();
    for stmt in &init.body {
        let Stmt::Assign(assign) = stmt else { continue };
        let [Expr::Attribute(target)] = &assign.targets[..] else { continue };
        if !is_self(&target.value) {
            continue;
        }
        if target.attr.as_str() == field {
            if positions.is_some() {
                return None;
            }
            positions = Some(starting_positions(&assign.value, &classes)?);
        } else if is_copy_of(&assign.value, field) {
            copies.insert(target.attr.to_string());
        }
    }
    let positions = positions?;
    let mut giving = BTreeSet::new();
    let mut taking = BTreeMap::new();
    for def in methods(class) {
        if gives_position(def, field) {
            giving.insert(def.name.to_string());
        }
        if let Some(parameter) = appended_parameter(def, field) {
            taking.insert(def.name.to_string(), parameter);
        }
    }
    let mut taken = crate::syntax::module_names(body);
    let mut followed: BTreeSet<&str> = giving.iter().chain(taking.keys()).map(String::as_str).collect();
    followed.insert(field);
    followed.extend(copies.iter().map(String::as_str));
    if body
        .iter()
        .any(|stmt| matches!(stmt, Stmt::ClassDef(other) if other.name != class.name && defines_any(other, &followed)))
    {
        return None;
    }
    taken.extend(attribute_names(body));
    let objects = crate::syntax::fresh_name(&format!("{field}_objects"), &mut taken);
    let instances = module_instances(body, class.name.as_str());
    Some(Plan {
        class: class.name.to_string(),
        field: field.to_string(),
        objects,
        copies,
        positions,
        giving,
        taking,
        instances,
    })
}

/// The positions a list of the file's instances starts with: `[C(i) for i in range(n)]` gives
/// `list(range(n))`, `[C(1), C(2)]` gives `[0, 1]`.
fn starting_positions(value: &Expr, classes: &BTreeSet<&str>) -> Option<Expr> {
    let makes_instance = |expr: &Expr| matches!(expr, Expr::Call(call) if matches!(&*call.func, Expr::Name(class) if classes.contains(class.id.as_str())));
    match value {
        Expr::ListComp(comprehension) => {
            let [generator] = &comprehension.generators[..] else { return None };
            let Expr::Call(range) = &generator.iter else { return None };
            let ranged = matches!(&*range.func, Expr::Name(name) if name.id.as_str() == "range");
            (makes_instance(&comprehension.elt) && ranged && generator.ifs.is_empty() && !generator.is_async)
                .then(|| call_of("list", generator.iter.clone(), value.range()))
        }
        Expr::List(display) if !display.elts.is_empty() && display.elts.iter().all(makes_instance) => {
            let numbers = (0..display.elts.len())
                .map(|position| {
                    Expr::NumberLiteral(ast::ExprNumberLiteral {
                        node_index: ast::AtomicNodeIndex::default(),
                        range: value.range(),
                        value: ast::Number::Int(ast::Int::from(u32::try_from(position).unwrap_or(u32::MAX))),
                    })
                })
                .collect();
            Some(Expr::List(ast::ExprList {
                node_index: ast::AtomicNodeIndex::default(),
                range: value.range(),
                elts: numbers,
                ctx: ast::ExprContext::Load,
            }))
        }
        _ => None,
    }
}

/// `list(self.F)`.
fn is_copy_of(value: &Expr, field: &str) -> bool {
    matches!(value, Expr::Call(call)
        if matches!(&*call.func, Expr::Name(list) if list.id.as_str() == "list")
            && call.arguments.keywords.is_empty()
            && matches!(&call.arguments.args[..], [Expr::Attribute(copied)] if copied.attr.as_str() == field && is_self(&copied.value)))
}

/// Whether a method gives a position: each of its `return`s gives `self.F.pop()` or a local bound
/// to one (`conn = self.F.pop()` then `return conn`), and its last statement is a `return` (or a
/// `with` ending in one), so it cannot give `None` by running off its end.
fn gives_position(def: &ast::StmtFunctionDef, field: &str) -> bool {
    struct Returns<'f> {
        field: &'f str,
        popped: BTreeSet<String>,
        values: Vec<Option<Expr>>,
    }
    impl<'a> Visitor<'a> for Returns<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Return(returned) => self.values.push(returned.value.as_deref().cloned()),
                Stmt::Assign(assign) if is_pop_of(&assign.value, self.field) => {
                    if let [Expr::Name(target)] = &assign.targets[..] {
                        self.popped.insert(target.id.to_string());
                    }
                }
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                _ => {}
            }
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }
    }
    let mut returns = Returns { field, popped: BTreeSet::new(), values: Vec::new() };
    returns.visit_body(&def.body);
    let gives = |value: &Option<Expr>| match value {
        Some(Expr::Name(name)) => returns.popped.contains(name.id.as_str()),
        Some(value) => is_pop_of(value, field),
        None => false,
    };
    !returns.values.is_empty() && returns.values.iter().all(gives) && ends_in_return(&def.body)
}

/// Whether the last statement of `body` is a `return`, or a `with` whose body ends in one.
fn ends_in_return(body: &[Stmt]) -> bool {
    match body.last() {
        Some(Stmt::Return(_)) => true,
        Some(Stmt::With(with)) => ends_in_return(&with.body),
        _ => false,
    }
}

/// The module's names bound once in the whole file, at its top, to an instance of `class`.
fn module_instances(body: &[Stmt], class: &str) -> BTreeSet<String> {
    let (_, bindings) = crate::syntax::name_counts(body);
    body.iter()
        .filter_map(|stmt| match stmt {
            Stmt::Assign(assign) => match (&assign.targets[..], &*assign.value) {
                ([Expr::Name(target)], Expr::Call(call))
                    if matches!(&*call.func, Expr::Name(made) if made.id.as_str() == class)
                        && bindings.get(target.id.as_str()) == Some(&1) =>
                {
                    Some(target.id.to_string())
                }
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// `self.F.pop()` of no argument.
fn is_pop_of(expr: &Expr, field: &str) -> bool {
    self_field_method(expr, "pop") == Some(field) && matches!(expr, Expr::Call(call) if call.arguments.is_empty())
}

/// The parameter a method appends to the list (`self.F.append(conn)`), and its place among a call's
/// arguments (`self` not counted).
fn appended_parameter(def: &ast::StmtFunctionDef, field: &str) -> Option<(String, usize, usize)> {
    struct Appends<'f>(&'f str, Option<String>);
    impl<'a> Visitor<'a> for Appends<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self_field_method(expr, "append") == Some(self.0)
                && let Expr::Call(call) = expr
                && let [Expr::Name(appended)] = &call.arguments.args[..]
            {
                self.1 = Some(appended.id.to_string());
            }
            visit_walk_expr(self, expr);
        }
    }
    let mut appends = Appends(field, None);
    appends.visit_body(&def.body);
    let appended = appends.1?;
    let parameters: Vec<&str> = def.parameters.args.iter().map(|parameter| parameter.parameter.name.as_str()).collect();
    let place = parameters.iter().position(|parameter| *parameter == appended)?;
    let plain = def.parameters.posonlyargs.is_empty()
        && def.parameters.kwonlyargs.is_empty()
        && def.parameters.vararg.is_none()
        && def.parameters.kwarg.is_none()
        && def.parameters.args.iter().all(|parameter| parameter.default.is_none());
    (place > 0 && plain).then(|| (appended, place - 1, parameters.len() - 1))
}

/// Whether `class` defines a method or sets an attribute of `self` by one of `names`.
fn defines_any(class: &ast::StmtClassDef, names: &BTreeSet<&str>) -> bool {
    attribute_names(std::slice::from_ref(&Stmt::ClassDef(class.clone())))
        .iter()
        .any(|name| names.contains(name.as_str()))
        || methods(class).any(|def| names.contains(def.name.as_str()))
}

/// Every attribute name the module mentions.
fn attribute_names(body: &[Stmt]) -> BTreeSet<String> {
    struct Attributes(BTreeSet<String>);
    impl<'a> Visitor<'a> for Attributes {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(attribute) = expr {
                self.0.insert(attribute.attr.to_string());
            }
            visit_walk_expr(self, expr);
        }
    }
    let mut attributes = Attributes(BTreeSet::new());
    attributes.visit_body(body);
    attributes.0
}

/// The rewrite, one pass over the module; `failed` once an instance is found travelling a way not
/// followed.
struct Rewriter<'p> {
    plan: &'p Plan,
    /// The names holding a position in the function being rewritten, with the object whose list of
    /// instances the position is into (`self`, `pool`).
    holders: RefCell<BTreeMap<String, Expr>>,
    /// A loop's variable over the list, with the local its pass binds to the instance at it.
    aliases: RefCell<BTreeMap<String, String>>,
    /// The module's names, so that such a local is new.
    taken: RefCell<BTreeSet<String>>,
    /// Whether the function being rewritten is a method of the class.
    in_class_now: Cell<bool>,
    /// Whether the function being rewritten is a method giving a position (its `return`s give one).
    giving_now: Cell<bool>,
    failed: Cell<bool>,
}

impl Rewriter<'_> {
    fn fail(&self) {
        self.failed.set(true);
    }

    /// `receiver.F_objects[position]`.
    fn instance_at(&self, receiver: &Expr, position: &ast::ExprName) -> Expr {
        let objects = crate::syntax::attribute(receiver, &self.plan.objects, position.range, ast::ExprContext::Load);
        Expr::Subscript(ast::ExprSubscript {
            node_index: ast::AtomicNodeIndex::default(),
            range: position.range,
            value: Box::new(objects),
            slice: Box::new(Expr::Name(position.clone())),
            ctx: ast::ExprContext::Load,
        })
    }

    /// The object whose list `RECEIVER.F` is: `self` inside the class, a plain name elsewhere.
    fn list_owner<'e>(&self, expr: &'e Expr) -> Option<&'e Expr> {
        let Expr::Attribute(attribute) = expr else { return None };
        (attribute.attr.as_str() == self.plan.field && matches!(&*attribute.value, Expr::Name(_)))
            .then_some(&*attribute.value)
    }

    /// A call of a method giving a position (`pool.acquire()`) of an instance of the class.
    fn gives_position(&self, expr: &Expr) -> Option<Expr> {
        let Expr::Call(call) = expr else { return None };
        let Expr::Attribute(method) = &*call.func else { return None };
        let giving = self.plan.giving.contains(method.attr.as_str()) && self.is_instance(&method.value);
        giving.then(|| (*method.value).clone())
    }

    /// Whether `expr` names an instance of the class: a module name bound once to one, or `self` in the
    /// class's methods.
    fn is_instance(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(name)
            if self.plan.instances.contains(name.id.as_str()) || (name.id.as_str() == "self" && self.in_class_now.get()))
    }

    /// Whether the position `holder` holds is into the list of the instance `receiver` names.
    fn owned_by(&self, holder: &Expr, receiver: &Expr) -> bool {
        match (self.holder(holder), receiver) {
            (Some((_, Expr::Name(owner))), Expr::Name(receiver)) => owner.id == receiver.id,
            _ => false,
        }
    }

    /// The function's names that hold positions: locals bound to a `pop()` or a call giving one, and
    /// the appended parameter of a taking method of the class.
    fn holders_of(&self, def: &ast::StmtFunctionDef, in_class: bool) -> BTreeMap<String, Expr> {
        let mut holders = BTreeMap::new();
        if in_class && let Some((parameter, _, _)) = self.plan.taking.get(def.name.as_str()) {
            holders.insert(parameter.clone(), crate::syntax::name("self", def.range, ast::ExprContext::Load));
        }
        struct Bindings<'r, 'p>(&'r Rewriter<'p>, bool, BTreeMap<String, Expr>);
        impl<'a> Visitor<'a> for Bindings<'_, '_> {
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                if let Stmt::Assign(assign) = stmt
                    && let [Expr::Name(target)] = &assign.targets[..]
                {
                    let owner = if self.1 && is_pop_of(&assign.value, &self.0.plan.field) {
                        Some(crate::syntax::name("self", assign.range, ast::ExprContext::Load))
                    } else {
                        self.0.gives_position(&assign.value)
                    };
                    if let Some(owner) = owner {
                        self.2.insert(target.id.to_string(), owner);
                    }
                }
                if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                    ruff_python_ast::visitor::walk_stmt(self, stmt);
                }
            }
        }
        let mut bindings = Bindings(self, in_class, BTreeMap::new());
        bindings.visit_body(&def.body);
        holders.extend(bindings.2);
        holders
    }

    /// A function's body, with its own holders.
    fn function(&self, def: &mut ast::StmtFunctionDef, in_class: bool) {
        // A nested function sees the holders of the one around it (a closure reads the same position).
        let outer_in_class = self.in_class_now.replace(in_class);
        let mut holders = self.holders.borrow().clone();
        holders.extend(self.holders_of(def, in_class));
        self.in_class_now.set(outer_in_class);
        let outer = self.holders.replace(holders);
        let outer_giving = self.giving_now.replace(in_class && self.plan.giving.contains(def.name.as_str()));
        let outer_in_class = self.in_class_now.replace(in_class);
        for stmt in def.body.iter_mut() {
            self.visit_stmt(stmt);
        }
        self.holders.replace(outer);
        self.giving_now.set(outer_giving);
        self.in_class_now.set(outer_in_class);
    }

    fn holder(&self, expr: &Expr) -> Option<(ast::ExprName, Expr)> {
        let Expr::Name(name) = expr else { return None };
        let holders = self.holders.borrow();
        holders.get(name.id.as_str()).map(|owner| (name.clone(), owner.clone()))
    }

    /// `self.C` of a copy: the list of instances (`self.F_objects`), which holds them in the copy's order.
    fn copy_as_objects(&self, expr: &mut Expr) -> bool {
        let Expr::Attribute(attribute) = expr else { return false };
        if !self.plan.copies.contains(attribute.attr.as_str()) {
            return false;
        }
        attribute.attr = ast::Identifier::new(self.plan.objects.clone(), attribute.attr.range);
        true
    }

    /// A loop's or comprehension's variable over `RECEIVER.F` holds positions into the receiver's list
    /// of instances; over a copy, the instances themselves.
    fn walked(&self, target: &Expr, iterable: &mut Expr) {
        if self.copy_as_objects(iterable) {
            return;
        }
        let Some(owner) = self.list_owner(iterable) else {
            self.visit_expr(iterable);
            return;
        };
        let Expr::Name(variable) = target else {
            self.fail();
            return;
        };
        self.holders.borrow_mut().insert(variable.id.to_string(), owner.clone());
    }
}

impl Transformer for Rewriter<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        if self.failed.get() {
            return;
        }
        match stmt {
            Stmt::ClassDef(class) if class.name.as_str() == self.plan.class => {
                for member in class.body.iter_mut() {
                    match member {
                        Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => self.init(def),
                        Stmt::FunctionDef(def) => self.function(def, true),
                        other => self.visit_stmt(other),
                    }
                }
            }
            Stmt::FunctionDef(def) => self.function(def, false),
            Stmt::Global(ast::StmtGlobal { names, .. }) | Stmt::Nonlocal(ast::StmtNonlocal { names, .. })
                if names.iter().any(|name| self.holders.borrow().contains_key(name.as_str())) =>
            {
                self.fail();
            }
            // `conn = pool.acquire()`: its value `int(...)` (a position, never a bool); `conn =
            // self.F.pop()` as it is.
            Stmt::Assign(assign) if matches!(&assign.targets[..], [target] if self.holder(target).is_some()) => {
                if self.gives_position(&assign.value).is_some() {
                    let call = (*assign.value).clone();
                    self.wrap_in_int(&mut assign.value, call);
                } else if !is_pop_of(&assign.value, &self.plan.field) {
                    self.fail();
                }
            }
            // A giving method's `return` of a position (checked by `gives_position`).
            Stmt::Return(ast::StmtReturn { value: Some(value), .. })
                if self.giving_now.get() && (is_pop_of(value, &self.plan.field) || self.holder(value).is_some()) => {}
            Stmt::For(looping) => {
                let owner = self.list_owner(&looping.iter).cloned();
                self.walked(&looping.target, &mut looping.iter);
                // `for c in pool._free:` takes the instance first in each pass (`c_object =
                // pool._free_objects[c]`, the form list_rows.rs writes out), each `c.x` then `c_object.x`.
                let alias = match (owner, &*looping.target) {
                    (Some(owner), Expr::Name(variable)) => {
                        let alias =
                            crate::syntax::fresh_name(&format!("{}_object", variable.id), &mut self.taken.borrow_mut());
                        let binding = Stmt::Assign(ast::StmtAssign {
                            node_index: ast::AtomicNodeIndex::default(),
                            range: variable.range,
                            targets: vec![crate::syntax::name(&alias, variable.range, ast::ExprContext::Store)],
                            value: Box::new(self.instance_at(&owner, variable)),
                        });
                        self.aliases.borrow_mut().insert(variable.id.to_string(), alias);
                        Some((variable.id.to_string(), binding))
                    }
                    _ => {
                        if self.holder(&looping.target).is_none() {
                            self.visit_expr(&mut looping.target);
                        }
                        None
                    }
                };
                for inner in looping.body.iter_mut().chain(looping.orelse.iter_mut()) {
                    self.visit_stmt(inner);
                }
                if let Some((variable, binding)) = alias {
                    self.aliases.borrow_mut().remove(&variable);
                    looping.body.insert(0, binding);
                }
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if self.failed.get() {
            return;
        }
        match expr {
            // `len(pool._all)` of a copy: the list of instances, as long.
            Expr::Call(call)
                if matches!(&*call.func, Expr::Name(len) if len.id.as_str() == "len")
                    && matches!(&call.arguments.args[..], [Expr::Attribute(measured)] if self.plan.copies.contains(measured.attr.as_str())) =>
            {
                self.copy_as_objects(&mut call.arguments.args[0]);
            }
            // Any other use of a copy (it is only walked or measured).
            Expr::Attribute(attribute) if self.plan.copies.contains(attribute.attr.as_str()) => self.fail(),
            // `conn.queries`: the instance at the position.
            Expr::Attribute(attribute)
                if let Expr::Name(variable) = &*attribute.value
                    && let Some(alias) = self.aliases.borrow().get(variable.id.as_str()).cloned() =>
            {
                *attribute.value = crate::syntax::name(&alias, variable.range, ast::ExprContext::Load);
            }
            Expr::Attribute(attribute) if let Some((position, owner)) = self.holder(&attribute.value) => {
                *attribute.value = self.instance_at(&owner, &position);
            }
            Expr::Name(name) if self.holders.borrow().contains_key(name.id.as_str()) => self.fail(),
            // `len(pool._free)`.
            Expr::Call(call)
                if matches!(&*call.func, Expr::Name(len) if len.id.as_str() == "len")
                    && matches!(&call.arguments.args[..], [listed] if self.list_owner(listed).is_some()) => {}
            // `self.F.append(conn)` of a position.
            Expr::Call(call) if self_field_call(call, "append") == Some(self.plan.field.as_str()) => {
                let receiver = crate::syntax::name("self", call.range(), ast::ExprContext::Load);
                if !matches!(&call.arguments.args[..], [appended] if self.owned_by(appended, &receiver)) {
                    self.fail();
                }
            }
            // `pool.release(conn)`: the position at the appended parameter's place (a call of as many
            // arguments as the method takes: `self._sem.release()` is another object's).
            Expr::Call(call)
                if let Expr::Attribute(method) = &*call.func
                    && let Some((_, place, count)) = self.plan.taking.get(method.attr.as_str())
                    && call.arguments.args.len() == *count
                    && self.is_instance(&method.value) =>
            {
                let place = *place;
                let receiver = (*method.value).clone();
                if !call.arguments.keywords.is_empty()
                    || call.arguments.args.get(place).is_none_or(|argument| !self.owned_by(argument, &receiver))
                {
                    self.fail();
                    return;
                }
                self.visit_expr(&mut call.func);
                for (index, argument) in call.arguments.args.iter_mut().enumerate() {
                    if index != place {
                        self.visit_expr(argument);
                    }
                }
            }
            Expr::Generator(ast::ExprGenerator { elt, generators, .. })
            | Expr::ListComp(ast::ExprListComp { elt, generators, .. })
            | Expr::SetComp(ast::ExprSetComp { elt, generators, .. }) => {
                let outer = self.holders.borrow().clone();
                for generator in generators.iter_mut() {
                    self.walked(&generator.target, &mut generator.iter);
                    for condition in generator.ifs.iter_mut() {
                        self.visit_expr(condition);
                    }
                }
                self.visit_expr(elt);
                self.holders.replace(outer);
            }
            // A call giving a position whose value is not bound to a local (`pool.acquire().run()`).
            Expr::Call(call)
                if let Expr::Attribute(method) = &*call.func
                    && self.plan.giving.contains(method.attr.as_str())
                    && self.is_instance(&method.value) =>
            {
                self.fail();
            }
            // Any other use of the list (a `pop()` whose value goes elsewhere, a read of the whole).
            Expr::Attribute(attribute) if attribute.attr.as_str() == self.plan.field => self.fail(),
            _ => walk_expr(self, expr),
        }
    }
}

impl Rewriter<'_> {
    /// `int(call)`, the call's arguments rewritten.
    fn wrap_in_int(&self, slot: &mut Expr, mut call: Expr) {
        if let Expr::Call(inner) = &mut call {
            for argument in inner.arguments.args.iter_mut() {
                self.visit_expr(argument);
            }
        }
        let range: TextRange = call.range();
        *slot = call_of("int", call, range);
    }

    /// `__init__`: the list of instances under its new name, then the positions; a copy dropped.
    fn init(&self, def: &mut ast::StmtFunctionDef) {
        let mut body = ast::Suite::with_capacity(def.body.len() + 1);
        for stmt in std::mem::take(&mut def.body) {
            let Stmt::Assign(assign) = &stmt else {
                body.push(stmt);
                continue;
            };
            let target = match &assign.targets[..] {
                [Expr::Attribute(target)] if is_self(&target.value) => target.attr.to_string(),
                _ => String::new(),
            };
            if target == self.plan.field {
                let mut objects = assign.clone();
                let receiver = crate::syntax::name("self", assign.range, ast::ExprContext::Load);
                objects.targets = vec![crate::syntax::attribute(
                    &receiver,
                    &self.plan.objects,
                    assign.range,
                    ast::ExprContext::Store,
                )];
                let mut positions = assign.clone();
                *positions.value = self.plan.positions.clone();
                body.push(Stmt::Assign(objects));
                body.push(Stmt::Assign(positions));
            } else if self.plan.copies.contains(&target) {
                continue;
            } else {
                let mut stmt = stmt;
                self.visit_stmt(&mut stmt);
                body.push(stmt);
            }
        }
        def.body = body;
    }
}

/// `function(argument)` of a builtin, at `range`.
fn call_of(function: &str, argument: Expr, range: TextRange) -> Expr {
    let mut call =
        crate::syntax::call_without_arguments(crate::syntax::name(function, range, ast::ExprContext::Load), range);
    if let Expr::Call(made) = &mut call {
        made.arguments.args = vec![argument].into_boxed_slice();
    }
    call
}
