//! A module dict or set whose keys may be tuples (session30/q02, repro r01, r10, r11): `results[job] =
//! value` of a queue's tuple item, `edges[(src, dst)] += 1`, `pairs.add((a, b))`.
//!
//! The engine's map keys are integers and strings (a tuple key is a fault, weft's limit). So such a map
//! keeps every key as its `repr`, which tells the values a key can hold apart exactly as Python's
//! equality does: an integer's digits, a string's quoted text, `None`, a tuple's items in parentheses
//! (weft's booleans are the integers 1 and 0, and Python's `True` is the key `1` too). Every key of the
//! map goes through it, the integer and string ones too, so no two keys Python tells apart meet.
//!
//! This holds only where the program never reads a key back (the map's text would be a string where
//! Python's is a tuple): the map must start empty (`{}`, `dict()`, `set()`) at the top of the module,
//! and every use of its name must be a key's (`d[k]`, `d[k] = v`, `d[k] += 1`, `del d[k]`, `d.get(k)`,
//! `d.setdefault(k, v)`, `d.pop(k)`, `s.add(k)`, `s.remove(k)`, `s.discard(k)`, `k in d`), `len(d)`,
//! `d.values()`, `d.clear()` or an argument of `print`. And no float may flow (a float key equal to an
//! integer is one key in Python, `(1.0, 2)` is `(1, 2)`, while their texts differ): a float written
//! anywhere but as a duration (`time.sleep(0.01)`, `timeout=0.5`), `/`, a negative power, `math.pi` or a
//! call that gives a float (`FLOAT_CALLS`) keeps the refusal. Elsewhere the refusal of tuple_keys.rs
//! stands, saying which of these failed; so does a key that may be a list (Python's TypeError).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, CmpOp, Expr, Number, Operator, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::tuple_keys::Leaf;
use super::{Frame, Result, Shape, Translator, Value, fail};

/// The methods of a dict or set whose first argument is a key.
const KEY_METHODS: [&str; 6] = ["get", "setdefault", "pop", "add", "remove", "discard"];

/// The methods of a dict or set that read or change no key: `sum(d.values())`, `d.clear()`.
const KEYLESS_METHODS: [&str; 2] = ["values", "clear"];

/// Calls that give a float: `float(...)`, the clocks, `random`'s and `math`'s and `statistics`' numbers.
const FLOAT_CALLS: [&str; 18] = [
    "float",
    "time",
    "monotonic",
    "perf_counter",
    "process_time",
    "thread_time",
    "random",
    "uniform",
    "gauss",
    "expovariate",
    "mean",
    "fmean",
    "median",
    "sqrt",
    "fsum",
    "log",
    "exp",
    "hypot",
];

/// Calls whose float arguments are durations, which never reach a key.
const DURATION_CALLS: [&str; 8] = ["sleep", "join", "wait", "wait_for", "result", "acquire", "Timer", "get"];

/// The module maps that keep their keys as `repr` texts, and why the others that may take a tuple key do not.
#[derive(Default)]
pub(super) struct TupleKeyedMaps {
    /// Python names of module globals whose every key is its `repr`.
    encoded: BTreeSet<String>,
    /// Python names of module globals a tuple key may reach that are not encoded: why not.
    refused: BTreeMap<String, String>,
    /// Where the program may make a float that is no duration's, if it may.
    float_at: Option<TextRange>,
}

