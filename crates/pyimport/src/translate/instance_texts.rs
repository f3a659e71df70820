//! The text of an instance of a class of the file: `__repr__` and `__str__` (session 23,
//! session22/t03). Python calls them where it needs the text: `str(a)`, `repr(a)`, `f"{a}"`,
//! `f"{a!r}"`, `print(a)` (`__str__`, else `__repr__`; `repr` and `!r` call `__repr__` only). Weft
//! follows the method whose body is one `return` of an f-string or a string over `self`'s attributes
//! (a docstring before it is fine): the text is that f-string with `self` read as the instance, so
//! `f"{a}"` is `f"{f'Account({a.ident}, {a.balance})'}"` and each attribute a read where Python reads
//! it. Any other body is refused at its `def` (a method that takes a lock or writes would need the
//! call weft does not make). An instance of a class without the method Python needs has the text
//! `<__main__.Account object at 0x7f...>`, an address weft cannot know: that text is refused where it
//! is taken (`print(a)` reads nothing and prints nothing weft compares, so it stays).

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::record_texts::splice_interpolations;
use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

/// A value an instance's attribute may hold as a constant when nothing outside `__init__` assigns the
/// attribute (classes.rs): a function value (a callback: `self.action = action`) or a float (a delay).
/// Session 23 keeps it here, with the other forms of objects it brought.
pub(super) fn is_constant_attribute_value(value: &Value) -> bool {
    matches!(value, Value::Function(_) | Value::Partial(..) | Value::Closure(..) | Value::Lambda(_) | Value::Float(_))
}

/// The special methods that give an instance's text.
pub(super) const TEXT_METHODS: [&str; 2] = ["__repr__", "__str__"];

/// `__repr__` and `__str__` at their `def`: `(self)`, undecorated, one `return` of a text over `self`.
pub(super) fn check_text_method(class: &ast::StmtClassDef, def: &ast::StmtFunctionDef) -> Result<()> {
    let method = def.name.as_str();
    if !TEXT_METHODS.contains(&method) {
        return Ok(());
    }
    let parameters = &def.parameters;
    let only_self = parameters.posonlyargs.len() + parameters.args.len() == 1
        && parameters.vararg.is_none()
        && parameters.kwarg.is_none()
        && parameters.kwonlyargs.is_empty();
    if !def.decorator_list.is_empty() || !only_self {
        return fail(&def.name, format!("`{method}` of `{}` is followed as a plain method of `self` only", class.name));
    }
    if returned_text(def).is_none() {
        return fail(
            &def.name,
            format!(
                "`{method}` of `{}` is followed when its body is one `return` of an f-string or a string that reads only `self`'s attributes (`return f\"Account({{self.ident}})\"`); write the text so, or print the attributes themselves",
                class.name
            ),
        );
    }
    Ok(())
}

/// The f-string or string a text method returns, when its body is (a docstring, then) that one
/// `return` and the only name it reads is its `self`.
fn returned_text(def: &ast::StmtFunctionDef) -> Option<&Expr> {
    let receiver = def.parameters.posonlyargs.iter().chain(&def.parameters.args).next()?;
    let body = match &def.body[..] {
        [Stmt::Expr(docstring), rest @ ..] if docstring.value.is_string_literal_expr() => rest,
        body => body,
    };
    let [Stmt::Return(ast::StmtReturn { value: Some(value), .. })] = body else { return None };
    if !matches!(&**value, Expr::FString(_) | Expr::StringLiteral(_)) {
        return None;
    }
    let statement = Stmt::Expr(ast::StmtExpr {
        node_index: ast::AtomicNodeIndex::default(),
        range: value.range(),
        value: value.clone(),
    });
    let names = crate::syntax::module_names(std::slice::from_ref(&statement));
    names.iter().all(|name| name == receiver.parameter.name.as_str()).then_some(value)
}

