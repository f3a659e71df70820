//! `registry.entries[name] = value` where `registry` holds an instance made at run time (the lazily
//! made singleton of session26/t01: `registry = Registry.get()`): Python computes the value, loads the
//! attribute (a read of the object's item, a step), computes the key, then stores into the dict (a step
//! of its own), which is the order the steps take here:
//!
//! ```yaml
//! - let: "entries = registry['entries']"
//! - set: "entries[name] = value"
//! ```
//!
//! The engine's store into an object takes a list's index equal to its length as an append, where
//! Python's `xs[len(xs)] = v` raises IndexError; so the store is imported only where the attribute holds
//! a dict whatever instance `registry` is: every binding of an attribute of that name in the file (in
//! `__init__`, any method, the class body, a constructor's argument) is a dict display, a dict
//! comprehension or `dict(...)`. Anything else is refused at the store, saying so.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The store `x.attribute[key] = value` of an instance made at run time, when it is one; false for
    /// any other target.
    pub(super) fn attribute_dict_store(
        &mut self,
        frame: &mut Frame,
        subscript: &ast::ExprSubscript,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Attribute(attribute) = &*subscript.value else { return Ok(false) };
        let Some(place) = self.run_time_attribute_place(frame, attribute) else { return Ok(false) };
        let name = attribute.attr.as_str();
        if matches!(&*subscript.slice, Expr::Slice(_)) {
            return fail(&*subscript.slice, "a slice of an attribute of an instance made at run time is not supported");
        }
        if let Some(why) = why_not_always_a_dict(self.module_body, name) {
            return fail(
                &subscript.range,
                format!(
                    "`x.{name}[k] = v` of an instance made at run time is supported where every binding of `.{name}` in the file is a dict (a display, a comprehension or `dict(...)`), and {why}: a list's store past its end is Python's IndexError, which weft's store into an object would take as an append"
                ),
            );
        }
        let value_text = if self.has_steps(frame, value) {
            self.argument_code(frame, value, out, line)?
        } else {
            self.stored_value_local(frame, value, out, line)?
        };
        let dict = self.fresh_temporary(frame.task, name);
        out.push(Step::new("let", Node::Quoted(format!("{dict} = {place}")), line));
        let key = self.operand_local(frame, &subscript.slice, out, line)?;
        out.push(Step::new("set", Node::Quoted(format!("{dict}[{key}] = {value_text}")), line));
        Ok(true)
    }
}

impl Translator<'_> {
    /// Whether `expr` is `x.attribute` of a name that may hold an instance made at run time, where every
    /// binding of `.attribute` in the file is a dict: a dict, when it is there at all.
    pub(crate) fn is_run_time_dict_attribute(&self, frame: &Frame, expr: &Expr) -> bool {
        let Expr::Attribute(attribute) = expr else { return false };
        self.run_time_attribute_place(frame, attribute).is_some()
            && why_not_always_a_dict(self.module_body, attribute.attr.as_str()).is_none()
    }
}

/// Why an attribute named `attribute` may hold something other than a dict somewhere in `body`; `None`
/// when every binding of it is a dict.
fn why_not_always_a_dict(body: &[Stmt], attribute: &str) -> Option<String> {
    let mut scan = Bindings { body, attribute, class: None, init_parameters: Vec::new(), why: None };
    scan.visit_body(body);
    scan.why
}

/// Whether `value` makes a new dict.
fn makes_dict(value: &Expr) -> bool {
    match value {
        Expr::Dict(_) | Expr::DictComp(_) => true,
        Expr::Call(call) => matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "dict"),
        _ => false,
    }
}

/// Walks the file for the bindings of `.attribute`, noting the first that may not be a dict.
struct Bindings<'a> {
    body: &'a [Stmt],
    attribute: &'a str,
    /// The class whose body the walk is in.
    class: Option<&'a ast::StmtClassDef>,
    /// The parameters of the `__init__` the walk is in (after `self`), with their defaults.
    init_parameters: Vec<&'a ast::ParameterWithDefault>,
    why: Option<String>,
}

impl<'a> Bindings<'a> {
    fn note(&mut self, why: String) {
        self.why.get_or_insert(why);
    }

    /// A value bound to the attribute: a dict made here, or a parameter of `__init__` every call of the
    /// class gives a dict.
    fn check_bound(&mut self, value: &Expr) {
        if makes_dict(value) {
            return;
        }
        let attribute = self.attribute;
        let parameter = match value {
            Expr::Name(name) => {
                self.init_parameters.iter().position(|parameter| parameter.parameter.name.as_str() == name.id.as_str())
            }
            _ => None,
        };
        let (Some(position), Some(class)) = (parameter, self.class) else {
            return self.note(format!("`.{attribute}` is bound to a value that is not one"));
        };
        let parameter = self.init_parameters[position];
        if let Some(why) = every_call_gives_a_dict(self.body, class, position, parameter) {
            self.note(why);
        }
    }
}

