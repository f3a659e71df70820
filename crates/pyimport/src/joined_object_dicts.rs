//! `inboxes = {name: room.join(name) for name in names}` at the module's top, of a method that makes an
//! object, stores it in a dict of its instance and returns it (session 37, the chat room of
//! session33/q01, a broker's `subscribe`):
//!
//! ```python
//! def join(self, name):
//!     inbox = queue.Queue()
//!     with self.lock:
//!         self.clients[name] = inbox
//!     return inbox
//! ```
//!
//! Both dicts hold the same objects under the same keys. Where neither is changed after the
//! comprehension (both are only read), no code can tell them apart, so they are one: the comprehension
//! makes the objects itself (`inboxes = {name: queue.Queue() for name in names}`, the dict of objects
//! the translator takes), every `self.clients` and `room.clients` reads `inboxes`, and `join` and the
//! `self.clients = {}` of `__init__` are dropped. Translated again after the translator's refusal of
//! the call. Exact where:
//!
//! - `room` is bound once, at the module's top, to the one instance the file makes of its class, and
//!   no statement between that and the comprehension runs code of the file or mentions `room`, so the
//!   instance's dict is empty until then;
//! - the method is `v = module.Constructor(constants)`, `self.D[key] = v` (perhaps under `with
//!   self.<lock>:`, which nothing else holds at import time), `return v`, called only there; the
//!   constructor runs no code of the file;
//! - `self.D` is bound only by `self.D = {}` in `__init__`, and every other use of it, and of the
//!   comprehension's dict (bound once), reads it: an item, `items()`, `values()`, `keys()`, `get(...)`,
//!   `len(...)`, `in`, a loop or comprehension over it; no other class names the attribute or method.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr, walk_stmt as visit_walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::filled_object_dicts::{calls_file_code, is_module_constructor, mentions, synchronization_modules};

/// Methods of a dict that only read it.
const READING_METHODS: [&str; 4] = ["items", "values", "keys", "get"];

/// Rewrites the comprehension holding `offset` (a refusal's place) whose values a method makes and
/// stores, as the dict of those objects both names read; false where there is none, or where the two
/// dicts could be told apart.
pub fn rewrite_joined_object_dict_at(body: &mut ast::Suite, offset: usize) -> bool {
    let Ok(at) = offset.try_into() else { return false };
    let Some(index) = body.iter().position(|stmt| stmt.range().contains(at)) else { return false };
    let Some(plan) = plan(body, index) else { return false };
    let Stmt::Assign(assign) = &mut body[index] else { return false };
    let Expr::DictComp(comprehension) = &mut *assign.value else { return false };
    *comprehension.value = plan.constructor.clone();
    let mut rewritten = ast::Suite::with_capacity(body.len());
    let replacer = Replacer { plan: &plan };
    for mut stmt in std::mem::take(body) {
        if let Stmt::ClassDef(class) = &mut stmt
            && class.name.as_str() == plan.class
        {
            drop_method_and_binding(class, &plan);
        }
        replacer.visit_stmt(&mut stmt);
        rewritten.push(stmt);
    }
    *body = rewritten;
    true
}

struct Plan {
    /// The comprehension's dict (`inboxes`), the instance (`room`), its class, the method (`join`) and
    /// the instance's dict attribute (`clients`).
    dict: String,
    instance: String,
    class: String,
    method: String,
    attribute: String,
    /// The method's constructor call (`queue.Queue()`).
    constructor: Expr,
}