impl Translator<'_> {
    /// Finds the module's maps a tuple key may reach (a key that tuple_keys.rs follows to a tuple display).
    pub(super) fn find_tuple_keyed_maps(&self, body: &[Stmt]) -> TupleKeyedMaps {
        let mut uses = MapUses::default();
        uses.visit_body(body);
        let float_at = float_flow(body);
        let mut maps = TupleKeyedMaps { float_at, ..TupleKeyedMaps::default() };
        for (name, keys) in &uses.keys {
            if !keys.iter().any(|key| self.binding_of(key, 0, Leaf::Tuple).is_some()) {
                continue;
            }
            let why_not = if !uses.started_empty.contains(name) {
                Some(format!(
                    "`{name}` is not bound once, to `{{}}`, `dict()` or `set()`, at the top of the module (an attribute: in `__init__`)"
                ))
            } else if let Some(&other) = uses.other.get(name) {
                let (line, column) = self.source.line_column(other.start().to_usize());
                Some(format!(
                    "`{name}` is used at {line}:{column} other than by a key (`d[k]`, `d.get(k)`, `k in d`, `s.add(k)`, ...), `len`, `values()` or `print`, where a tuple key would read back as its text"
                ))
            } else {
                float_at.map(|at| {
                    let (line, column) = self.source.line_column(at.start().to_usize());
                    format!(
                        "a float may be made at {line}:{column}, and Python's equal keys `(1.0, 2)` and `(1, 2)` would be two here"
                    )
                })
            };
            match why_not {
                None => maps.encoded.insert(name.clone()),
                Some(reason) => maps.refused.insert(name.clone(), reason).is_none(),
            };
        }
        maps
    }

    /// The Python name of the map whose shared variable is `shared`, when it keeps its keys so.
    fn tuple_keyed_name(&self, shared: &str) -> Option<&str> {
        self.tuple_keyed_maps.encoded.iter().map(String::as_str).find(|name| self.is_map_of(name, shared))
    }

    /// Whether the module name or attribute (`.responses`) `name` is the shared dict or set `shared`.
    fn is_map_of(&self, name: &str, shared: &str) -> bool {
        match name.strip_prefix('.') {
            Some(attribute) => self.classes.attribute_is_map(attribute, shared),
            None => {
                matches!(self.globals.get(name), Some(Value::Shared(held, Shape::Map { dense: false })) if held == shared)
            }
        }
    }

    /// Whether a float may be made that is no duration's (`time.sleep(0.01)`, `timeout=0.5`).
    pub(super) fn floats_may_reach_values(&self) -> bool {
        self.tuple_keyed_maps.float_at.is_some()
    }

    /// The shared maps (by scenario name) that keep their keys as their `repr`: the scenario's
    /// `repr_keys:`, whose final state prints each key as Python names it.
    pub(super) fn repr_keyed_maps(&self) -> Vec<String> {
        let shared = self.scenario.shared.iter().map(|(name, _)| name);
        shared.filter(|name| self.keys_as_text(name)).cloned().collect()
    }

    /// Whether the map `shared` keeps its keys as their `repr`.
    pub(crate) fn keys_as_text(&self, shared: &str) -> bool {
        self.tuple_keyed_name(shared).is_some()
    }

    /// A key known at import time to be a sequence (`args=((0, 0),)`, `cell_of(0, 0)` run at import
    /// time) in a map that keeps its keys as text: `repr((0, 0))`. The import's values do not tell a tuple
    /// from a list (a list key is Python's TypeError), so it is taken where the key is followed to a tuple
    /// display and to no list; else refused.
    pub(crate) fn static_tuple_key(&self, frame: &Frame, shared: &str, key: &Expr) -> Result<Option<String>> {
        if !self.keys_as_text(shared) {
            return Ok(None);
        }
        let Ok(Value::List(items)) = self.static_value(frame, key) else { return Ok(None) };
        if self.binding_of(key, 0, Leaf::List).is_some() || self.binding_of(key, 0, Leaf::Tuple).is_none() {
            return fail(
                key,
                "this key is a list or a tuple known at import time, which weft cannot tell apart here (a list is Python's TypeError as a key); bind the key to a tuple display (`key = (a, b)`)",
            );
        }
        let mut texts = Vec::with_capacity(items.len());
        for item in items {
            if !matches!(item, Value::Int(_) | Value::Str(_) | Value::None) {
                return fail(
                    key,
                    format!(
                        "a tuple key known at import time holds numbers, strings and None here, not {}",
                        item.describe()
                    ),
                );
            }
            texts.push(self.to_code(crate::expr::Ex::Static(item), key)?.0);
        }
        Ok(Some(format!("repr({})", crate::expr::tuple_text(&texts))))
    }

    /// `key` (code) as the map `shared` keeps it: `repr(key)` in a map whose keys may be tuples.
    pub(crate) fn map_key(&self, shared: &str, key: String) -> String {
        if self.keys_as_text(shared) { format!("repr({key})") } else { key }
    }

    /// Why a module map a tuple key may reach does not keep its keys as text, when one does not.
    pub(super) fn tuple_key_refusal(&self, shared: Option<&str>) -> Option<&str> {
        let shared = shared?;
        self.tuple_keyed_maps
            .refused
            .iter()
            .find(|(name, _)| self.is_map_of(name, shared))
            .map(|(_, reason)| reason.as_str())
    }
}

