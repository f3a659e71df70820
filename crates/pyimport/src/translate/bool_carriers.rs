//! The ways a bool reaches a value other than a name's binding (session 21): an item of a list, dict,
//! set, deque or queue (`flags[i] = True`, `status = {"a": False}`, `q.put(True)`), an attribute
//! (`self.ok = False`), a method's argument (`box.mark(True)`, `Thread(target=box.mark, args=(True,))`),
//! a `partial`'s (`partial(report, True)`), a comprehension's or a loop's variable over such items.
//! Before, a name bound to `q.get()`, `flags[1]`, `box.ok` held the bool as weft's 1 or 0 and its text
//! was `1` under "complete" where CPython printed `True`.
//!
//! Read once over the whole file, by name as bool_names.rs does (a container by the name that holds
//! it, an attribute by its name whatever the object): an item or attribute that only bools reach is a
//! bool and its text `True`/`False`; one that bools and other values reach is mixed and its text
//! refused, never a `1` for `True`.

use std::collections::BTreeMap;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::bool_names::{BoolName, BoolNames};

/// What reaches a container's items or an attribute: a bool, and anything else.
#[derive(Default, Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Reached {
    bool: bool,
    other: bool,
}

impl Reached {
    pub(crate) fn add(&mut self, kind: Option<BoolName>) {
        match kind {
            Some(BoolName::Bool) => self.bool = true,
            Some(BoolName::Mixed) => {
                self.bool = true;
                self.other = true;
            }
            None => self.other = true,
        }
    }

    pub(crate) fn kind(self) -> Option<BoolName> {
        match (self.bool, self.other) {
            (true, false) => Some(BoolName::Bool),
            (true, true) => Some(BoolName::Mixed),
            _ => None,
        }
    }
}

/// The containers (by the name that holds them) and the attributes (by name) the file's bools reach.
#[derive(Default, Clone, PartialEq, Eq, Debug)]
pub(crate) struct BoolCarriers {
    containers: BTreeMap<String, Reached>,
    attributes: BTreeMap<String, Reached>,
    /// Per string key, for the containers every item of which the file puts under a string literal
    /// (`settings["loaded"] = True`, `{"a": False}`): session 34, bool_keys.rs.
    keys: super::bool_keys::KeyedCarriers,
}

/// Methods that put their one argument into the container (`append`, `put`) and the position of it.
const PUTTING_METHODS: [(&str, usize); 7] =
    [("append", 0), ("appendleft", 0), ("add", 0), ("put", 0), ("put_nowait", 0), ("insert", 1), ("setdefault", 1)];

impl BoolCarriers {
    /// What the file puts into containers and attributes, the kinds of values judged by `found`.
    pub(crate) fn of_module(body: &[Stmt], found: &BoolNames) -> BoolCarriers {
        let mut scan = CarrierScan { found, carriers: BoolCarriers::default(), in_class: false };
        body.iter().for_each(|stmt| scan.visit_stmt(stmt));
        scan.carriers
    }

    /// The kind of an item of the container `name` holds (`None` when no bool reaches one).
    pub(crate) fn item(&self, name: &str) -> Option<BoolName> {
        self.containers.get(name).and_then(|reached| reached.kind())
    }

    /// The kind of the attribute `name` (of any object).
    pub(crate) fn attribute(&self, name: &str) -> Option<BoolName> {
        self.attributes.get(name).and_then(|reached| reached.kind())
    }