fn plan(body: &[Stmt], index: usize) -> Option<Plan> {
    let Stmt::Assign(assign) = &body[index] else { return None };
    let [Expr::Name(dict)] = &assign.targets[..] else { return None };
    let Expr::DictComp(comprehension) = &*assign.value else { return None };
    let [generator] = &comprehension.generators[..] else { return None };
    let (Expr::Name(key), Expr::Name(target)) = (comprehension.key.as_deref()?, &generator.target) else {
        return None;
    };
    if key.id != target.id || !generator.ifs.is_empty() || generator.is_async {
        return None;
    }
    let Expr::Call(call) = &*comprehension.value else { return None };
    let Expr::Attribute(method) = &*call.func else { return None };
    let Expr::Name(instance) = &*method.value else { return None };
    if !call.arguments.keywords.is_empty()
        || !matches!(&call.arguments.args[..], [Expr::Name(argument)] if argument.id == key.id)
    {
        return None;
    }
    let (uses, bindings) = crate::syntax::name_counts(body);
    let bound_once = |name: &str| bindings.get(name) == Some(&1);
    if !bound_once(dict.id.as_str()) || !bound_once(instance.id.as_str()) {
        return None;
    }
    let made_at = body[..index].iter().position(|stmt| binds_instance(stmt, instance.id.as_str()).is_some())?;
    let class_name = binds_instance(&body[made_at], instance.id.as_str())?;
    if uses.get(class_name) != Some(&2) {
        return None;
    }
    let class = body.iter().find_map(|stmt| match stmt {
        Stmt::ClassDef(class) if class.name.as_str() == class_name => Some(class),
        _ => None,
    })?;
    let modules = synchronization_modules(body);
    let (attribute, constructor) = storing_method(class, method.attr.as_str(), &modules)?;
    let between_is_quiet = body[made_at + 1..index]
        .iter()
        .all(|stmt| !calls_file_code(stmt, &modules) && !mentions(stmt, instance.id.as_str()));
    let attribute_only_here = body.iter().all(|stmt| match stmt {
        Stmt::ClassDef(other) if other.name.as_str() != class_name => {
            !names_attribute(stmt, &attribute, method.attr.as_str())
        }
        _ => true,
    });
    let plan = Plan {
        dict: dict.id.to_string(),
        instance: instance.id.to_string(),
        class: class_name.to_string(),
        method: method.attr.to_string(),
        attribute,
        constructor,
    };
    (between_is_quiet
        && attribute_only_here
        && init_binds_empty(class, &plan.attribute)
        && only_reads(body, &plan, index))
    .then_some(plan)
}

/// `instance = Class()`: the class's name.
fn binds_instance<'s>(stmt: &'s Stmt, instance: &str) -> Option<&'s str> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let Expr::Call(call) = &*assign.value else { return None };
    let Expr::Name(class) = &*call.func else { return None };
    (target.id.as_str() == instance).then_some(class.id.as_str())
}

/// The method `v = module.Constructor(constants)`, `self.D[key] = v` (perhaps under `with self.x:`),
/// `return v`: the attribute `D` and the constructor call.
fn storing_method(class: &ast::StmtClassDef, name: &str, modules: &BTreeSet<String>) -> Option<(String, Expr)> {
    let def = class.body.iter().find_map(|member| match member {
        Stmt::FunctionDef(def) if def.name.as_str() == name => Some(def),
        _ => None,
    })?;
    let [self_parameter, key] = &def.parameters.args[..] else { return None };
    if self_parameter.parameter.name.as_str() != "self" || !def.decorator_list.is_empty() {
        return None;
    }
    let [Stmt::Assign(made), store, Stmt::Return(returned)] = &def.body[..] else { return None };
    let [Expr::Name(made_name)] = &made.targets[..] else { return None };
    let Expr::Call(constructor) = &*made.value else { return None };
    let constant_arguments = constructor.arguments.args.iter().all(crate::syntax::is_constant)
        && constructor.arguments.keywords.iter().all(|keyword| crate::syntax::is_constant(&keyword.value));
    if !is_module_constructor(&constructor.func, modules) || !constant_arguments {
        return None;
    }
    if !matches!(returned.value.as_deref(), Some(Expr::Name(value)) if value.id == made_name.id) {
        return None;
    }
    let store = match store {
        Stmt::With(with)
            if !with.is_async
                && with.items.iter().all(|item| {
                    item.optional_vars.is_none() && made_by_module_constructor(class, &item.context_expr, modules)
                }) =>
        {
            let [store] = &with.body[..] else { return None };
            store
        }
        other => other,
    };
    let Stmt::Assign(store) = store else { return None };
    let [Expr::Subscript(item)] = &store.targets[..] else { return None };
    let Expr::Attribute(dict) = &*item.value else { return None };
    let stores_it = is_self_attribute(&item.value)
        && matches!(&*item.slice, Expr::Name(index) if index.id.as_str() == key.parameter.name.as_str())
        && matches!(&*store.value, Expr::Name(value) if value.id == made_name.id);
    stores_it.then(|| (dict.attr.to_string(), (*made.value).clone()))
}

