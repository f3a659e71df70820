//! `@dataclass` classes, before translation: the decorator writes an `__init__` from the class's
//! annotated fields, and so does this rewrite, on the syntax tree, into the plain class the translator
//! follows (translate/classes.rs): `x: int = 0` becomes a parameter `x=0` of `__init__` and `self.x = x`
//! in its body, `items: list = field(default_factory=list)` becomes `self.items = list()` (Python calls
//! the factory per instance; a factory field is no parameter here), `__post_init__` is called at the
//! end (its body written there). The generated nodes carry the range of the field they come from, so a refusal or a trace
//! points at it.
//!
//! Only the plain decorator (`@dataclass`, `@dataclasses.dataclass`, `@dataclass()`) on a class that
//! defines no `__init__` of its own is rewritten, and `@dataclass(order=True)` (session 18) where the
//! compared fields come first (`priority: int` then `name: str = field(compare=False)`): its instances
//! are `new_ordered_dataclass`es, which a priority queue orders by those fields, as Python's generated
//! `__lt__` compares the tuples of them. `frozen=`, `slots=` and the other options, `InitVar` fields and
//! a compared field after one that is not, are left to the translator, which refuses decorated classes
//! plainly.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::call_without_arguments;

/// Rewrites the module's plain dataclasses; the names of those rewritten (an instance made at run time
/// prints as a dataclass's, `Order(id=1)`).
pub fn rewrite_dataclasses(body: &mut [Stmt]) -> std::collections::BTreeSet<String> {
    let mut rewritten = std::collections::BTreeSet::new();
    for stmt in body.iter_mut() {
        let Stmt::ClassDef(class) = stmt else { continue };
        let Some(ordered) = dataclass_order(class) else { continue };
        let Some(fields) = fields(class) else { continue };
        let compared = fields.iter().take_while(|field| field.compared).count();
        if ordered && (compared == 0 || fields[compared..].iter().any(|field| field.compared)) {
            continue;
        }
        let init = generated_init(class, &fields);
        class.body.retain(|inner| !is_field(inner) && !is_post_init(inner));
        class.body.insert(0, Stmt::FunctionDef(init));
        class.decorator_list.clear();
        rewritten.insert(class.name.to_string());
        if ordered {
            rewritten.insert(order_entry(class.name.as_str(), compared));
        }
    }
    rewritten
}

/// The entry of the rewritten set that says `class` was `order=True`, compared by its first `compared`
/// fields (a name cannot hold a space, so it is told from a class's).
fn order_entry(class: &str, compared: usize) -> String {
    format!("{class} order {compared}")
}

/// The scenario's call that makes an instance of `class` at run time from `texts` (the class's quoted
/// name, then attribute names and values): `new_ordered_dataclass` with the count of compared fields
/// after the name for an `order=True` dataclass, `new_dataclass` for another dataclass, `new_instance`
/// for a plain class.
pub fn made_with(rewritten: &std::collections::BTreeSet<String>, class: &str, mut texts: Vec<String>) -> String {
    let prefix = order_entry(class, 0);
    let prefix = prefix.trim_end_matches('0');
    let ordered = rewritten.range(prefix.to_string()..).next().and_then(|entry| entry.strip_prefix(prefix));
    let function = match ordered {
        Some(compared) => {
            texts.insert(1, compared.to_string());
            "new_ordered_dataclass"
        }
        None if rewritten.contains(class) => "new_dataclass",
        None => "new_instance",
    };
    format!("{function}({})", texts.join(", "))
}

/// One field: its name, what `__init__` gives it, and where it is written.
struct Field {
    name: String,
    value: FieldValue,
    /// Not `field(compare=False)`: `order=True`'s comparisons read it.
    compared: bool,
    range: TextRange,
}

enum FieldValue {
    /// A parameter without a default.
    Required,
    /// A parameter with this default.
    Default(Expr),
    /// `field(default_factory=f)`: `f()` per instance, no parameter.
    Factory(Expr),
}

