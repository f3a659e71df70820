//! `class State(enum.Enum):` whose members are literals, written before translation as the text each
//! member prints as:
//!
//! ```python
//! class State(enum.Enum):         # removed
//!     NEW = "new"
//!     DONE = "done"
//! self.state = State.NEW          # self.state = "State.NEW"
//! if w.state is State.DONE:       # if w.state == "State.DONE":
//! print(f"{w.state}")             # the same: str() of a member is "State.DONE"
//! State.NEW.value                 # "new"
//! w.state.name                    # enum_member_names[w.state], a dict of the members' texts
//! ```
//!
//! A member is a constant made when the class is, so its text stands for it exactly where nothing can
//! tell the two apart. The pass makes sure of that: every name and attribute that holds a member
//! (a *place*: a name, or an attribute name for every object, that some assignment gives a member) is
//! given members only, by plain assignments; and a member or a place is read only where a member and
//! its text behave alike: assigned to a place, compared with another member by `==`, `!=`, `is` or
//! `is not` (members are singletons, so identity is equality), printed (`print(m)`, `str(m)`, `f"{m}"`: `str()` of a plain Enum member is `State.NEW`),
//! and its `.name` and `.value`. Anything else (a member in a list, passed to a function, returned,
//! compared with a string, `in` (the translator's `in` takes integers), `repr`, `State("new")`, iterating the class, aliases, `IntEnum`) is refused at
//! its place, saying what is followed.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_except_handler, walk_expr, walk_interpolated_string_element, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::pool_calls::Refusal;
use crate::syntax::{fresh_name, module_names, name, string};

type Checked<T> = Result<T, Refusal>;

fn refuse<T>(node: &impl Ranged, message: impl Into<String>) -> Checked<T> {
    Err(Refusal { offset: node.start().to_usize(), message: message.into() })
}

/// What weft follows of an Enum, said in every refusal of a member's use.
const FOLLOWED: &str = "weft follows an enum member assigned to a name or an attribute that holds members only, compared with another member (`==`, `!=`, `is`, `is not`), printed (`print(m)`, `str(m)`, `f\"{m}\"`) and its `.name` and `.value`";

/// A member's value: an integer or a string literal (or `auto()`'s 1, 2, ...).
#[derive(Clone, PartialEq)]
enum MemberValue {
    Int(u64),
    Str(String),
}

impl MemberValue {
    fn literal(&self, range: TextRange) -> Expr {
        match self {
            MemberValue::Int(number) => Expr::NumberLiteral(ast::ExprNumberLiteral {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                value: ast::Number::Int(ast::Int::from(*number)),
            }),
            MemberValue::Str(text) => string(text, range),
        }
    }
}

/// The members of the file's Enum classes, by class name, in the order the class lists them.
type Enums = BTreeMap<String, Vec<(String, MemberValue)>>;

/// Removes the file's `enum.Enum` classes and writes each member's uses as its text (the module docs).
pub fn rewrite_enums(body: &mut ast::Suite) -> Checked<()> {
    let Some(enum_module) = EnumModule::imported(body) else { return Ok(()) };
    let enums = enum_classes(body, &enum_module)?;
    if enums.is_empty() {
        return Ok(());
    }
    let places = places(body, &enums);
    if places.attributes.contains("name") || places.attributes.contains("value") {
        let attribute = if places.attributes.contains("name") { "name" } else { "value" };
        return refuse(
            &body[0],
            format!(
                "an attribute `.{attribute}` that holds an enum member is not supported: weft reads `.{attribute}` of a member as the member's own; name the attribute otherwise"
            ),
        );
    }
    // `print(m)` and `str(m)` are Python's own: a file that binds either name is another program.
    let (_, bound) = crate::syntax::name_counts(body);
    if let Some(own) = ["print", "str"].into_iter().find(|builtin| bound.contains_key(*builtin)) {
        return refuse(
            &body[0],
            format!(
                "a program with `enum.Enum` members that binds `{own}` itself is not supported: weft prints a member through Python's `{own}`"
            ),
        );
    }
    if let Some(at) = shows_attributes(body) {
        return Err(Refusal {
            offset: at,
            message: "a dataclass, `vars`, `__dict__` or `asdict` in a program with `enum.Enum` members is not supported: they show an attribute's `repr` (`<State.NEW: 'new'>`), where weft holds a member as its text".to_string(),
        });
    }
    let mut approve = Approve { enums: &enums, places: &places, members: BTreeSet::new(), stores: BTreeSet::new() };
    approve.visit_body(body);
    let mut check =
        Check { enums: &enums, places: &places, members: &approve.members, stores: &approve.stores, refusal: None };
    check.visit_body(body);
    if let Some(refusal) = check.refusal {
        return Err(refusal);
    }
    let mut taken = module_names(body);
    let rewrite = Rewrite {
        enums: &enums,
        places: &places,
        names_dict: fresh_name("enum_member_names", &mut taken),
        values_dict: fresh_name("enum_member_values", &mut taken),
        used: std::cell::RefCell::new(BTreeSet::new()),
    };
    let first = body
        .iter()
        .position(|stmt| matches!(stmt, Stmt::ClassDef(class) if enums.contains_key(class.name.as_str())))
        .expect("an enum class");
    body.retain(|stmt| !matches!(stmt, Stmt::ClassDef(class) if enums.contains_key(class.name.as_str())));
    for stmt in body.iter_mut() {
        rewrite.visit_stmt(stmt);
    }
    // The dicts `.name` and `.value` of a place read, where the first class stood.
    for dict in rewrite.used.into_inner().into_iter().rev() {
        let (target, of_names) = match dict {
            MemberPart::Name => (&rewrite.names_dict, true),
            MemberPart::Value => (&rewrite.values_dict, false),
        };
        body.insert(first, member_dict(target, &enums, of_names));
    }
    Ok(())
}

