//! A copy of a dict with string keys kept as an attribute (session 32: session31/t01's
//! `self.stock = dict(stock)`, session30/f08's `self.balances = dict(balances)`, and `stock.copy()`):
//! the attribute is a new dict whose keys are the source's, each a shared variable of its own
//! (`inventory_stock_widget`), written and read as a dict display's attribute is (value.rs, `Record`).
//!
//! CPython copies a dict in one C call under the GIL (`dict_merge` or `PyDict_Copy`: the keys are the
//! program's strings, whose hash and `==` are C code), so no other thread runs between two items: the
//! copy is one `atomic` step that sets each new variable from the source's. A copy that later gains a
//! key (`self.stock[new_sku] = 1`) is made again as a shared map (grown_dicts.rs), given each of the
//! source's keys in the same one step.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex, MAX_OBJECT_DISPLAY};
use crate::out::{Item, Node, SharedInit, Step, quoted};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// `dict(d)` or `d.copy()` of a dict with string keys, as an attribute's value: the copy, made here
    /// and named after `hint`; `None` when `value` is no such copy.
    pub(super) fn copied_record(
        &mut self,
        frame: &Frame,
        hint: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        let Some(source) = self.record_copy_source(frame, value) else { return Ok(None) };
        let Ok(Ex::Static(Value::Record(fields))) = self.expr(frame, source, false) else { return Ok(None) };
        if fields.is_empty() || 2 * fields.len() > MAX_OBJECT_DISPLAY {
            return Ok(None);
        }
        let call_offset = value.start().to_usize();
        if self.grown_dicts.contains(&call_offset) {
            return Ok(Some(self.copied_record_map(frame, hint, &fields, out, line)));
        }
        let mut sets = Vec::with_capacity(fields.len());
        let mut copy = Vec::with_capacity(fields.len());
        for (key, source_shared) in &fields {
            let init = self.shared_init_of(source_shared);
            let shared = self.declare_shared(frame, &format!("{hint}_{key}"), init);
            sets.push(Step::new("set", Node::Quoted(format!("{shared} = {source_shared}")), line));
            copy.push((key.clone(), shared));
        }
        if let Some((_, first)) = copy.first() {
            self.record_displays.insert(first.clone(), call_offset);
        }
        out.push(Step::new("atomic", Node::Steps(sets), line));
        Ok(Some(Value::Record(copy)))
    }

    /// The copy of a dict with string keys that gains a key: a shared map, empty where it is declared,
    /// given each of the source's keys in its order in the copy's one step.
    fn copied_record_map(
        &mut self,
        frame: &Frame,
        hint: &str,
        fields: &[(String, String)],
        out: &mut Vec<Step>,
        line: u32,
    ) -> Value {
        let shared = self.declare_shared(frame, hint, SharedInit::Map(Vec::new()));
        let sets = fields
            .iter()
            .map(|(key, source)| {
                Step::new("set", Node::Quoted(format!("{shared}[{}] = {source}", quoted(key, '\''))), line)
            })
            .collect();
        out.push(Step::new("atomic", Node::Steps(sets), line));
        Value::Shared(shared, Shape::Map { dense: false })
    }

    /// The dict `dict(d)` (the builtin, one argument) or `d.copy()` copies.
    pub(super) fn record_copy_source<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<&'e Expr> {
        if let Some((_, [source])) = self.builtin_of_one(frame, value, &["dict"]) {
            return Some(source);
        }
        let Expr::Call(call) = value else { return None };
        let Expr::Attribute(ast::ExprAttribute { value: receiver, attr, .. }) = &*call.func else { return None };
        let no_arguments = call.arguments.args.is_empty() && call.arguments.keywords.is_empty();
        (attr.as_str() == "copy" && no_arguments).then_some(&**receiver)
    }

    /// The initial value a shared variable is declared with (a copy starts as its source's kind of
    /// value; the copy's step sets it before anything reads it).
    fn shared_init_of(&self, shared: &str) -> SharedInit {
        match self.shared_initial_value(shared).as_ref().and_then(Item::of) {
            Some(Item::Str(text)) => SharedInit::Str(text),
            Some(Item::None) => SharedInit::None,
            Some(Item::Int(number)) => SharedInit::Int(number),
            None => SharedInit::Int(0),
        }
    }
}

/// The name a display handed to `__init__` for `parameter` is made under: the parameter's, or
/// `{parameter}_argument` when `__init__` keeps a copy of it (`self.stock = dict(stock)`), whose
/// attribute takes the parameter's name (`inventory_stock_widget`, as CPython's `inventory.stock`).
pub(super) fn argument_hint(init: &ast::StmtFunctionDef, parameter: &str) -> String {
    let copies_parameter = init.body.iter().any(|stmt| {
        let ast::Stmt::Assign(assign) = stmt else { return false };
        copied_name(&assign.value) == Some(parameter)
    });
    if copies_parameter { format!("{parameter}_argument") } else { parameter.to_string() }
}

/// The name `dict(name)` or `name.copy()` copies.
fn copied_name(value: &Expr) -> Option<&str> {
    let Expr::Call(call) = value else { return None };
    let source = match (&*call.func, call.arguments.args.as_ref()) {
        (Expr::Name(function), [source]) if function.id.as_str() == "dict" => source,
        (Expr::Attribute(attribute), []) if attribute.attr.as_str() == "copy" => &*attribute.value,
        _ => return None,
    };
    let Expr::Name(name) = source else { return None };
    call.arguments.keywords.is_empty().then_some(name.id.as_str())
}

impl Translator<'_> {
    /// `dict(pairs)` of a list computed at run time (the results of `gather`, each a `(key, value)`
    /// tuple): a dict made of each item's two halves, in the list's order (a key given twice keeps its
    /// first place and its last value, as both CPython's `dict(pairs)` and `new_dict` do). An item that
    /// is no pair stops the run, as CPython's ValueError or TypeError does.
    pub(crate) fn dict_of_pairs(&self, pairs: &str, length: usize, at: &impl Ranged) -> Result<Ex> {
        if 2 * length > MAX_OBJECT_DISPLAY {
            return fail(
                at,
                format!(
                    "`dict(pairs)` of a list computed at run time makes at most {} keys in weft",
                    MAX_OBJECT_DISPLAY / 2
                ),
            );
        }
        self.made_containers.set(true);
        let halves: Vec<String> = (0..length)
            .flat_map(|index| [format!("unpack({pairs}[{index}], 0, 2)"), format!("unpack({pairs}[{index}], 1, 2)")])
            .collect();
        Ok(Ex::code(format!("new_dict({})", halves.join(", ")), ATOM, false, false))
    }
}