/// `Some(false)` for the plain decorator, `Some(true)` for `@dataclass(order=True)`, `None` otherwise.
fn dataclass_order(class: &ast::StmtClassDef) -> Option<bool> {
    let [decorator] = &class.decorator_list[..] else { return None };
    let no_bases = class.arguments.as_ref().is_none_or(|arguments| arguments.is_empty());
    if !no_bases {
        return None;
    }
    match &decorator.expression {
        Expr::Call(call) if names_dataclass(&call.func) && call.arguments.args.is_empty() => {
            match &call.arguments.keywords[..] {
                [] => Some(false),
                [keyword] => {
                    let order_true = keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "order")
                        && matches!(keyword.value, Expr::BooleanLiteral(ast::ExprBooleanLiteral { value: true, .. }));
                    order_true.then_some(true)
                }
                _ => None,
            }
        }
        other => names_dataclass(other).then_some(false),
    }
}

/// `dataclass` or `dataclasses.dataclass`.
pub(crate) fn names_dataclass(expr: &Expr) -> bool {
    match expr {
        Expr::Name(name) => name.id.as_str() == "dataclass",
        Expr::Attribute(attribute) => {
            attribute.attr.as_str() == "dataclass"
                && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "dataclasses")
        }
        _ => false,
    }
}

fn is_post_init(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::FunctionDef(def) if def.name.as_str() == "__post_init__" && def.parameters.len() == 1)
}

/// An annotated name in the class body that is a field (not a `ClassVar`).
pub(crate) fn is_field(stmt: &Stmt) -> bool {
    let Stmt::AnnAssign(assign) = stmt else { return false };
    matches!(&*assign.target, Expr::Name(_)) && !is_class_var(&assign.annotation)
}

fn is_class_var(annotation: &Expr) -> bool {
    let base = match annotation {
        Expr::Subscript(subscript) => &*subscript.value,
        other => other,
    };
    match base {
        Expr::Name(name) => name.id.as_str() == "ClassVar",
        Expr::Attribute(attribute) => attribute.attr.as_str() == "ClassVar",
        _ => false,
    }
}

/// The class's fields in order, or `None` when the rewrite does not apply: the class has an `__init__`
/// of its own, a field is an `InitVar`, or a `field(...)` takes what this rewrite does not follow.
fn fields(class: &ast::StmtClassDef) -> Option<Vec<Field>> {
    let defines_init =
        class.body.iter().any(|stmt| matches!(stmt, Stmt::FunctionDef(def) if def.name.as_str() == "__init__"));
    if defines_init {
        return None;
    }
    let mut fields = Vec::new();
    for stmt in &class.body {
        if !is_field(stmt) {
            continue;
        }
        let Stmt::AnnAssign(assign) = stmt else { unreachable!("is_field") };
        let Expr::Name(target) = &*assign.target else { unreachable!("is_field") };
        if matches!(&*assign.annotation, Expr::Name(name) if name.id.as_str() == "InitVar")
            || matches!(&*assign.annotation, Expr::Subscript(s) if matches!(&*s.value, Expr::Name(n) if n.id.as_str() == "InitVar"))
        {
            return None;
        }
        let (value, compared) = match assign.value.as_deref() {
            None => (FieldValue::Required, true),
            Some(Expr::Call(call)) if is_field_call(&call.func) => field_call_value(call)?,
            Some(default) => (FieldValue::Default(default.clone()), true),
        };
        fields.push(Field { name: target.id.to_string(), value, compared, range: stmt.range() });
    }
    Some(fields)
}

fn is_field_call(func: &Expr) -> bool {
    match func {
        Expr::Name(name) => name.id.as_str() == "field",
        Expr::Attribute(attribute) => {
            attribute.attr.as_str() == "field"
                && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "dataclasses")
        }
        _ => false,
    }
}

/// `field(default=x)` or `field(default_factory=f)`, and whether the field is compared (`compare=False`
/// says not; `True` or no `compare=` that it is); `repr=` and `hash=` change nothing weft models.
/// Anything else (`init=False`, positional arguments, a `compare=` that is no literal): `None`.
fn field_call_value(call: &ast::ExprCall) -> Option<(FieldValue, bool)> {
    if !call.arguments.args.is_empty() {
        return None;
    }
    let mut value = FieldValue::Required;
    let mut compared = true;
    for keyword in &call.arguments.keywords {
        match keyword.arg.as_ref()?.as_str() {
            "default" => value = FieldValue::Default(keyword.value.clone()),
            "default_factory" => value = FieldValue::Factory(keyword.value.clone()),
            "compare" => match &keyword.value {
                Expr::BooleanLiteral(literal) => compared = literal.value,
                _ => return None,
            },
            "repr" | "hash" => {}
            _ => return None,
        }
    }
    Some((value, compared))
}

