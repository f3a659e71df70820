//! An attribute `__init__` sets only after the point where a method that reads it is translated
//! (session 27): a thread or task made in `__init__` (`self._thread = threading.Thread(target=self._run)`)
//! has its function translated where it is made, with the attributes set so far. Before, the refusal
//! said the attribute "is not set" in `__init__` when it was, a few lines further down
//! (session27/variants/v_t01).

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::Translator;

impl Translator<'_> {
    /// The line of `__init__` of `class` that sets `self.<attribute>`, if any.
    pub(super) fn init_line_setting(&self, class: &str, attribute: &str) -> Option<u32> {
        let definition = self.classes.definition(class)?;
        let init = definition.body.iter().find_map(|stmt| match stmt {
            Stmt::FunctionDef(init) if init.name.as_str() == "__init__" => Some(init),
            _ => None,
        })?;
        let self_name = init.parameters.args.first()?.parameter.name.as_str();
        let mut finder = AttributeSetting { self_name, attribute, found: None };
        init.body.iter().for_each(|stmt| finder.visit_stmt(stmt));
        Some(self.source.line_of(finder.found?.start()))
    }

    /// The refusal of an attribute `__init__` sets on `line`, later than where it is used.
    pub(super) fn attribute_set_later(class: &str, attribute: &str, line: u32) -> String {
        format!(
            "`{attribute}` is set by `{class}.__init__` on line {line}, after this code is taken: weft translates a thread's or a task's function where `__init__` makes it (`threading.Thread(target=self.method)`), with the attributes set before that line; set `self.{attribute}` before the thread is made, or make the thread in a method called after `__init__`"
        )
    }
}

/// Finds `self.<attribute> = ...` (or `+=`, an annotated assignment) in a function's body.
struct AttributeSetting<'n> {
    self_name: &'n str,
    attribute: &'n str,
    found: Option<ruff_text_size::TextRange>,
}

impl AttributeSetting<'_> {
    fn is_target(&self, target: &Expr) -> bool {
        matches!(target, Expr::Attribute(attribute) if attribute.attr.as_str() == self.attribute
            && matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == self.self_name))
    }
}

impl<'a> Visitor<'a> for AttributeSetting<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found.is_some() {
            return;
        }
        let setting = match stmt {
            Stmt::Assign(assign) => assign.targets.iter().any(|target| self.is_target(target)),
            Stmt::AnnAssign(ast::StmtAnnAssign { target, value: Some(_), .. }) => self.is_target(target),
            Stmt::AugAssign(assign) => self.is_target(&assign.target),
            _ => false,
        };
        if setting {
            self.found = Some(stmt.range());
            return;
        }
        walk_stmt(self, stmt);
    }
}