/// The elements of an f-string that make `text` (an f-string or a string literal).
fn text_elements(text: &Expr) -> Vec<ast::InterpolatedStringElement> {
    let literal = |value: &str, range| {
        ast::InterpolatedStringElement::Literal(ast::InterpolatedStringLiteralElement {
            range,
            node_index: ast::AtomicNodeIndex::default(),
            value: value.into(),
        })
    };
    match text {
        Expr::StringLiteral(string) => vec![literal(string.value.to_str(), string.range)],
        Expr::FString(fstring) => fstring
            .value
            .iter()
            .flat_map(|part| match part {
                ast::FStringPart::Literal(string) => vec![literal(&string.value, string.range)],
                ast::FStringPart::FString(inner) => inner.elements.iter().cloned().collect(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Replaces each read of the method's `self` by the expression of the instance.
struct SelfAsInstance<'i> {
    receiver: &'i str,
    instance: &'i Expr,
}

impl Transformer for SelfAsInstance<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(named) = expr
            && named.id.as_str() == self.receiver
        {
            *expr = self.instance.clone();
            return;
        }
        walk_expr(self, expr);
    }
}

impl Translator<'_> {
    /// Python's text of `value` when it is an instance of a class of the file (`repr` for `repr(a)`
    /// and `{a!r}`, else `str`): the text method's returned f-string with `self` read as `value`.
    /// `None` when `value` is no instance; refused when its class has no method for that text (the
    /// text holds an address).
    pub(crate) fn instance_text(&self, frame: &Frame, value: &Expr, repr: bool) -> Result<Option<Expr>> {
        let Ok(Ex::Static(Value::Instance(instance))) = self.expr(frame, value, false) else { return Ok(None) };
        let methods: &[&str] = if repr { &["__repr__"] } else { &["__str__", "__repr__"] };
        let Some(def) = methods.iter().find_map(|method| self.functions.get(&format!("{instance}.{method}"))) else {
            let class = self.classes.class_of(&instance).unwrap_or_default();
            if self.dataclasses.contains(class) {
                return fail(
                    value,
                    format!(
                        "the text of this `@dataclass` instance (its generated `__repr__`, `{class}(field=value, ...)`) is not supported yet for an instance weft follows as variables of its own; use its fields (`f\"{{job.name}} {{job.priority}}\"`) or define `__repr__` on the class (one `return` of an f-string over `self`)"
                    ),
                );
            }
            return fail(
                value,
                format!(
                    "the text of this instance of `{class}` is Python's `<__main__.{class} object at 0x...>`, whose address weft cannot know; define `__repr__` on the class (one `return` of an f-string over `self`) or use its attributes"
                ),
            );
        };
        let Some(text) = returned_text(def) else { return Ok(None) };
        let receiver = def.parameters.posonlyargs.iter().chain(&def.parameters.args).next();
        let Some(receiver) = receiver else { return Ok(None) };
        let mut text = text.clone();
        SelfAsInstance { receiver: receiver.parameter.name.as_str(), instance: value }.visit_expr(&mut text);
        Ok(Some(text))
    }

    /// An f-string with an instance's text in it (`f"{a}"`, `f"{a!r}"`): the same f-string with the
    /// elements of the instance's text spliced in its place (the scenario's f-strings do not nest).
    /// `None` when no value of it is an instance.
    pub(crate) fn fstring_with_instance_texts(
        &self,
        frame: &Frame,
        fstring: &ast::ExprFString,
    ) -> Result<Option<ast::ExprFString>> {
        splice_interpolations(fstring, |value| {
            let repr = value.conversion == ast::ConversionFlag::Repr;
            let Some(text) = self.instance_text(frame, &value.expression, repr)? else { return Ok(None) };
            if value.format_spec.is_some() || value.debug_text.is_some() {
                // `object.__format__` with a spec raises TypeError; `{a=}` is refused anyway.
                return fail(
                    &value.range,
                    "an instance in an f-string is supported as `{a}`, `{a!s}` and `{a!r}` (a format spec makes Python raise TypeError)",
                );
            }
            // The text is a string: `{text}` is that string, whatever the conversion asked.
            Ok(Some(text_elements(&text)))
        })
    }

    /// The arguments of a call weft does not model (`print(a, b)`, `logging.info("%s", a)`) with each
    /// instance, also inside a list or tuple display, replaced by its text: Python's `print` calls
    /// `str` on each (a list's `repr` on each item), whose reads of shared state are steps. `None`
    /// when no argument is an instance.
    pub(crate) fn call_with_instance_texts(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
    ) -> Result<Option<ast::ExprCall>> {
        let mut rewritten = call.clone();
        let mut changed = false;
        for arg in rewritten.arguments.args.iter_mut() {
            changed |= self.replace_instance_texts(frame, arg, false)?;
        }
        Ok(changed.then_some(rewritten))
    }

    fn replace_instance_texts(&self, frame: &Frame, arg: &mut Expr, repr: bool) -> Result<bool> {
        match arg {
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                let mut changed = false;
                for element in elts.iter_mut() {
                    changed |= self.replace_instance_texts(frame, element, true)?;
                }
                Ok(changed)
            }
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {
                // A class without text methods prints its address, which nothing weft compares reads.
                let Ok(Some(text)) = self.instance_text(frame, arg, repr) else { return Ok(false) };
                *arg = text;
                Ok(true)
            }
            _ => Ok(false),
        }
    }
}