impl<'a> Visitor<'a> for Bindings<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let attribute = self.attribute;
        let is_ours = |target: &Expr| matches!(target, Expr::Attribute(set) if set.attr.as_str() == attribute);
        match stmt {
            Stmt::ClassDef(class) => {
                let outer = self.class.replace(class);
                for member in &class.body {
                    // `entries = {}` in the class body: the class attribute instances read.
                    match member {
                        Stmt::Assign(assign) if assign.targets.iter().any(|t| is_name(t, attribute)) => {
                            self.check_bound(&assign.value);
                        }
                        Stmt::AnnAssign(ast::StmtAnnAssign { target, value: Some(value), .. })
                            if is_name(target, attribute) =>
                        {
                            self.check_bound(value);
                        }
                        _ => {}
                    }
                }
                walk_stmt(self, stmt);
                self.class = outer;
                return;
            }
            Stmt::FunctionDef(function) => {
                let is_init = function.name.as_str() == "__init__" && self.class.is_some();
                let parameters = if is_init { function.parameters.args.iter().skip(1).collect() } else { Vec::new() };
                let outer = std::mem::replace(&mut self.init_parameters, parameters);
                let outer_class = if is_init { self.class } else { self.class.take() };
                walk_stmt(self, stmt);
                self.init_parameters = outer;
                self.class = outer_class;
                return;
            }
            Stmt::Assign(assign) if assign.targets.iter().any(is_ours) => {
                if assign.targets.len() > 1 {
                    self.note(format!("`.{attribute}` is bound in a chained assignment"));
                }
                self.check_bound(&assign.value);
            }
            Stmt::AnnAssign(ast::StmtAnnAssign { target, value: Some(value), .. }) if is_ours(target) => {
                self.check_bound(value);
            }
            Stmt::AugAssign(assign) if is_ours(&assign.target) => {
                self.note(format!("`.{attribute}` is bound by an augmented assignment"));
            }
            Stmt::Delete(delete) if delete.targets.iter().any(is_ours) => {
                self.note(format!("`.{attribute}` is deleted"));
            }
            Stmt::For(each) if is_ours(&each.target) => self.note(format!("`.{attribute}` is a loop's variable")),
            Stmt::With(with) if with.items.iter().any(|item| item.optional_vars.as_deref().is_some_and(is_ours)) => {
                self.note(format!("`.{attribute}` is bound by a `with`"));
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            // `setattr(x, name, v)`, `(x.entries := v)` and unpacking into the attribute bind it too.
            Expr::Call(call) if matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "setattr") => {
                self.note("`setattr` binds attributes".to_string());
            }
            Expr::Tuple(tuple)
                if tuple.ctx == ast::ExprContext::Store
                    && tuple.elts.iter().any(|element| is_attribute_named(element, self.attribute)) =>
            {
                self.note(format!("`.{}` is bound by unpacking", self.attribute));
            }
            Expr::List(list)
                if list.ctx == ast::ExprContext::Store
                    && list.elts.iter().any(|element| is_attribute_named(element, self.attribute)) =>
            {
                self.note(format!("`.{}` is bound by unpacking", self.attribute));
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

fn is_name(expr: &Expr, name: &str) -> bool {
    matches!(expr, Expr::Name(bound) if bound.id.as_str() == name)
}

fn is_attribute_named(expr: &Expr, attribute: &str) -> bool {
    match expr {
        Expr::Attribute(set) => set.attr.as_str() == attribute,
        Expr::Starred(starred) => is_attribute_named(&starred.value, attribute),
        _ => false,
    }
}

/// Why some call of `class` may give its `__init__`'s parameter at `position` (after `self`) something
/// other than a dict; `None` when every call gives a dict, or leaves out a parameter whose default is
/// one. The class itself must be used only in calls and attribute reads (`Registry(...)`,
/// `Registry.get()`), and `cls` of its methods likewise, so that every call is seen.
fn every_call_gives_a_dict(
    body: &[Stmt],
    class: &ast::StmtClassDef,
    position: usize,
    parameter: &ast::ParameterWithDefault,
) -> Option<String> {
    struct Calls<'c> {
        class: &'c str,
        position: usize,
        parameter: &'c ast::ParameterWithDefault,
        /// Inside the class's own body, where `cls` names it.
        inside: bool,
        why: Option<String>,
    }
    impl Calls<'_> {
        fn names_the_class(&self, expr: &Expr) -> bool {
            is_name(expr, self.class) || (self.inside && is_name(expr, "cls"))
        }

        fn check_call(&mut self, call: &ast::ExprCall) {
            let parameter = self.parameter.parameter.name.as_str();
            if call.arguments.args.iter().any(|arg| matches!(arg, Expr::Starred(_)))
                || call.arguments.keywords.iter().any(|keyword| keyword.arg.is_none())
            {
                self.why.get_or_insert(format!("a call of `{}` unpacks its arguments", self.class));
                return;
            }
            let keyword = call.arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|arg| arg == parameter));
            let given = call.arguments.args.get(self.position).or(keyword.map(|keyword| &keyword.value));
            let given = given.or(self.parameter.default.as_deref());
            if !given.is_some_and(makes_dict) {
                self.why.get_or_insert(format!(
                    "a call of `{}` gives its parameter `{parameter}` another value",
                    self.class
                ));
            }
        }
    }
    impl<'a> Visitor<'a> for Calls<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(def) = stmt
                && def.name.as_str() == self.class
            {
                let outer = std::mem::replace(&mut self.inside, true);
                walk_stmt(self, stmt);
                self.inside = outer;
                return;
            }
            walk_stmt(self, stmt);
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Call(call) if self.names_the_class(&call.func) => {
                    self.check_call(call);
                    call.arguments.args.iter().for_each(|arg| self.visit_expr(arg));
                    call.arguments.keywords.iter().for_each(|keyword| self.visit_expr(&keyword.value));
                    return;
                }
                Expr::Attribute(attribute) if self.names_the_class(&attribute.value) => return,
                name if self.names_the_class(name) => {
                    self.why.get_or_insert(format!("`{}` is used as a value, whose calls are not seen", self.class));
                }
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    let mut calls = Calls { class: class.name.as_str(), position, parameter, inside: false, why: None };
    calls.visit_body(body);
    calls.why
}
