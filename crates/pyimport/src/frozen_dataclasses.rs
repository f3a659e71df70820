//! `@dataclass(frozen=True)`, before dataclasses.rs: a frozen dataclass is a dataclass whose fields are
//! never assigned after the generated `__init__` (CPython's `__setattr__` and `__delattr__` raise
//! FrozenInstanceError for any attribute of an instance), and which is hashable by its fields. Where
//! nothing in the program can assign an attribute of an instance of the class, the option changes
//! nothing weft follows (an instance is never a dict key or a set's item in weft's scenarios, so the
//! hash is never taken), and the keyword is removed for dataclasses.rs to rewrite the class as a plain
//! dataclass (session37/f04).
//!
//! What could assign one is refused at its place, saying why:
//! - an attribute assignment or `del` through the first parameter of one of the class's own methods
//!   (`__post_init__` included: its `self.total = ...` raises in CPython);
//! - anywhere else, an attribute assignment or `del` of a field's name, or of a name another class's
//!   `__init__` sets, through anything but the first parameter of another class's method: it may be an
//!   instance of the frozen class (a name of any other kind weft refuses on an instance anyway);
//! - `setattr`, `delattr`, `__setattr__`, `__delattr__` and `__dict__` anywhere.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::dataclasses::{is_field, names_dataclass};
use crate::pool_calls::Refusal;

/// Removes `frozen=True` from each frozen dataclass nothing can assign an attribute of, or refuses at
/// the first place that could.
pub fn thaw_frozen_dataclasses(body: &mut [Stmt]) -> Result<(), Refusal> {
    let frozen: Vec<usize> = (0..body.len()).filter(|&at| frozen_keyword(&body[at]).is_some()).collect();
    for &at in &frozen {
        let Stmt::ClassDef(class) = &body[at] else { continue };
        check_nothing_assigns(class, body)?;
    }
    for at in frozen {
        let Stmt::ClassDef(class) = &mut body[at] else { continue };
        let Some(keyword) = frozen_keyword_index(class) else { continue };
        let Expr::Call(call) = &mut class.decorator_list[0].expression else { continue };
        call.arguments.keywords = call
            .arguments
            .keywords
            .iter()
            .enumerate()
            .filter(|(index, _)| *index != keyword)
            .map(|(_, kept)| kept.clone())
            .collect();
    }
    Ok(())
}

/// The class's `frozen=True` keyword, where the statement is a class under `@dataclass(frozen=True,
/// ...)` (its only decorator).
fn frozen_keyword(stmt: &Stmt) -> Option<usize> {
    let Stmt::ClassDef(class) = stmt else { return None };
    frozen_keyword_index(class)
}

fn frozen_keyword_index(class: &ast::StmtClassDef) -> Option<usize> {
    let [decorator] = &class.decorator_list[..] else { return None };
    let Expr::Call(call) = &decorator.expression else { return None };
    if !names_dataclass(&call.func) || !call.arguments.args.is_empty() {
        return None;
    }
    call.arguments.keywords.iter().position(|keyword| {
        keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "frozen")
            && matches!(keyword.value, Expr::BooleanLiteral(ast::ExprBooleanLiteral { value: true, .. }))
    })
}

/// Refuses at the first place in the module that could assign an attribute of an instance of `class`.
fn check_nothing_assigns(class: &ast::StmtClassDef, body: &[Stmt]) -> Result<(), Refusal> {
    let fields: BTreeSet<String> = class
        .body
        .iter()
        .filter(|stmt| is_field(stmt))
        .filter_map(|stmt| match stmt {
            Stmt::AnnAssign(field) => field.target.as_name_expr().map(|name| name.id.to_string()),
            _ => None,
        })
        .collect();
    let mut scan = AttributeWrites {
        class: class.name.as_str(),
        fields,
        init_attributes: attributes_set_by_inits(body),
        receiver: None,
        in_frozen_class: false,
        refusal: None,
    };
    for stmt in body {
        scan.visit_stmt(stmt);
    }
    match scan.refusal {
        Some(refusal) => Err(refusal),
        None => Ok(()),
    }
}

/// The attribute names an `__init__` of the module's classes sets through its first parameter.
fn attributes_set_by_inits(body: &[Stmt]) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for stmt in body {
        let Stmt::ClassDef(class) = stmt else { continue };
        for member in &class.body {
            let Stmt::FunctionDef(init) = member else { continue };
            let Some(receiver) = first_parameter(init) else { continue };
            if init.name.as_str() != "__init__" {
                continue;
            }
            for inner in &init.body {
                for target in attribute_targets(inner) {
                    if is_name(&target.value, receiver) {
                        set.insert(target.attr.to_string());
                    }
                }
            }
        }
    }
    set
}

fn first_parameter(def: &ast::StmtFunctionDef) -> Option<&str> {
    def.parameters.args.first().map(|first| first.parameter.name.as_str())
}