/// How the file names the enum module and its `Enum` class.
struct EnumModule {
    /// `enum` of `import enum` (or its alias).
    modules: BTreeSet<String>,
    /// What `from enum import ...` binds, by the bound name: the enum module's own name of it.
    imported: BTreeMap<String, String>,
}

impl EnumModule {
    fn imported(body: &[Stmt]) -> Option<EnumModule> {
        let mut found = EnumModule { modules: BTreeSet::new(), imported: BTreeMap::new() };
        for stmt in body {
            match stmt {
                Stmt::Import(import) => {
                    for alias in import.names.iter().filter(|alias| alias.name.as_str() == "enum") {
                        found.modules.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                    }
                }
                Stmt::ImportFrom(import) if import.module.as_ref().is_some_and(|m| m.as_str() == "enum") => {
                    for alias in &import.names {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                        found.imported.insert(bound, alias.name.to_string());
                    }
                }
                _ => {}
            }
        }
        (!found.modules.is_empty() || !found.imported.is_empty()).then_some(found)
    }

    /// The enum module's name of what `expr` names (`Enum` of `enum.Enum`), if it names its member.
    fn member_of(&self, expr: &Expr) -> Option<String> {
        match expr {
            Expr::Attribute(attribute) => match &*attribute.value {
                Expr::Name(module) if self.modules.contains(module.id.as_str()) => Some(attribute.attr.to_string()),
                _ => None,
            },
            Expr::Name(bound) => self.imported.get(bound.id.as_str()).cloned(),
            _ => None,
        }
    }
}

/// The module's classes whose one base is `enum.Enum`, with their members; a class on another of the
/// enum module's classes (`IntEnum`, `Flag`) is refused.
fn enum_classes(body: &[Stmt], enum_module: &EnumModule) -> Checked<Enums> {
    let mut enums = Enums::new();
    for stmt in body {
        let Stmt::ClassDef(class) = stmt else { continue };
        let Some(arguments) = class.arguments.as_ref() else { continue };
        let Some((base, kind)) = arguments.args.iter().find_map(|base| Some((base, enum_module.member_of(base)?)))
        else {
            continue;
        };
        if kind != "Enum" {
            return refuse(
                base,
                format!(
                    "a class on `{kind}` is not supported; weft follows `enum.Enum` classes whose members are integer or string literals"
                ),
            );
        }
        if arguments.args.len() != 1 || !arguments.keywords.is_empty() || class.type_params.is_some() {
            return refuse(
                class,
                "an `enum.Enum` class with other bases or keywords is not supported; weft follows `class Name(enum.Enum):` with members only",
            );
        }
        for decorator in &class.decorator_list {
            if enum_module.member_of(&decorator.expression).as_deref() != Some("unique") {
                return refuse(
                    decorator,
                    "a decorator of an `enum.Enum` class other than `@enum.unique` is not supported",
                );
            }
        }
        if enums.insert(class.name.to_string(), members(class, enum_module)?).is_some() {
            return refuse(class, format!("a second class `{}`: weft follows an Enum class defined once", class.name));
        }
    }
    Ok(enums)
}

