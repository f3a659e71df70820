//! A class attribute that instances write (`class Stats: hits = 0`, then `stats.hits += 1`;
//! session26/variants/t10v, session25/checks/c68), written before translation as an attribute each
//! instance also sets first in its `__init__` (one written for a class without):
//!
//! ```python
//! class Stats:                 # class Stats:
//!     hits = 0                 #     hits = 0
//!                              #     def __init__(self):
//!                              #         self.hits = 0
//! ```
//!
//! In Python the instance reads the class's value until its first write makes an attribute of its own
//! that hides it. Where the class's value never changes and is immutable, and nothing tells an
//! instance's attributes from its class's, every read gives what the rewritten instance's own
//! attribute holds: the class's value before the first write, the instance's after; and `Stats.hits`
//! still reads the class's, which never changes. So the rewrite is made only where: the class has no
//! base, decorator or decorated method (no `cls.hits`);
//! the attribute is bound once in the class body, to a literal number, string, bool or None, is not
//! set by `__init__` itself (then the instance has its own already, as the translator follows), and is
//! written through something other than the class, never through the class (`Stats.hits = 1`) and
//! never deleted; the class's name is only called (`Stats()`) or read for an attribute (`Stats.hits`);
//! and the file reads no `__dict__`, `__class__`, `vars`, `type`, `setattr` or `delattr`. Otherwise
//! the translator's refusal stands.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::name;

/// Gives each fitting class (the module docs) an `__init__` that sets the attributes instances write.
pub fn move_written_class_attributes(body: &mut ast::Suite) {
    let uses = FileUses::of(body);
    if uses.tells_classes_apart {
        return;
    }
    for stmt in body.iter_mut() {
        let Stmt::ClassDef(class) = stmt else { continue };
        if !is_plain_class(class) || !uses.only_called_or_read(class.name.as_str()) {
            continue;
        }
        let moved: Vec<(String, Expr)> = class
            .body
            .iter()
            .filter_map(literal_attribute)
            .filter(|(attribute, _)| {
                uses.written_through_instances_only(class.name.as_str(), attribute)
                    && bound_once(class, attribute)
                    && !init_sets(class, attribute)
            })
            .collect();
        if moved.is_empty() {
            continue;
        }
        // The instance is `__init__`'s first parameter, whatever its name.
        let Some(receiver) = instance_parameter(class) else { continue };
        let sets: Vec<Stmt> =
            moved.into_iter().map(|(attribute, value)| self_assignment(&receiver, &attribute, value)).collect();
        init_with_sets(class, sets);
    }
}

/// No base (or `object`), no decorator, only plain `def`s, attributes and a docstring.
fn is_plain_class(class: &ast::StmtClassDef) -> bool {
    let no_base = class.arguments.as_ref().is_none_or(|arguments| {
        arguments.keywords.is_empty()
            && arguments.args.iter().all(|base| matches!(base, Expr::Name(n) if n.id.as_str() == "object"))
    });
    no_base
        && class.decorator_list.is_empty()
        && class.type_params.is_none()
        && class.body.iter().all(|member| match member {
            Stmt::FunctionDef(def) => {
                def.decorator_list.is_empty()
                    && !matches!(
                        def.name.as_str(),
                        "__new__"
                            | "__getattr__"
                            | "__getattribute__"
                            | "__setattr__"
                            | "__delattr__"
                            | "__init_subclass__"
                    )
                    && (def.name.as_str() != "__init__" || !def.is_async)
            }
            Stmt::Assign(_) | Stmt::AnnAssign(_) | Stmt::Pass(_) => true,
            Stmt::Expr(docstring) => matches!(&*docstring.value, Expr::StringLiteral(_)),
            _ => false,
        })
        && !class.body.iter().any(|member| {
            // `__slots__`, `__eq__ = ...`: the class's own machinery.
            !matches!(member, Stmt::FunctionDef(_))
                && crate::context_managers::stored_names(std::slice::from_ref(member))
                    .iter()
                    .any(|n| n.starts_with("__"))
        })
}

/// `name = literal` (or `name: T = literal`) of a number, a string, a bool or None.
fn literal_attribute(member: &Stmt) -> Option<(String, Expr)> {
    let (target, value) = match member {
        Stmt::Assign(assign) => match &assign.targets[..] {
            [target] => (target, &*assign.value),
            _ => return None,
        },
        Stmt::AnnAssign(assign) => (&*assign.target, assign.value.as_deref()?),
        _ => return None,
    };
    let Expr::Name(target) = target else { return None };
    let literal = matches!(
        value,
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_)
    ) || matches!(value, Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::USub
        && matches!(&*unary.operand, Expr::NumberLiteral(_)));
    literal.then(|| (target.id.to_string(), value.clone()))
}

/// The class body binds `attribute` once (a method of that name, or a second binding, is another
/// class).
fn bound_once(class: &ast::StmtClassDef, attribute: &str) -> bool {
    let bindings = class
        .body
        .iter()
        .filter(|member| match member {
            Stmt::FunctionDef(def) => def.name.as_str() == attribute,
            _ => crate::context_managers::stored_names(std::slice::from_ref(*member)).iter().any(|n| n == attribute),
        })
        .count();
    bindings == 1
}

/// The name of `__init__`'s first parameter (`self` for the one written), or None for an `__init__`
/// without one.
fn instance_parameter(class: &ast::StmtClassDef) -> Option<String> {
    let init = class.body.iter().find_map(|member| match member {
        Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => Some(def),
        _ => None,
    });
    match init {
        None => Some("self".to_string()),
        Some(init) => {
            let parameters = &init.parameters;
            parameters.posonlyargs.iter().chain(parameters.args.iter()).next().map(|p| p.parameter.name.to_string())
        }
    }
}