/// `self.x` that `__init__` binds to a constructor of the standard library (`threading.Lock()`), whose
/// `with` runs no code of the file.
fn made_by_module_constructor(class: &ast::StmtClassDef, expr: &Expr, modules: &BTreeSet<String>) -> bool {
    let Expr::Attribute(used) = expr else { return false };
    is_self_attribute(expr)
        && class.body.iter().any(|member| match member {
            Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => def.body.iter().any(|stmt| {
                matches!(stmt, Stmt::Assign(assign)
                    if matches!(&assign.targets[..], [Expr::Attribute(target)] if target.attr.as_str() == used.attr.as_str() && is_self_attribute(&assign.targets[0]))
                        && matches!(&*assign.value, Expr::Call(call) if is_module_constructor(&call.func, modules)))
            }),
            _ => false,
        })
}

fn is_self_attribute(expr: &Expr) -> bool {
    matches!(expr, Expr::Attribute(attribute) if matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == "self"))
}

/// Whether `__init__` binds `self.D = {}`, and nothing else in the class binds `self.D` but the
/// method's item store.
fn init_binds_empty(class: &ast::StmtClassDef, attribute: &str) -> bool {
    class.body.iter().any(|member| match member {
        Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => def.body.iter().any(|stmt| {
            matches!(stmt, Stmt::Assign(assign)
                if matches!(&assign.targets[..], [Expr::Attribute(target)] if target.attr.as_str() == attribute && is_self_attribute(&assign.targets[0]))
                    && matches!(&*assign.value, Expr::Dict(display) if display.items.is_empty()))
        }),
        _ => false,
    })
}

/// Whether a class mentions the attribute or the method by name.
fn names_attribute(stmt: &Stmt, attribute: &str, method: &str) -> bool {
    struct Names<'n>(&'n str, &'n str, bool);
    impl<'a> Visitor<'a> for Names<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(named) = expr {
                self.2 |= named.attr.as_str() == self.0 || named.attr.as_str() == self.1;
            }
            visit_walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(def) = stmt {
                self.2 |= def.name.as_str() == self.1;
            }
            visit_walk_stmt(self, stmt);
        }
    }
    let mut names = Names(attribute, method, false);
    names.visit_stmt(stmt);
    names.2
}

/// Whether every use of the dict's name and of the attribute, but the bindings the rewrite drops and
/// the comprehension itself, reads it; and the method is called only in the comprehension.
fn only_reads(body: &[Stmt], plan: &Plan, comprehension_at: usize) -> bool {
    let mut reads = Reads { plan, read: BTreeSet::new(), uses: Vec::new(), method_mentions: 0, foreign: false };
    for (index, stmt) in body.iter().enumerate() {
        match stmt {
            Stmt::ClassDef(class) if class.name.as_str() == plan.class => {
                for member in &class.body {
                    match member {
                        Stmt::FunctionDef(def)
                            if def.name.as_str() == "__init__" || def.name.as_str() == plan.method =>
                        {
                            // The bindings the rewrite drops; anything else here is a use too.
                            for inner in &def.body {
                                if !binds_attribute(inner, &plan.attribute) && def.name.as_str() == "__init__" {
                                    reads.visit_stmt(inner);
                                }
                            }
                        }
                        other => reads.visit_stmt(other),
                    }
                }
            }
            Stmt::Assign(assign) if index == comprehension_at => {
                let Expr::DictComp(comprehension) = &*assign.value else { return false };
                reads.visit_expr(&comprehension.generators[0].iter);
                reads.method_mentions += 1;
            }
            other => reads.visit_stmt(other),
        }
    }
    !reads.foreign
        && reads.method_mentions == 1
        && reads.uses.iter().all(|range| reads.read.contains(&(range.start(), range.end())))
}

/// `self.D = ...` or `self.D[k] = ...`.
fn binds_attribute(stmt: &Stmt, attribute: &str) -> bool {
    let Stmt::Assign(assign) = stmt else { return false };
    assign.targets.iter().any(|target| {
        let target = match target {
            Expr::Subscript(item) => &*item.value,
            other => other,
        };
        matches!(target, Expr::Attribute(bound) if bound.attr.as_str() == attribute)
    })
}