/// `NAME = literal` for every member (or `NAME = auto()` for every member: 1, 2, ...), each value its
/// own (a repeated value is Python's alias of the first member).
fn members(class: &ast::StmtClassDef, enum_module: &EnumModule) -> Checked<Vec<(String, MemberValue)>> {
    let not_followed = "in an `enum.Enum` class weft follows members `NAME = literal` (an integer or a string literal, or `auto()` for every member) after an optional docstring; this is not one";
    let mut members: Vec<(String, MemberValue)> = Vec::new();
    let mut autos = 0;
    for (at, stmt) in class.body.iter().enumerate() {
        let docstring = at == 0 && matches!(stmt, Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)));
        if docstring || matches!(stmt, Stmt::Pass(_)) {
            continue;
        }
        let Stmt::Assign(assign) = stmt else { return refuse(stmt, not_followed) };
        let [Expr::Name(target)] = &assign.targets[..] else { return refuse(stmt, not_followed) };
        if target.id.starts_with('_') {
            return refuse(
                target,
                "an `enum.Enum` member whose name starts with `_` is not supported (Python keeps `_sunder_` and private names out of the members)",
            );
        }
        let value = match &*assign.value {
            Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(int), .. }) => {
                match int.as_u64().filter(|number| i64::try_from(*number).is_ok()) {
                    Some(number) => MemberValue::Int(number),
                    None => return refuse(&*assign.value, not_followed),
                }
            }
            Expr::StringLiteral(text) => MemberValue::Str(text.value.to_str().to_string()),
            Expr::Call(call)
                if call.arguments.args.is_empty()
                    && call.arguments.keywords.is_empty()
                    && enum_module.member_of(&call.func).as_deref() == Some("auto") =>
            {
                autos += 1;
                MemberValue::Int(members.len() as u64 + 1)
            }
            _ => return refuse(&*assign.value, not_followed),
        };
        if let Some((first, _)) = members.iter().find(|(_, other)| *other == value) {
            return refuse(
                &*assign.value,
                format!(
                    "`{}` has the value of `{first}`: Python makes it an alias of `{first}` (`{}.{} is {}.{first}`), which weft does not follow; give each member its own value",
                    target.id, class.name, target.id, class.name
                ),
            );
        }
        if members.iter().any(|(other, _)| other == target.id.as_str()) {
            return refuse(
                target,
                format!("`{}` is bound twice in an `enum.Enum` class (Python's TypeError)", target.id),
            );
        }
        members.push((target.id.to_string(), value));
    }
    if autos != 0 && autos != members.len() {
        return refuse(
            class,
            "an `enum.Enum` class mixing `auto()` with literal values is not supported; give every member `auto()` or a literal",
        );
    }
    Ok(members)
}

/// The names and attribute names that some assignment gives a member (the module docs).
#[derive(Default)]
struct Places {
    names: BTreeSet<String>,
    attributes: BTreeSet<String>,
}

/// `expr` a member (`State.NEW`) or a read of a place: a value that is always a member.
fn is_member(expr: &Expr, enums: &Enums, places: &Places) -> bool {
    member_literal(expr, enums).is_some() || is_place_read(expr, enums, places)
}

/// `State.NEW` of an Enum class of the file: the class and the member.
fn member_literal<'e>(expr: &Expr, enums: &'e Enums) -> Option<(&'e str, &'e MemberValue, String)> {
    let Expr::Attribute(attribute) = expr else { return None };
    let Expr::Name(class) = &*attribute.value else { return None };
    let (class_name, members) = enums.get_key_value(class.id.as_str())?;
    let (member, value) = members.iter().find(|(member, _)| member == attribute.attr.as_str())?;
    Some((class_name.as_str(), value, format!("{class_name}.{member}")))
}

fn is_place_read(expr: &Expr, enums: &Enums, places: &Places) -> bool {
    match expr {
        Expr::Name(read) => read.ctx.is_load() && places.names.contains(read.id.as_str()),
        Expr::Attribute(read) => {
            read.ctx.is_load()
                && places.attributes.contains(read.attr.as_str())
                && !matches!(&*read.value, Expr::Name(class) if enums.contains_key(class.id.as_str()))
        }
        _ => false,
    }
}