/// Whether the class's `__init__` sets `attribute` on its instance itself (the instance has its own
/// from then on, as the translator follows already).
fn init_sets(class: &ast::StmtClassDef, attribute: &str) -> bool {
    let Some(receiver) = instance_parameter(class) else { return false };
    let Some(init) = class.body.iter().find_map(|member| match member {
        Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => Some(def),
        _ => None,
    }) else {
        return false;
    };
    struct Sets<'n> {
        receiver: &'n str,
        attribute: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Sets<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(target) = expr
                && target.ctx.is_store()
                && target.attr.as_str() == self.attribute
                && matches!(&*target.value, Expr::Name(n) if n.id.as_str() == self.receiver)
            {
                self.found = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut sets = Sets { receiver: &receiver, attribute, found: false };
    sets.visit_body(&init.body);
    sets.found
}

fn self_assignment(receiver: &str, attribute: &str, value: Expr) -> Stmt {
    let range = value.range();
    let target = Expr::Attribute(ast::ExprAttribute {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(name(receiver, range, ast::ExprContext::Load)),
        attr: ast::Identifier::new(attribute, range),
        ctx: ast::ExprContext::Store,
    });
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![target],
        value: Box::new(value),
    })
}

/// `sets` first in the class's `__init__` (after its docstring), or as the body of a new one.
fn init_with_sets(class: &mut ast::StmtClassDef, sets: Vec<Stmt>) {
    if let Some(Stmt::FunctionDef(init)) =
        class.body.iter_mut().find(|member| matches!(member, Stmt::FunctionDef(def) if def.name.as_str() == "__init__"))
    {
        let docstring = matches!(init.body.first(), Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::StringLiteral(_)));
        let at = usize::from(docstring);
        for (offset, set) in sets.into_iter().enumerate() {
            init.body.insert(at + offset, set);
        }
        return;
    }
    let range = TextRange::empty(class.name.end());
    let init = crate::syntax::init_method(vec![crate::syntax::parameter("self", None, range)], sets, range);
    let docstring = matches!(class.body.first(), Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::StringLiteral(_)));
    class.body.insert(usize::from(docstring), Stmt::FunctionDef(init));
}

/// What the file does with attributes and classes, for the conditions of the module docs.
#[derive(Default)]
struct FileUses {
    /// Attribute names assigned (or augmented) through anything but a name (`self.a.hits = ...`).
    written_attributes: BTreeSet<String>,
    /// `(name, attribute)` of `name.attribute = ...` or `name.attribute += ...`.
    written_through_names: BTreeSet<(String, String)>,
    deleted_attributes: BTreeSet<String>,
    /// Names read other than as a callee (`Stats(...)`) or to read an attribute of (`Stats.hits`).
    read_otherwise: BTreeSet<String>,
    /// `__dict__`, `__class__`, `vars(...)`, `type(...)`, `setattr`, `delattr` anywhere.
    tells_classes_apart: bool,
}

impl FileUses {
    fn of(body: &[Stmt]) -> FileUses {
        let mut uses = FileUses::default();
        uses.visit_body(body);
        uses
    }

    fn only_called_or_read(&self, class: &str) -> bool {
        !self.read_otherwise.contains(class)
    }

    /// Written through an instance (`stats.hits += 1`, `self.hits = 0`), never through the class.
    fn written_through_instances_only(&self, class: &str, attribute: &str) -> bool {
        let through_class = self.written_through_names.contains(&(class.to_string(), attribute.to_string()));
        let through_other = self.written_attributes.contains(attribute)
            || self.written_through_names.iter().any(|(receiver, written)| written == attribute && receiver != class);
        through_other && !through_class && !self.deleted_attributes.contains(attribute)
    }

    fn record_write(&mut self, target: &ast::ExprAttribute) {
        match &*target.value {
            Expr::Name(receiver) => {
                self.written_through_names.insert((receiver.id.to_string(), target.attr.to_string()));
            }
            _ => {
                self.written_attributes.insert(target.attr.to_string());
            }
        }
    }
}

impl<'a> Visitor<'a> for FileUses {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::AugAssign(assign) = stmt
            && let Expr::Attribute(target) = &*assign.target
        {
            self.record_write(target);
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Attribute(attribute) => {
                match attribute.ctx {
                    ast::ExprContext::Store => self.record_write(attribute),
                    ast::ExprContext::Del => {
                        self.deleted_attributes.insert(attribute.attr.to_string());
                    }
                    _ => {}
                }
                self.tells_classes_apart |= matches!(attribute.attr.as_str(), "__dict__" | "__class__");
                if let Expr::Name(_) = &*attribute.value {
                    // `Stats.hits`, `stats.hits`: the name is read for its attribute.
                    return;
                }
            }
            Expr::Call(call) if matches!(&*call.func, Expr::Name(_)) => {
                if let Expr::Name(callee) = &*call.func {
                    self.tells_classes_apart |= matches!(callee.id.as_str(), "vars" | "type" | "setattr" | "delattr");
                }
                // `Stats(...)`: the callee is no other read; its arguments are walked.
                self.visit_arguments(&call.arguments);
                return;
            }
            Expr::Name(read) => {
                self.tells_classes_apart |= matches!(read.id.as_str(), "vars" | "type" | "setattr" | "delattr");
                self.read_otherwise.insert(read.id.to_string());
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}