/// The name a map is followed by: a module name (`results`), or an attribute's (`.responses`, of
/// whatever object: every `x.responses` of the file is taken as the one map, which only errs towards
/// refusing).
fn map_name(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Name(name) => Some(name.id.to_string()),
        Expr::Attribute(attribute) => Some(format!(".{}", attribute.attr)),
        _ => None,
    }
}

/// Each map name's key expressions, its uses that are no key's, and whether it starts empty.
#[derive(Default)]
struct MapUses<'a> {
    keys: BTreeMap<String, Vec<&'a Expr>>,
    /// The first use of a name that is no key's (of any name: only maps with keys matter).
    other: BTreeMap<String, TextRange>,
    started_empty: BTreeSet<String>,
    /// Names bound more than once, or to anything but an empty map.
    bound_otherwise: BTreeSet<String>,
    /// The functions and classes around the statement visited (`__init__` binds an attribute's map).
    around: Vec<String>,
}

impl<'a> MapUses<'a> {
    fn note_other(&mut self, name: String, at: TextRange) {
        self.other.entry(name).or_insert(at);
    }

    fn note_key(&mut self, map: &'a Expr, key: &'a Expr) -> bool {
        let Some(name) = map_name(map) else { return false };
        self.keys.entry(name).or_default().push(key);
        self.visit_inside(map);
        true
    }

    /// The parts of a map's own expression (`self` of `self.responses`), which are no use of the map.
    fn visit_inside(&mut self, map: &'a Expr) {
        if let Expr::Attribute(attribute) = map {
            self.visit_expr(&attribute.value);
        }
    }

    /// `results = {}` at the top of the module, `self.responses = {}` in an `__init__`.
    fn binds_where_a_map_starts(&self, target: &Expr) -> bool {
        match target {
            Expr::Name(_) => self.around.is_empty(),
            Expr::Attribute(attribute) => {
                matches!(&*attribute.value, Expr::Name(receiver) if receiver.id.as_str() == "self")
                    && self.around.last().is_some_and(|function| function == "__init__")
            }
            _ => false,
        }
    }
}

fn is_empty_map(value: &Expr) -> bool {
    match value {
        Expr::Dict(dict) => dict.items.is_empty(),
        Expr::Call(call) => {
            call.arguments.is_empty()
                && matches!(&*call.func, Expr::Name(name) if matches!(name.id.as_str(), "dict" | "set"))
        }
        _ => false,
    }
}

impl<'a> Visitor<'a> for MapUses<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(ast::StmtFunctionDef { name, .. }) | Stmt::ClassDef(ast::StmtClassDef { name, .. }) => {
                self.around.push(name.to_string());
                walk_stmt(self, stmt);
                self.around.pop();
            }
            Stmt::Assign(assign) if assign.targets.len() == 1 && self.binds_where_a_map_starts(&assign.targets[0]) => {
                let target = &assign.targets[0];
                let name = map_name(target).expect("a name or an attribute");
                let first = !self.started_empty.contains(&name) && !self.bound_otherwise.contains(&name);
                if first && is_empty_map(&assign.value) {
                    self.started_empty.insert(name);
                } else {
                    self.started_empty.remove(&name);
                    self.bound_otherwise.insert(name.clone());
                    self.note_other(name, target.range());
                }
                self.visit_inside(target);
                self.visit_expr(&assign.value);
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => self.note_other(name.id.to_string(), name.range),
            Expr::Attribute(attribute) => {
                self.note_other(format!(".{}", attribute.attr), attribute.range);
                walk_expr(self, expr);
            }
            Expr::Subscript(subscript) if self.note_key(&subscript.value, &subscript.slice) => {
                self.visit_expr(&subscript.slice);
            }
            Expr::Call(call) => self.visit_call(call),
            Expr::Compare(compare)
                if compare.ops.len() == 1
                    && matches!(compare.ops[0], CmpOp::In | CmpOp::NotIn)
                    && self.note_key(&compare.comparators[0], &compare.left) =>
            {
                self.visit_expr(&compare.left);
            }
            _ => walk_expr(self, expr),
        }
    }
}