/// `def __init__(self, a, b=0): self.a = a; self.b = b; self.c = factory()`, then `__post_init__`'s body.
fn generated_init(class: &ast::StmtClassDef, fields: &[Field]) -> ast::StmtFunctionDef {
    let range = class.decorator_list.first().map_or(class.range(), Ranged::range);
    let mut parameters = vec![crate::syntax::parameter("self", None, range)];
    let mut body = Vec::new();
    for field in fields {
        let value = match &field.value {
            FieldValue::Required | FieldValue::Default(_) => {
                crate::syntax::name(&field.name, field.range, ast::ExprContext::Load)
            }
            FieldValue::Factory(factory) => made_by(factory, fields, field.range),
        };
        match &field.value {
            FieldValue::Required => parameters.push(crate::syntax::parameter(&field.name, None, field.range)),
            FieldValue::Default(default) => {
                parameters.push(crate::syntax::parameter(&field.name, Some(default.clone()), field.range));
            }
            FieldValue::Factory(_) => {}
        }
        body.push(Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range: field.range,
            targets: vec![self_attribute(&field.name, ast::ExprContext::Store, field.range)],
            value: Box::new(value),
        }));
    }
    // `__post_init__(self)`'s body, which the generated `__init__` calls last, written in its place.
    let post_init = class.body.iter().find_map(|stmt| match stmt {
        Stmt::FunctionDef(def) if def.name.as_str() == "__post_init__" && def.parameters.len() == 1 => Some(def),
        _ => None,
    });
    if let Some(post_init) = post_init {
        body.extend(post_init.body.iter().cloned());
    }
    if body.is_empty() {
        body.push(Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range }));
    }
    crate::syntax::init_method(parameters, body, range)
}

/// What the factory makes: `[]` for `list`, `{}` for `dict` (the displays the translator follows),
/// else the call `factory()`.
fn made_by(factory: &Expr, fields: &[Field], range: TextRange) -> Expr {
    match factory {
        // `field(default_factory=lambda: defaultdict(int))`: the lambda's body, evaluated in `__init__`
        // where the lambda would have run it. Its names are the module's in both places, unless one is
        // `self` or a field's parameter of `__init__`: then the call stays (and is refused).
        Expr::Lambda(lambda) if lambda.parameters.is_none() && !names_a_parameter(&lambda.body, fields) => {
            (*lambda.body).clone()
        }
        Expr::Name(name) if name.id.as_str() == "list" => Expr::List(ast::ExprList {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            elts: Vec::new(),
            ctx: ast::ExprContext::Load,
        }),
        Expr::Name(name) if name.id.as_str() == "dict" => {
            Expr::Dict(ast::ExprDict { node_index: ast::AtomicNodeIndex::default(), range, items: Vec::new() })
        }
        other => call_without_arguments(other.clone(), range),
    }
}

/// Does `expr` name `self` or a field (a parameter of the generated `__init__`)?
fn names_a_parameter(expr: &Expr, fields: &[Field]) -> bool {
    let statement = Stmt::Expr(ast::StmtExpr {
        node_index: ast::AtomicNodeIndex::default(),
        range: expr.range(),
        value: Box::new(expr.clone()),
    });
    let names = crate::syntax::module_names(std::slice::from_ref(&statement));
    names.contains("self") || fields.iter().any(|field| names.contains(&field.name))
}

fn self_attribute(attribute: &str, ctx: ast::ExprContext, range: TextRange) -> Expr {
    Expr::Attribute(ast::ExprAttribute {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(crate::syntax::name("self", range, ast::ExprContext::Load)),
        attr: ast::Identifier::new(attribute, range),
        ctx,
    })
}
