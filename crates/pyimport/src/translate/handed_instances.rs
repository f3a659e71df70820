//! `orders.put(order)` of an instance the import follows by name (session 38, session37/q01: `for order
//! in menu: orders.put(order)` of `menu = [Order(1, "pasta", 3), ...]`, a list of dataclass instances
//! made at the module's top). The import follows such an instance by the names of its attributes
//! (`menu_table`), which a value of a step cannot carry, so the `put` was refused ("this is the
//! instance `menu`, where weft needs a value of a step"). A taker reads the item as an instance made at
//! run time (`order.minutes`, `order is None`), the form `orders.put(Order(order.table, order.dish,
//! order.minutes))` already has (session37/variants/q01_v2).
//!
//! So the item is put as that copy: an instance made at run time of the same class, each field read
//! from the instance when the `put` runs. A copy is the object itself to every reader where nothing
//! can tell them apart, which holds here:
//!
//! - the class was a plain `@dataclass` (dataclasses.rs): its `__eq__` compares the fields, its repr
//!   shows them, an instance is unhashable (not frozen) as the copy is; its `__init__` sets each field
//!   from its parameter and does nothing else (no `__post_init__`), so the copy is made the same way;
//! - no code writes any of its fields after `__init__` (an assignment, `+=`, to an attribute of that
//!   name anywhere: classes.rs's `written_after_init`), nor `del`s one, binds one as a loop's or a
//!   `with`'s target, or calls `setattr`/`delattr`/`vars` or reads `__dict__`: the fields read at the
//!   `put` are those every later reader of either object sees;
//! - no code of the file compares objects by identity other than with None (`x is y`), nor calls
//!   `id`: the one difference, which object it is, is never asked.
//!
//! Where one of these fails the `put` keeps its refusal.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, CmpOp, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// The scenario's text of a copy of the instance `item` names, put on a queue, where a copy cannot
    /// be told from it (module docs); None for any other item.
    pub(super) fn handed_instance_copy(&self, frame: &Frame, item: &Expr) -> Result<Option<String>> {
        let Ok(Ex::Static(Value::Instance(instance))) = self.expr(frame, item, false) else { return Ok(None) };
        let Some(class) = self.classes.class_of(&instance) else { return Ok(None) };
        if !self.dataclasses.contains(class) {
            return Ok(None);
        }
        let Some(fields) = self.classes.definition(class).and_then(generated_fields) else { return Ok(None) };
        if fields.iter().any(|field| self.classes.written_after_init.contains(field))
            || !identity_and_fields_unseen(self.module_body)
        {
            return Ok(None);
        }
        let copy = copy_call(class, item, &fields);
        let made = self.run_time_instance(frame, class, &copy, false)?;
        Ok(Some(self.to_code(made, item)?.0))
    }
}

/// The fields of a class whose only method is an `__init__` that sets each of its parameters to the
/// attribute of the same name, in order (a dataclass's generated one), or None.
fn generated_fields(class: &ast::StmtClassDef) -> Option<Vec<String>> {
    let mut methods = class.body.iter().filter(|stmt| matches!(stmt, Stmt::FunctionDef(_)));
    let Some(Stmt::FunctionDef(init)) = methods.next() else { return None };
    if init.name.as_str() != "__init__" || methods.next().is_some() {
        return None;
    }
    let parameters: Vec<&str> = init.parameters.args.iter().skip(1).map(|p| p.parameter.name.as_str()).collect();
    if init.body.len() != parameters.len() {
        return None;
    }
    let sets_its_parameter = |(stmt, parameter): (&Stmt, &&str)| {
        matches!(stmt, Stmt::Assign(assign)
            if matches!(&assign.targets[..], [Expr::Attribute(target)]
                if target.attr.as_str() == *parameter
                    && matches!(&*target.value, Expr::Name(receiver) if receiver.id.as_str() == "self"))
                && matches!(&*assign.value, Expr::Name(value) if value.id.as_str() == *parameter))
    };
    init.body
        .iter()
        .zip(parameters.iter())
        .all(sets_its_parameter)
        .then(|| parameters.iter().map(|parameter| parameter.to_string()).collect())
}

/// `Class(item.field, ...)`, each field by position, as `__init__` takes them.
fn copy_call(class: &str, item: &Expr, fields: &[String]) -> ast::ExprCall {
    let range = item.range();
    let read = |field: &String| {
        Expr::Attribute(ast::ExprAttribute {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Box::new(item.clone()),
            attr: ast::Identifier::new(field.as_str(), range),
            ctx: ast::ExprContext::Load,
        })
    };
    ast::ExprCall {
        node_index: ast::AtomicNodeIndex::default(),
        range_start: range.start(),
        func: Box::new(crate::syntax::name(class, range, ast::ExprContext::Load)),
        arguments: ast::Arguments {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            args: fields.iter().map(read).collect(),
            keywords: Default::default(),
        },
    }
}

/// Whether no code of the file compares objects by identity (other than with None), calls `id`,
/// `setattr`, `delattr` or `vars`, reads `__dict__`, or changes an attribute by `del`, a loop's or a
/// `with`'s target.
fn identity_and_fields_unseen(body: &[Stmt]) -> bool {
    struct Seen(bool);
    impl<'a> Visitor<'a> for Seen {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let targets: Vec<&Expr> = match stmt {
                Stmt::Delete(delete) => delete.targets.iter().collect(),
                Stmt::For(looping) => vec![&*looping.target],
                Stmt::With(with) => with.items.iter().filter_map(|item| item.optional_vars.as_deref()).collect(),
                _ => Vec::new(),
            };
            if targets.iter().any(|target| holds_attribute(target)) {
                self.0 = true;
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Name(named) if matches!(named.id.as_str(), "id" | "setattr" | "delattr" | "vars") => {
                    self.0 = true
                }
                Expr::Attribute(attribute) if matches!(attribute.attr.as_str(), "__dict__" | "__setattr__") => {
                    self.0 = true;
                }
                Expr::Compare(compare) if compares_identity_of_objects(compare) => self.0 = true,
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    let mut seen = Seen(false);
    body.iter().for_each(|stmt| seen.visit_stmt(stmt));
    !seen.0
}

/// Whether a target holds an attribute (`x.a`, or one inside a tuple).
fn holds_attribute(target: &Expr) -> bool {
    match target {
        Expr::Attribute(_) => true,
        Expr::Tuple(tuple) => tuple.elts.iter().any(holds_attribute),
        Expr::List(list) => list.elts.iter().any(holds_attribute),
        Expr::Starred(starred) => holds_attribute(&starred.value),
        _ => false,
    }
}

/// `a is b` or `a is not b` where neither side is None.
fn compares_identity_of_objects(compare: &ast::ExprCompare) -> bool {
    let operands: Vec<&Expr> = std::iter::once(&*compare.left).chain(compare.comparators.iter()).collect();
    compare.ops.iter().enumerate().any(|(position, op)| {
        matches!(op, CmpOp::Is | CmpOp::IsNot)
            && !operands[position..=position + 1].iter().any(|operand| operand.is_none_literal_expr())
    })
}