impl<'a> MapUses<'a> {
    fn visit_call(&mut self, call: &'a ast::ExprCall) {
        if let Expr::Attribute(attribute) = &*call.func {
            let method = attribute.attr.as_str();
            if KEY_METHODS.contains(&method)
                && let Some(key) = call.arguments.args.first()
                && self.note_key(&attribute.value, key)
            {
                self.visit_arguments(&call.arguments);
                return;
            }
            if KEYLESS_METHODS.contains(&method) && call.arguments.is_empty() && map_name(&attribute.value).is_some() {
                // The values alone, or none: no key is read back.
                self.visit_inside(&attribute.value);
                return;
            }
        }
        if matches!(&*call.func, Expr::Name(function) if matches!(function.id.as_str(), "len" | "print")) {
            // The map whole, read: its length, or printed (the output is no part of the state).
            for argument in &*call.arguments.args {
                match map_name(argument) {
                    Some(_) => self.visit_inside(argument),
                    None => self.visit_expr(argument),
                }
            }
            for keyword in &*call.arguments.keywords {
                self.visit_expr(&keyword.value);
            }
            return;
        }
        self.visit_expr(&call.func);
        self.visit_arguments(&call.arguments);
    }

    fn visit_arguments(&mut self, arguments: &'a ast::Arguments) {
        for argument in &*arguments.args {
            self.visit_expr(argument);
        }
        for keyword in &*arguments.keywords {
            self.visit_expr(&keyword.value);
        }
    }
}

/// Where a float may be made that could reach a key: a float literal that is no duration's, `/`, a
/// negative power, or a call that gives a float (`FLOAT_CALLS`).
fn float_flow(body: &[Stmt]) -> Option<TextRange> {
    #[derive(Default)]
    struct Finder {
        found: Option<TextRange>,
    }
    impl Finder {
        fn note(&mut self, at: TextRange) {
            self.found.get_or_insert(at);
        }
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::NumberLiteral(ast::ExprNumberLiteral { value: Number::Float(_), range, .. }) => self.note(*range),
                Expr::BinOp(binary) if binary.op == Operator::Div => self.note(binary.range),
                Expr::Attribute(attribute)
                    if matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "math")
                        && matches!(attribute.attr.as_str(), "pi" | "e" | "tau" | "inf" | "nan") =>
                {
                    self.note(attribute.range)
                }
                // `2 ** -1` is 0.5.
                Expr::BinOp(binary) if binary.op == Operator::Pow && matches!(&*binary.right, Expr::UnaryOp(_)) => {
                    self.note(binary.range)
                }
                Expr::Call(call) => {
                    let callee = match &*call.func {
                        Expr::Name(name) => name.id.as_str(),
                        Expr::Attribute(attribute) => attribute.attr.as_str(),
                        _ => "",
                    };
                    if FLOAT_CALLS.contains(&callee) {
                        self.note(call.range());
                    }
                    self.visit_expr(&call.func);
                    for argument in &*call.arguments.args {
                        if !(DURATION_CALLS.contains(&callee) && is_float_literal(argument)) {
                            self.visit_expr(argument);
                        }
                    }
                    for keyword in &*call.arguments.keywords {
                        let is_duration = keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "timeout");
                        if !(is_duration && is_float_literal(&keyword.value)) {
                            self.visit_expr(&keyword.value);
                        }
                    }
                    return;
                }
                _ => {}
            }
            walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::AugAssign(assign) = stmt
                && assign.op == Operator::Div
            {
                self.note(assign.range);
            }
            walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder::default();
    finder.visit_body(body);
    finder.found
}

fn is_float_literal(expr: &Expr) -> bool {
    matches!(expr, Expr::NumberLiteral(ast::ExprNumberLiteral { value: Number::Float(_), .. }))
}