/// The places, to a fixed point: an assignment of a member (or of a place's read) to a name or an
/// attribute makes it a place.
fn places(body: &[Stmt], enums: &Enums) -> Places {
    struct Collect<'e> {
        enums: &'e Enums,
        places: Places,
        grew: bool,
    }
    impl<'a> Visitor<'a> for Collect<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Some((targets, value)) = assignment(stmt)
                && is_member(value, self.enums, &self.places)
            {
                for target in targets {
                    self.grew |= match target {
                        Expr::Name(bound) => self.places.names.insert(bound.id.to_string()),
                        Expr::Attribute(bound) => self.places.attributes.insert(bound.attr.to_string()),
                        _ => false,
                    };
                }
            }
            if !is_enum_class(stmt, self.enums) {
                walk_stmt(self, stmt);
            }
        }
    }
    let mut collect = Collect { enums, places: Places::default(), grew: true };
    while collect.grew {
        collect.grew = false;
        collect.visit_body(body);
    }
    collect.places
}

/// The targets and value of `a = b = value` or `a: T = value`.
fn assignment(stmt: &Stmt) -> Option<(&[Expr], &Expr)> {
    match stmt {
        Stmt::Assign(assign) => Some((&assign.targets, &assign.value)),
        Stmt::AnnAssign(assign) => Some((std::slice::from_ref(&*assign.target), assign.value.as_deref()?)),
        _ => None,
    }
}

fn is_enum_class(stmt: &Stmt, enums: &Enums) -> bool {
    matches!(stmt, Stmt::ClassDef(class) if enums.contains_key(class.name.as_str()))
}

/// Marks the members and place reads that stand where a member and its text behave alike (by their
/// start), and the assignments to places that give a member.
struct Approve<'e> {
    enums: &'e Enums,
    places: &'e Places,
    members: BTreeSet<usize>,
    stores: BTreeSet<usize>,
}

impl Approve<'_> {
    fn approve_if_member(&mut self, expr: &Expr) -> bool {
        let member = is_member(expr, self.enums, self.places);
        if member {
            self.members.insert(expr.start().to_usize());
        }
        member
    }
}

impl<'a> Visitor<'a> for Approve<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if is_enum_class(stmt, self.enums) {
            return;
        }
        if let Stmt::ClassDef(class) = stmt {
            // A member assigned in a class body is a class attribute, read through the class or an
            // instance, not by its name: no place (and a dataclass's field would print its repr).
            for decorator in &class.decorator_list {
                self.visit_decorator(decorator);
            }
            if let Some(arguments) = &class.arguments {
                self.visit_arguments(arguments);
            }
            for member in &class.body {
                if assignment(member).is_some() { walk_stmt(self, member) } else { self.visit_stmt(member) }
            }
            return;
        }
        if let Some((targets, value)) = assignment(stmt)
            && targets.iter().all(|target| matches!(target, Expr::Name(_) | Expr::Attribute(_)))
            && self.approve_if_member(value)
        {
            self.stores.extend(targets.iter().map(|target| target.start().to_usize()));
        }
        if let Some((_, Expr::Attribute(attribute))) = assignment(stmt)
            && matches!(attribute.attr.as_str(), "name" | "value")
        {
            self.approve_if_member(&attribute.value);
        }
        walk_stmt(self, stmt);
    }

    fn visit_annotation(&mut self, _: &'a Expr) {}

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Compare(compare) if compare.ops.len() == 1 => {
                let right = &compare.comparators[0];
                match compare.ops[0] {
                    ast::CmpOp::Eq | ast::CmpOp::NotEq | ast::CmpOp::Is | ast::CmpOp::IsNot
                        if is_member(&compare.left, self.enums, self.places)
                            && is_member(right, self.enums, self.places) =>
                    {
                        self.approve_if_member(&compare.left);
                        self.approve_if_member(right);
                    }
                    _ => {}
                }
            }
            Expr::Call(call) => {
                // `print(m, end="")` and `str(m)` both say `str(m)`.
                let printed = is_print(&call.func)
                    || (matches!(&*call.func, Expr::Name(f) if f.id.as_str() == "str")
                        && call.arguments.args.len() == 1
                        && call.arguments.keywords.is_empty());
                if printed {
                    call.arguments.args.iter().for_each(|argument| {
                        self.approve_if_member(argument);
                    });
                }
            }
            // A member's own `.name` is a constant anywhere; a place's is a lookup, approved as an
            // assignment's value (`visit_stmt`).
            Expr::Attribute(attribute)
                if matches!(attribute.attr.as_str(), "name" | "value")
                    && member_literal(&attribute.value, self.enums).is_some() =>
            {
                self.approve_if_member(&attribute.value);
            }
            _ => {}
        }
        walk_expr(self, expr);
    }

    fn visit_interpolated_string_element(&mut self, element: &'a ast::InterpolatedStringElement) {
        if let ast::InterpolatedStringElement::Interpolation(field) = element
            && field.debug_text.is_none()
            && field.format_spec.is_none()
            && matches!(field.conversion, ast::ConversionFlag::None | ast::ConversionFlag::Str)
        {
            self.approve_if_member(&field.expression);
        }
        walk_interpolated_string_element(self, element);
    }
}

