//! `first = sorted(f.result() for f in done if f.exception() is None)` over a set `wait` gives
//! (session 31, session30/f05). `sorted` takes the items in any order and gives them in its own, so
//! the set's order (CPython's hash table, which weft does not model) does not show: the generator is
//! the loop it stands for, appending to a list no other code names (`$sorted_N`, a name no Python
//! program can write), and the name is bound to `sorted` of that list, each translated as those
//! statements are (wait_set_sums.rs does the same for `sum`). A `key=` or `reverse=` keeps the refusal
//! of the set's order.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::wait_set_sums::{conjunction, name_expression};
use super::{Frame, Result, Translator};
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// `NAME = sorted(E for f in S if C)` over a set of `wait`: `$sorted_N = []`, the loop that appends
    /// `E` where `C` holds, then `NAME = sorted($sorted_N)`. `Ok(false)` for any other statement.
    pub(super) fn sorted_over_wait_set(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAssign,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let [target @ Expr::Name(_)] = &assign.targets[..] else { return Ok(false) };
        let Expr::Call(call) = &*assign.value else { return Ok(false) };
        let sorting = matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "sorted")
            && !self.functions.contains_key("sorted")
            && call.arguments.keywords.is_empty();
        let (element, generators) = match &call.arguments.args[..] {
            [Expr::Generator(generator)] if sorting => (&generator.elt, &generator.generators),
            [Expr::ListComp(list)] if sorting => (&list.elt, &list.generators),
            _ => return Ok(false),
        };
        let [generator] = &generators[..] else { return Ok(false) };
        if generator.is_async
            || !matches!(self.expr(frame, &generator.iter, false), Ok(super::Ex::Static(Value::FirstCompleted { .. })))
        {
            return Ok(false);
        }
        let range = assign.range;
        let holder = format!("$sorted_{}", u32::from(range.start()));
        let load = || name_expression(&holder, range, ast::ExprContext::Load);
        let empty = Expr::List(ast::ExprList {
            node_index: Default::default(),
            range,
            elts: Vec::new(),
            ctx: ast::ExprContext::Load,
        });
        let append = Expr::Call(ast::ExprCall {
            func: Box::new(Expr::Attribute(ast::ExprAttribute {
                node_index: Default::default(),
                range,
                value: Box::new(load()),
                attr: ast::Identifier::new("append", range),
                ctx: ast::ExprContext::Load,
            })),
            arguments: arguments(vec![(**element).clone()], range),
            ..call.clone()
        });
        let mut body =
            vec![Stmt::Expr(ast::StmtExpr { node_index: Default::default(), range, value: Box::new(append) })];
        if let Some(test) = conjunction(&generator.ifs, range) {
            body = vec![Stmt::If(ast::StmtIf {
                node_index: Default::default(),
                range,
                test: Box::new(test),
                body: body.into(),
                elif_else_clauses: Vec::new(),
            })];
        }
        let looping = Stmt::For(ast::StmtFor {
            node_index: Default::default(),
            range,
            is_async: false,
            target: Box::new(generator.target.clone()),
            iter: Box::new(generator.iter.clone()),
            body: body.into(),
            orelse: Vec::new().into(),
        });
        let sorted = Expr::Call(ast::ExprCall { arguments: arguments(vec![load()], range), ..call.clone() });
        let statements = [
            assignment(name_expression(&holder, range, ast::ExprContext::Store), empty, range),
            looping,
            assignment(target.clone(), sorted, range),
        ];
        self.block(frame, &statements, out, next_line)?;
        Ok(true)
    }
}

fn arguments(args: Vec<Expr>, range: ruff_text_size::TextRange) -> ast::Arguments {
    ast::Arguments { node_index: Default::default(), range, args: args.into(), keywords: Vec::new().into() }
}

fn assignment(target: Expr, value: Expr, range: ruff_text_size::TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![target],
        value: Box::new(value),
    })
}