fn is_name(expr: &Expr, wanted: &str) -> bool {
    matches!(expr, Expr::Name(name) if name.id.as_str() == wanted)
}

/// The attributes a statement assigns or deletes (`a.x = ...`, `a.x += ...`, `a.x, b.y = ...`, `del
/// a.x`, `for a.x in ...`).
fn attribute_targets(stmt: &Stmt) -> Vec<&ast::ExprAttribute> {
    let targets: Vec<&Expr> = match stmt {
        Stmt::Assign(assign) => assign.targets.iter().collect(),
        Stmt::AugAssign(assign) => vec![&*assign.target],
        Stmt::AnnAssign(assign) => vec![&*assign.target],
        Stmt::Delete(delete) => delete.targets.iter().collect(),
        Stmt::For(looping) => vec![&*looping.target],
        _ => Vec::new(),
    };
    let mut attributes = Vec::new();
    for target in targets {
        collect_attributes(target, &mut attributes);
    }
    attributes
}

fn collect_attributes<'e>(target: &'e Expr, attributes: &mut Vec<&'e ast::ExprAttribute>) {
    match target {
        Expr::Attribute(attribute) => attributes.push(attribute),
        Expr::Tuple(tuple) => tuple.elts.iter().for_each(|element| collect_attributes(element, attributes)),
        Expr::List(list) => list.elts.iter().for_each(|element| collect_attributes(element, attributes)),
        Expr::Starred(starred) => collect_attributes(&starred.value, attributes),
        _ => {}
    }
}

/// The walk that finds the first place that could assign an attribute of a frozen class's instance.
struct AttributeWrites<'a> {
    class: &'a str,
    fields: BTreeSet<String>,
    init_attributes: BTreeSet<String>,
    /// The first parameter of the method being walked (a method of a class at the module's top).
    receiver: Option<String>,
    /// The method walked is one of the frozen class's own.
    in_frozen_class: bool,
    refusal: Option<Refusal>,
}

impl AttributeWrites<'_> {
    fn refuse(&mut self, at: &impl Ranged, message: String) {
        self.refusal.get_or_insert(Refusal { offset: at.start().to_usize(), message });
    }

    /// Whether assigning `target` could assign an attribute of an instance of the frozen class.
    fn may_assign_frozen(&self, target: &ast::ExprAttribute) -> bool {
        let through_receiver = self.receiver.as_deref().is_some_and(|receiver| is_name(&target.value, receiver));
        if through_receiver {
            return self.in_frozen_class;
        }
        let name = target.attr.as_str();
        self.fields.contains(name) || self.init_attributes.contains(name)
    }

    fn visit_method(&mut self, def: &ast::StmtFunctionDef, of_frozen_class: bool) {
        let outer = (self.receiver.take(), self.in_frozen_class);
        // A `@staticmethod`'s first parameter is no instance of the method's class.
        self.receiver = def.decorator_list.is_empty().then(|| first_parameter(def)).flatten().map(str::to_string);
        self.in_frozen_class = of_frozen_class;
        for stmt in &def.body {
            self.visit_stmt(stmt);
        }
        (self.receiver, self.in_frozen_class) = outer;
    }
}

impl<'a> Visitor<'a> for AttributeWrites<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::ClassDef(class) = stmt {
            let of_frozen_class = class.name.as_str() == self.class;
            for member in &class.body {
                match member {
                    Stmt::FunctionDef(def) => self.visit_method(def, of_frozen_class),
                    other => self.visit_stmt(other),
                }
            }
            return;
        }
        for target in attribute_targets(stmt) {
            if self.may_assign_frozen(target) {
                let message = format!(
                    "this assigns (or deletes) the attribute `{}` of what may be an instance of `{}`, a `@dataclass(frozen=True)`: CPython raises FrozenInstanceError there (`object.__setattr__` aside), which weft does not model; weft follows a frozen dataclass whose attributes nothing assigns after `__init__` (make a new instance with the changed field instead)",
                    target.attr, self.class
                );
                self.refuse(target, message);
            }
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        let reflective = match expr {
            Expr::Name(name) => matches!(name.id.as_str(), "setattr" | "delattr"),
            Expr::Attribute(attribute) => {
                matches!(attribute.attr.as_str(), "__setattr__" | "__delattr__" | "__dict__")
            }
            _ => false,
        };
        if reflective {
            let message = format!(
                "`{}` may change an attribute of an instance of `{}`, a `@dataclass(frozen=True)` (CPython raises FrozenInstanceError where it goes through the instance's `__setattr__`); weft follows a frozen dataclass where nothing in the program sets or deletes attributes by name",
                &expr_text(expr),
                self.class
            );
            self.refuse(expr, message);
        }
        walk_expr(self, expr);
    }
}

/// The name or attribute a reflective access is written with.
fn expr_text(expr: &Expr) -> String {
    match expr {
        Expr::Name(name) => name.id.to_string(),
        Expr::Attribute(attribute) => format!(".{}", attribute.attr),
        _ => String::new(),
    }
}