/// Where the program first names a dataclass, `vars`, `__dict__`, `asdict` or `astuple` (each shows an
/// object's attributes by their `repr`).
fn shows_attributes(body: &[Stmt]) -> Option<usize> {
    struct Find(Option<usize>);
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, expr: &'a Expr) {
            let named = match expr {
                Expr::Name(read) => Some(read.id.as_str()),
                Expr::Attribute(read) => Some(read.attr.as_str()),
                _ => None,
            };
            if self.0.is_none()
                && named.is_some_and(|n| matches!(n, "dataclass" | "vars" | "__dict__" | "asdict" | "astuple"))
            {
                self.0 = Some(expr.start().to_usize());
            }
            walk_expr(self, expr);
        }
    }
    let mut find = Find(None);
    find.visit_body(body);
    find.0
}

fn is_print(func: &Expr) -> bool {
    matches!(func, Expr::Name(f) if f.id.as_str() == "print")
}

/// Finds the first member, Enum class or place used where it is not approved, and any other binding of
/// a place or a class's name.
struct Check<'e> {
    enums: &'e Enums,
    places: &'e Places,
    members: &'e BTreeSet<usize>,
    stores: &'e BTreeSet<usize>,
    refusal: Option<Refusal>,
}

impl Check<'_> {
    fn refuse_at(&mut self, node: &impl Ranged, message: String) {
        if self.refusal.is_none() {
            self.refusal = Some(Refusal { offset: node.start().to_usize(), message });
        }
    }

    /// A binding by a `def`, a parameter, an import or an `except ... as` of a place or a class's name.
    fn check_binding(&mut self, node: &impl Ranged, bound: &str) {
        if self.enums.contains_key(bound) {
            self.refuse_at(node, format!("`{bound}` is an `enum.Enum` class of this file and is bound again here; weft follows an Enum class bound once"));
        } else if self.places.names.contains(bound) {
            self.refuse_at(node, place_bound_otherwise(bound));
        }
    }
}

fn place_bound_otherwise(place: &str) -> String {
    format!("`{place}` holds an enum member elsewhere and is bound here otherwise; {FOLLOWED}")
}