/// The uses of the dict and the attribute found, and those in a reading place.
struct Reads<'p> {
    plan: &'p Plan,
    read: BTreeSet<(ruff_text_size::TextSize, ruff_text_size::TextSize)>,
    uses: Vec<TextRange>,
    /// Mentions of the method by name on `self` or the instance (`room.join(...)`, `target=room.join`).
    method_mentions: usize,
    /// An attribute of that name of another object than `self` or the instance.
    foreign: bool,
}

impl Reads<'_> {
    /// The dict's name or `x.D` (a use to check).
    fn is_use(&self, expr: &Expr) -> bool {
        match expr {
            Expr::Name(name) => name.id.as_str() == self.plan.dict,
            Expr::Attribute(attribute) => attribute.attr.as_str() == self.plan.attribute,
            _ => false,
        }
    }

    fn reading(&mut self, expr: &Expr) {
        if self.is_use(expr) {
            self.read.insert((expr.range().start(), expr.range().end()));
        }
    }
}

impl<'a> Visitor<'a> for Reads<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::For(looping) = stmt {
            self.reading(&looping.iter);
        }
        visit_walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.is_use(expr) {
            self.uses.push(expr.range());
        }
        if let Expr::Attribute(attribute) = expr {
            let owner_is_followed = matches!(&*attribute.value, Expr::Name(owner)
                if owner.id.as_str() == "self" || owner.id.as_str() == self.plan.instance);
            self.foreign |= attribute.attr.as_str() == self.plan.attribute && !owner_is_followed;
            // `t.join()` of a thread is another object's method of the same name.
            if attribute.attr.as_str() == self.plan.method && owner_is_followed {
                self.method_mentions += 1;
            }
        }
        match expr {
            Expr::Subscript(item) if item.ctx == ast::ExprContext::Load => self.reading(&item.value),
            Expr::Call(call) => {
                if let Expr::Attribute(method) = &*call.func
                    && READING_METHODS.contains(&method.attr.as_str())
                {
                    self.reading(&method.value);
                }
                if matches!(&*call.func, Expr::Name(len) if len.id.as_str() == "len")
                    && let [measured] = &call.arguments.args[..]
                {
                    self.reading(measured);
                }
            }
            Expr::Compare(compare) if compare.ops.iter().all(|op| matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn)) => {
                for operand in &compare.comparators {
                    self.reading(operand);
                }
            }
            Expr::ListComp(ast::ExprListComp { generators, .. })
            | Expr::SetComp(ast::ExprSetComp { generators, .. })
            | Expr::DictComp(ast::ExprDictComp { generators, .. })
            | Expr::Generator(ast::ExprGenerator { generators, .. }) => {
                for generator in generators {
                    self.reading(&generator.iter);
                }
            }
            _ => {}
        }
        visit_walk_expr(self, expr);
    }
}

/// Drops the method and `self.D = {}` from the class.
fn drop_method_and_binding(class: &mut ast::StmtClassDef, plan: &Plan) {
    class.body.retain(|member| !matches!(member, Stmt::FunctionDef(def) if def.name.as_str() == plan.method));
    for member in class.body.iter_mut() {
        if let Stmt::FunctionDef(def) = member
            && def.name.as_str() == "__init__"
        {
            let range = def.range;
            def.body.retain(|stmt| !binds_attribute(stmt, &plan.attribute));
            if def.body.is_empty() {
                def.body.push(Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range }));
            }
        }
    }
}

/// `self.D` and `room.D` as the dict's name.
struct Replacer<'p> {
    plan: &'p Plan,
}

impl Transformer for Replacer<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Attribute(attribute) = expr
            && attribute.attr.as_str() == self.plan.attribute
            && matches!(&*attribute.value, Expr::Name(owner)
                if owner.id.as_str() == "self" || owner.id.as_str() == self.plan.instance)
        {
            *expr = crate::syntax::name(&self.plan.dict, attribute.range, ast::ExprContext::Load);
            return;
        }
        walk_expr(self, expr);
    }
}