    /// The kind of `expr` as an item taken from a container or an attribute: `flags[i]`, `box.ok`,
    /// `q.get()`, `items.pop()`, `d.get(k, default)` (`d.get(k)` may be None: mixed).
    pub(crate) fn kind(&self, expr: &Expr, found: &BoolNames) -> Option<BoolName> {
        match expr {
            Expr::Subscript(subscript) => {
                let container = subscript.value.as_name_expr()?.id.as_str();
                match self.keys.item(container, &subscript.slice) {
                    Some(kind) => kind,
                    None => self.item(container),
                }
            }
            Expr::Attribute(attribute) => self.attribute(attribute.attr.as_str()),
            Expr::Await(awaited) => self.kind(&awaited.value, found),
            Expr::Call(call) => {
                let Expr::Attribute(method) = &*call.func else { return None };
                let container = method.value.as_name_expr()?.id.as_str();
                // `settings.get("greeting", "Hi")`: the kinds that key's own stores gave.
                if let Some(kind) = self.keys.got(container, method.attr.as_str(), &call.arguments.args, found) {
                    return kind;
                }
                let item = self.item(container)?;
                match (method.attr.as_str(), &call.arguments.args[..]) {
                    ("get" | "get_nowait" | "popleft" | "pop", []) | ("pop", [_]) => Some(item),
                    ("get", [_]) => Some(BoolName::Mixed),
                    ("get" | "pop", [_, default]) => {
                        let mut reached = Reached { bool: true, other: item == BoolName::Mixed };
                        reached.add(found.kind(default));
                        reached.kind()
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The kind of each item an iterable gives a loop or a comprehension (`for f in flags`,
    /// `for k, v in status.items()` gives `v`'s), as (index in a tuple target or `None`, kind).
    pub(crate) fn iterated(&self, iterable: &Expr) -> Option<(Option<usize>, BoolName)> {
        match iterable {
            Expr::Name(name) => Some((None, self.item(name.id.as_str())?)),
            Expr::Call(call) if call.arguments.is_empty() => {
                let Expr::Attribute(method) = &*call.func else { return None };
                let item = self.item(method.value.as_name_expr()?.id.as_str())?;
                match method.attr.as_str() {
                    "values" => Some((None, item)),
                    "items" => Some((Some(1), item)),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

struct CarrierScan<'f> {
    found: &'f BoolNames,
    carriers: BoolCarriers,
    in_class: bool,
}

impl CarrierScan<'_> {
    /// The kind of a value put somewhere: a bool, a value bools reach, or one holding a bool inside it
    /// (`(True, "x")`: mixed, as its text and its unpacked parts would need weft to tell 1 from True).
    fn value_kind(&self, value: &Expr) -> Option<BoolName> {
        self.found.kind(value).or_else(|| holds_some_bool(value, self.found).then_some(BoolName::Mixed))
    }

    fn container(&mut self, name: &str, kind: Option<BoolName>) {
        self.carriers.containers.entry(name.to_string()).or_default().add(kind);
    }

    fn attribute(&mut self, name: &str, kind: Option<BoolName>) {
        self.carriers.attributes.entry(name.to_string()).or_default().add(kind);
    }

    /// A dict display's items under string literals (`{"a": False}`), each with its kind; `None` for
    /// any other value or key.
    fn keyed_items(&self, value: &Expr) -> Option<Vec<(String, Option<BoolName>)>> {
        let Expr::Dict(dict) = value else { return None };
        dict.items
            .iter()
            .map(|item| match &item.key {
                Some(Expr::StringLiteral(key)) => Some((key.value.to_string(), self.value_kind(&item.value))),
                _ => None,
            })
            .collect()
    }

    /// A display's items (`[False, False]`, `{"a": False}`, `[False] * n`, a comprehension's element).
    fn items_of(&self, value: &Expr) -> Option<Vec<Option<BoolName>>> {
        let kind = |item: &Expr| self.value_kind(item);
        match value {
            Expr::List(list) => Some(list.elts.iter().map(kind).collect()),
            Expr::Tuple(tuple) => Some(tuple.elts.iter().map(kind).collect()),
            Expr::Set(set) => Some(set.elts.iter().map(kind).collect()),
            Expr::Dict(dict) => Some(dict.items.iter().map(|item| kind(&item.value)).collect()),
            Expr::ListComp(comprehension) => Some(vec![kind(&comprehension.elt)]),
            Expr::SetComp(comprehension) => Some(vec![kind(&comprehension.elt)]),
            Expr::DictComp(comprehension) => Some(vec![kind(&comprehension.value)]),
            Expr::BinOp(product) if product.op == ast::Operator::Mult => {
                self.items_of(&product.left).or_else(|| self.items_of(&product.right))
            }
            // `list(ex.map(is_even, xs))`, `await asyncio.gather(...)` (session 22, result_bools.rs).
            _ => self.found.result_items(value),
        }
    }

    fn assigned(&mut self, target: &Expr, value: Option<&Expr>) {
        let kind = value.and_then(|value| self.value_kind(value));
        match target {
            Expr::Subscript(subscript) => {
                if let Expr::Name(container) = &*subscript.value {
                    self.container(container.id.as_str(), kind);
                    self.carriers.keys.stored(container.id.as_str(), &subscript.slice, kind);
                }
            }
            Expr::Attribute(attribute) => self.attribute(attribute.attr.as_str(), kind),
            Expr::Name(name) => {
                if let Some(items) = value.and_then(|value| self.items_of(value)) {
                    items.into_iter().for_each(|item| self.container(name.id.as_str(), item));
                    let keyed = value.and_then(|value| self.keyed_items(value));
                    self.carriers.keys.bound(name.id.as_str(), keyed);
                }
                // A class attribute (`ok = False` in the class's body) is read as `self.ok`.
                if self.in_class {
                    self.attribute(name.id.as_str(), kind);
                }
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let values = match value {
                    Some(Expr::Tuple(ast::ExprTuple { elts: values, .. })) if values.len() == elts.len() => {
                        Some(values)
                    }
                    _ => None,
                };
                for (index, element) in elts.iter().enumerate() {
                    self.assigned(element, values.map(|values| &values[index]));
                }
            }
            _ => {}
        }
    }
}

impl<'a> Visitor<'a> for CarrierScan<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(assign) => assign.targets.iter().for_each(|target| self.assigned(target, Some(&assign.value))),
            Stmt::AnnAssign(assign) => self.assigned(&assign.target, assign.value.as_deref()),
            Stmt::AugAssign(assign) => self.assigned(&assign.target, None),
            Stmt::ClassDef(class) => {
                let outer = std::mem::replace(&mut self.in_class, true);
                class.body.iter().for_each(|stmt| self.visit_stmt(stmt));
                self.in_class = outer;
                return;
            }
            Stmt::FunctionDef(_) => {
                let outer = std::mem::replace(&mut self.in_class, false);
                walk_stmt(self, stmt);
                self.in_class = outer;
                return;
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && let Expr::Attribute(method) = &*call.func
            && let Expr::Name(container) = &*method.value
        {
            let name = container.id.as_str();
            self.carriers.keys.method_called(name, method.attr.as_str());
            if let Some((_, position)) = PUTTING_METHODS.iter().find(|(putting, _)| *putting == method.attr.as_str())
                && let Some(value) = call.arguments.args.get(*position)
            {
                self.container(name, self.value_kind(value));
            }
            if method.attr.as_str() == "extend"
                && let Some(value) = call.arguments.args.first()
            {
                match self.items_of(value) {
                    Some(items) => items.into_iter().for_each(|item| self.container(name, item)),
                    // `a.extend(flags)`: the other container's items, as far as they are known.
                    None => self.container(name, self.found.iterated_kind(value)),
                }
            }
        }
        walk_expr(self, expr);
    }
}

/// The variables of the file's comprehensions that walk a container bools reach
/// (`str(f) for f in flags`), with the kind of what they are bound to.
pub(crate) fn comprehension_bindings(body: &[Stmt], found: &BoolNames) -> Vec<(String, Option<BoolName>)> {
    struct Bindings<'f> {
        found: &'f BoolNames,
        bound: Vec<(String, Option<BoolName>)>,
    }
    impl<'a> Visitor<'a> for Bindings<'_> {
        fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
            self.bound.extend(found_in_target(&comprehension.target, &comprehension.iter, self.found));
            ruff_python_ast::visitor::walk_comprehension(self, comprehension);
        }
    }
    let mut bindings = Bindings { found, bound: Vec::new() };
    body.iter().for_each(|stmt| bindings.visit_stmt(stmt));
    bindings.bound
}

/// The names a loop's or a comprehension's target binds from `iterable` whose items bools reach.
pub(crate) fn found_in_target(target: &Expr, iterable: &Expr, found: &BoolNames) -> Vec<(String, Option<BoolName>)> {
    // A display, `enumerate(...)`, `zip(...)` (session 27, bool_flows.rs).
    if let Some(bound) = found.iterated_bindings(target, iterable) {
        return bound;
    }
    let results = || found.iterated_result(iterable).map(|kind| (None, kind));
    let Some((position, kind)) = found.carriers().iterated(iterable).or_else(results) else { return Vec::new() };
    match (target, position) {
        (Expr::Name(name), None) => vec![(name.id.to_string(), Some(kind))],
        (Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }), Some(index)) => elts
            .get(index)
            .and_then(|element| element.as_name_expr())
            .map(|name| vec![(name.id.to_string(), Some(kind))])
            .unwrap_or_default(),
        // Anything unpacked from a bool-reached item is mixed as far as weft can tell.
        (target, _) => super::names_in(target).into_iter().map(|name| (name, Some(BoolName::Mixed))).collect(),
    }
}

/// The file's functions (methods too) some `return` of which holds a bool (`return [n > 1, n > 2]`,
/// `return True` beside `return 0`) but that do not return only bools: what a call of one gives is
/// mixed as far as weft can tell (session 21: `a, b = check(3)` then `f"{a}"` was `'1'`).
pub(crate) fn functions_returning_some_bool(body: &[Stmt], found: &BoolNames) -> Vec<String> {
    struct Returns<'f> {
        found: &'f BoolNames,
        function: Option<String>,
        out: Vec<String>,
    }
    impl<'a> Visitor<'a> for Returns<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(function) => {
                    let outer = self.function.replace(function.name.to_string());
                    walk_stmt(self, stmt);
                    self.function = outer;
                }
                Stmt::Return(ast::StmtReturn { value: Some(value), .. }) => {
                    if let Some(function) = &self.function
                        && holds_some_bool(value, self.found)
                        && !self.out.contains(function)
                    {
                        self.out.push(function.clone());
                    }
                }
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut returns = Returns { found, function: None, out: Vec::new() };
    body.iter().for_each(|stmt| returns.visit_stmt(stmt));
    returns.out
}

/// Whether `expr` or any part of it is a bool (or a value bools reach).
fn holds_some_bool(expr: &Expr, found: &BoolNames) -> bool {
    struct Scan<'f> {
        found: &'f BoolNames,
        holds: bool,
    }
    impl<'a> Visitor<'a> for Scan<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.found.kind(expr).is_some() {
                self.holds = true;
                return;
            }
            // `1 if x > 3 else 0`: the test's truth chooses the value and is not part of it.
            if let Expr::If(conditional) = expr {
                self.visit_expr(&conditional.body);
                self.visit_expr(&conditional.orelse);
                return;
            }
            walk_expr(self, expr);
        }
    }
    let mut scan = Scan { found, holds: false };
    scan.visit_expr(expr);
    scan.holds
}