impl<'a> Visitor<'a> for Check<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if is_enum_class(stmt, self.enums) {
            return;
        }
        match stmt {
            Stmt::FunctionDef(def) => self.check_binding(&def.name, def.name.as_str()),
            Stmt::ClassDef(class) => self.check_binding(&class.name, class.name.as_str()),
            Stmt::Import(ast::StmtImport { names, .. }) | Stmt::ImportFrom(ast::StmtImportFrom { names, .. }) => {
                for alias in names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.check_binding(alias, bound.as_str());
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_annotation(&mut self, _: &'a Expr) {}

    fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
        self.check_binding(parameter, parameter.name.as_str());
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(handler_node) = handler;
        if let Some(bound) = &handler_node.name {
            self.check_binding(bound, bound.as_str());
        }
        walk_except_handler(self, handler);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        let at = expr.start().to_usize();
        if let Some((_, _, text)) = member_literal(expr, self.enums) {
            if !self.members.contains(&at) {
                self.refuse_at(expr, format!("the enum member `{text}` here is not supported: {FOLLOWED}"));
            }
            return;
        }
        match expr {
            Expr::Attribute(part)
                if matches!(part.attr.as_str(), "name" | "value")
                    && is_place_read(&part.value, self.enums, self.places)
                    && !self.members.contains(&part.value.start().to_usize()) =>
            {
                let message = format!(
                    "`.{}` of a member held at run time is supported as an assignment's whole value (`x = state.{}`); assign it to a name first",
                    part.attr, part.attr
                );
                self.refuse_at(expr, message);
            }
            Expr::Name(read) if self.enums.contains_key(read.id.as_str()) => {
                let message = format!(
                    "the `enum.Enum` class `{}` used here (other than `{}.MEMBER`) is not supported: {FOLLOWED}",
                    read.id, read.id
                );
                self.refuse_at(expr, message);
            }
            Expr::Attribute(read) if matches!(&*read.value, Expr::Name(class) if self.enums.contains_key(class.id.as_str())) =>
            {
                let message = format!(
                    "`{}` is no member of the `enum.Enum` class: weft follows its members `{}.MEMBER` only",
                    read.attr, read.attr
                );
                self.refuse_at(expr, message);
            }
            Expr::Name(ast::ExprName { id, ctx, .. }) if self.places.names.contains(id.as_str()) => {
                self.check_place(expr, id.as_str(), *ctx, at);
            }
            Expr::Attribute(ast::ExprAttribute { attr, ctx, .. }) if self.places.attributes.contains(attr.as_str()) => {
                self.check_place(expr, &format!(".{attr}"), *ctx, at);
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

impl Check<'_> {
    fn check_place(&mut self, expr: &Expr, place: &str, ctx: ast::ExprContext, at: usize) {
        let approved = match ctx {
            ast::ExprContext::Load => self.members.contains(&at),
            ast::ExprContext::Store => self.stores.contains(&at),
            _ => false,
        };
        if approved {
            return;
        }
        let message = if ctx.is_load() {
            format!("`{place}` holds an enum member, and a member used here is not supported: {FOLLOWED}")
        } else {
            place_bound_otherwise(place)
        };
        self.refuse_at(expr, message);
    }
}

/// `.name` or `.value` of a member.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum MemberPart {
    Name,
    Value,
}

/// Writes members as their texts, `is` between members as `==`, and `.name`/`.value` as constants or
/// lookups in the members' dicts (recorded in `used`).
struct Rewrite<'e> {
    enums: &'e Enums,
    places: &'e Places,
    names_dict: String,
    values_dict: String,
    used: std::cell::RefCell<BTreeSet<MemberPart>>,
}

impl Transformer for Rewrite<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        let range = expr.range();
        if let Some((_, _, text)) = member_literal(expr, self.enums) {
            *expr = string(&text, range);
            return;
        }
        match expr {
            Expr::Compare(compare) if is_member(&compare.left, self.enums, self.places) => {
                for op in compare.ops.iter_mut() {
                    *op = match *op {
                        ast::CmpOp::Is => ast::CmpOp::Eq,
                        ast::CmpOp::IsNot => ast::CmpOp::NotEq,
                        other => other,
                    };
                }
            }
            Expr::Attribute(attribute)
                if matches!(attribute.attr.as_str(), "name" | "value")
                    && is_member(&attribute.value, self.enums, self.places) =>
            {
                let part = if attribute.attr.as_str() == "name" { MemberPart::Name } else { MemberPart::Value };
                if let Some((_, value, text)) = member_literal(&attribute.value, self.enums) {
                    *expr = match part {
                        MemberPart::Name => string(&text[text.find('.').map_or(0, |dot| dot + 1)..], range),
                        MemberPart::Value => value.literal(range),
                    };
                    return;
                }
                self.used.borrow_mut().insert(part);
                let dict = if part == MemberPart::Name { &self.names_dict } else { &self.values_dict };
                let mut key = (*attribute.value).clone();
                self.visit_expr(&mut key);
                *expr = Expr::Subscript(ast::ExprSubscript {
                    node_index: ast::AtomicNodeIndex::default(),
                    range,
                    value: Box::new(name(dict, range, ast::ExprContext::Load)),
                    slice: Box::new(key),
                    ctx: ast::ExprContext::Load,
                });
                return;
            }
            _ => {}
        }
        transform_walk_expr(self, expr);
    }
}

/// `enum_member_names = {"State.NEW": "NEW", ...}` (or the values), every member of every class.
fn member_dict(target: &str, enums: &Enums, of_names: bool) -> Stmt {
    let range = TextRange::empty(0.into());
    let items = enums
        .iter()
        .flat_map(|(class, members)| {
            members.iter().map(move |(member, value)| ast::DictItem {
                key: Some(string(&format!("{class}.{member}"), range)),
                value: if of_names { string(member, range) } else { value.literal(range) },
            })
        })
        .collect();
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![name(target, range, ast::ExprContext::Store)],
        value: Box::new(Expr::Dict(ast::ExprDict { node_index: ast::AtomicNodeIndex::default(), range, items })),
    })
}
