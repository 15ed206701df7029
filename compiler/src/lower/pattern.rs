//! Lowering of binding and assignment patterns (destructuring), with defaults, and of
//! optional chains.

use super::*;
use super::expr::{self, Arguments};
use crate::ir::UnaryOp;
use swc_common::Spanned;

/// What binding a name in a pattern means.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum BindMode {
    /// A `let`/`const`/parameter/catch declaration: initialise the binding.
    Initialize,
    /// A `var` declaration or an assignment: write through the scope chain.
    Assign,
}

/// An object pattern property's key, with its position: a name read with `GetNamed`, or a
/// key value already computed.
enum PatternKey {
    Named(StrId, u32),
    Computed(Var, u32),
}

impl Lowerer<'_> {
    /// Binds `value` to the pattern.
    pub(super) fn bind_pattern(&mut self, pat: &Pat, value: Var, mode: BindMode) {
        match pat {
            Pat::Ident(binding) => self.bind_name(&binding.id, value, mode),
            Pat::Assign(assign) => {
                let value = self.apply_default(value, &assign.right, name_of(&assign.left));
                self.bind_pattern(&assign.left, value, mode);
            }
            Pat::Object(object) => self.bind_object_pattern(object, value, mode),
            Pat::Array(array) => self.bind_array_pattern(array, value, mode),
            Pat::Expr(expr) => self.assign_to_expr(expr, value),
            Pat::Rest(rest) => self.unsupported(rest.dot3_token.lo.0, "rest elements here"),
            Pat::Invalid(invalid) => self.syntax_error(invalid.span.lo.0, "Invalid destructuring assignment target".into()),
        }
    }

    fn bind_name(&mut self, ident: &Ident, value: Var, mode: BindMode) {
        match mode {
            BindMode::Initialize => self.initialize_name(&ident.sym, value),
            BindMode::Assign => self.write_name(&ident.sym, value, ident.span.lo.0),
        }
    }

    /// `value === undefined ? default : value`, naming an anonymous function default.
    pub(super) fn apply_default(&mut self, value: Var, default: &Expr, name: Option<&Atom>) -> Var {
        let result = self.new_var();
        self.assign(result, value);
        let undefined = self.undefined();
        let is_undefined = self.emit(Op::Binary(BinaryOp::StrictEq, value, undefined), 0);
        let use_default = self.new_block();
        let after = self.new_block();
        self.branch(is_undefined, use_default, after);
        self.switch_to(use_default);
        let default_value = match name {
            Some(name) => self.lower_expr_named(default, name),
            None => self.lower_expr(default),
        };
        self.assign(result, default_value);
        self.jump(after);
        self.switch_to(after);
        result
    }

    fn bind_object_pattern(&mut self, object: &ObjectPat, value: Var, mode: BindMode) {
        // Keys already taken, for a rest element (`{ a, ...rest }`).
        let has_rest = object.props.iter().any(|p| matches!(p, ObjectPatProp::Rest(_)));
        // RequireObjectCoercible: the first property read throws on null and undefined, but `{}`
        // and `{ ...rest }` read nothing first.
        if matches!(object.props.first(), None | Some(ObjectPatProp::Rest(_))) {
            self.require_object_coercible(value, object.span.lo.0);
        }
        let mut taken = Vec::new();
        for prop in &object.props {
            match prop {
                ObjectPatProp::KeyValue(kv) => {
                    // KeyedDestructuringAssignmentEvaluation: the key, then a member target,
                    // then the property read.
                    let key = match &kv.key {
                        PropName::Ident(ident) if !has_rest => PatternKey::Named(self.intern(&ident.sym), ident.span.lo.0),
                        other => {
                            let (key, _) = self.property_key(other);
                            taken.push(Some(key));
                            PatternKey::Computed(key, other.span().lo.0)
                        }
                    };
                    let (target, default) = match &*kv.value {
                        Pat::Assign(assign) => (&*assign.left, Some(assign)),
                        other => (other, None),
                    };
                    let reference = self.early_reference(target, mode);
                    let property = match key {
                        PatternKey::Named(id, position) => self.emit(Op::GetNamed(value, id), position),
                        PatternKey::Computed(key, position) => self.emit(Op::GetComputed(value, key), position),
                    };
                    if reference.is_none() {
                        self.bind_pattern(&kv.value, property, mode);
                        continue;
                    }
                    let property = match default {
                        Some(assign) => self.apply_default(property, &assign.right, name_of(&assign.left)),
                        None => property,
                    };
                    self.bind_target(target, reference, property, mode);
                }
                ObjectPatProp::Assign(assign) => {
                    if has_rest {
                        let key = self.string(&assign.key.id.sym);
                        taken.push(Some(key));
                    }
                    let id = self.intern(&assign.key.id.sym);
                    let mut property = self.emit(Op::GetNamed(value, id), assign.key.id.span.lo.0);
                    if let Some(default) = &assign.value {
                        property = self.apply_default(property, default, Some(&assign.key.id.sym));
                    }
                    self.bind_name(&assign.key.id, property, mode);
                }
                ObjectPatProp::Rest(rest) => {
                    let position = rest.dot3_token.lo.0;
                    let target = self.emit(Op::NewObject(0), position);
                    let excluded = self.emit(Op::NewArray(std::mem::take(&mut taken)), position);
                    self.emit_effect(Op::CopyDataProperties(target, value, excluded), position);
                    self.bind_pattern(&rest.arg, target, mode);
                }
            }
        }
    }

    /// Throws node's TypeError "Cannot destructure 'null' as it is null." when `value` is null
    /// or undefined.
    fn require_object_coercible(&mut self, value: Var, position: u32) {
        for (constant, text) in [(Constant::Null, "null"), (Constant::Undefined, "undefined")] {
            let nullish = self.constant(constant);
            let is_nullish = self.emit(Op::Binary(BinaryOp::StrictEq, value, nullish), position);
            let throw = self.new_block();
            let fine = self.new_block();
            self.branch(is_nullish, throw, fine);
            self.switch_to(throw);
            let message = self.intern(&format!("Cannot destructure '{text}' as it is {text}."));
            self.emit_effect(Op::ThrowTypeError(message), position);
            let undefined = self.undefined();
            self.terminate(Terminator::Return(undefined));
            self.switch_to(fine);
        }
    }

    /// Binds an array pattern (IteratorBindingInitialization / IteratorDestructuringAssignment
    /// Evaluation): an abrupt completion while the iterator is not done closes it, and an
    /// assignment target that is not a pattern is evaluated before the iterator steps.
    fn bind_array_pattern(&mut self, array: &ArrayPat, value: Var, mode: BindMode) {
        let position = array.span.lo.0;
        let iterator = self.emit(Op::IteratorGet(value), position);
        // Once the iterator is done, later elements are undefined without calling next().
        let done = self.constant(Constant::Bool(false));
        let done_var = self.new_var();
        self.assign(done_var, done);
        let outer_handler = self.state_ref().handler;
        let close_on_throw = self.new_block_with_handler(outer_handler);
        self.state().controls.push(Control::Iterator { iterator, outer_handler, done: Some(done_var) });
        self.set_handler(Some(close_on_throw));
        for element in &array.elems {
            match element {
                Some(Pat::Rest(rest)) => {
                    let reference = self.early_reference(&rest.arg, mode);
                    let collected = self.collect_rest(iterator, done_var, position);
                    self.bind_target(&rest.arg, reference, collected, mode);
                }
                Some(Pat::Assign(assign)) => {
                    let reference = self.early_reference(&assign.left, mode);
                    let next = self.step_unless_done(iterator, done_var, position);
                    let value = self.apply_default(next, &assign.right, name_of(&assign.left));
                    self.bind_target(&assign.left, reference, value, mode);
                }
                Some(pat) => {
                    let reference = self.early_reference(pat, mode);
                    let next = self.step_unless_done(iterator, done_var, position);
                    self.bind_target(pat, reference, next, mode);
                }
                None => {
                    self.step_unless_done(iterator, done_var, position);
                }
            }
        }
        self.state().controls.pop();
        self.set_handler(outer_handler);
        // Close the iterator when the pattern did not exhaust it.
        let close = self.new_block();
        let after = self.new_block();
        self.branch(done_var, after, close);
        self.switch_to(close);
        self.emit_effect(Op::IteratorClose(iterator), position);
        self.jump(after);
        self.emit_iterator_close_on_throw(close_on_throw, iterator, Some(done_var), outer_handler, position);
        self.switch_to(after);
    }

    /// The reference of an assignment target that is a member expression, evaluated before
    /// the value it receives (names are looked up when written).
    fn early_reference(&mut self, pat: &Pat, mode: BindMode) -> Option<expr::Reference> {
        match (pat, mode) {
            (Pat::Expr(expr), BindMode::Assign) if matches!(&**expr, Expr::Member(_)) => self.expr_reference(expr),
            _ => None,
        }
    }

    /// Binds `value` to an element's target, through its reference when evaluated early.
    fn bind_target(&mut self, pat: &Pat, reference: Option<expr::Reference>, value: Var, mode: BindMode) {
        match reference {
            Some(reference) => self.write_reference(&reference, value, pat.span().lo.0),
            None => self.bind_pattern(pat, value, mode),
        }
    }

    /// The next value of the iterator, or undefined (and `done` set) when it is exhausted.
    /// `done` is also set while `next()` runs: when it throws the iterator is not closed.
    fn step_unless_done(&mut self, iterator: Var, done: Var, position: u32) -> Var {
        let result = self.undefined();
        let result_var = self.new_var();
        self.assign(result_var, result);
        let step = self.new_block();
        let after = self.new_block();
        self.branch(done, after, step);
        self.switch_to(step);
        let t = self.constant(Constant::Bool(true));
        self.assign(done, t);
        let next = self.emit(Op::IteratorNext(iterator), position);
        let finished = self.emit(Op::Unary(UnaryOp::IsHole, next), position);
        let got_value = self.new_block();
        let got_done = self.new_block();
        self.branch(finished, got_done, got_value);
        self.switch_to(got_done);
        self.jump(after);
        self.switch_to(got_value);
        let f = self.constant(Constant::Bool(false));
        self.assign(done, f);
        self.assign(result_var, next);
        self.jump(after);
        self.switch_to(after);
        result_var
    }

    /// A new array of the iterator's remaining values.
    fn collect_rest(&mut self, iterator: Var, done: Var, position: u32) -> Var {
        let array = self.emit(Op::NewArray(Vec::new()), position);
        let index = self.new_var();
        let zero = self.constant(Constant::Number(0.0));
        self.assign(index, zero);
        let head = self.new_block();
        let step = self.new_block();
        let push = self.new_block();
        let finished = self.new_block();
        let after = self.new_block();
        self.jump(head);
        self.switch_to(head);
        self.branch(done, after, step);
        self.switch_to(step);
        let t = self.constant(Constant::Bool(true));
        self.assign(done, t);
        let next = self.emit(Op::IteratorNext(iterator), position);
        let is_done = self.emit(Op::Unary(UnaryOp::IsHole, next), position);
        self.branch(is_done, finished, push);
        self.switch_to(push);
        let f = self.constant(Constant::Bool(false));
        self.assign(done, f);
        self.emit_effect(Op::SetComputed(array, index, next), position);
        let one = self.constant(Constant::Number(1.0));
        let incremented = self.emit(Op::Binary(BinaryOp::Add, index, one), position);
        self.assign(index, incremented);
        self.jump(head);
        self.switch_to(finished);
        let t = self.constant(Constant::Bool(true));
        self.assign(done, t);
        self.jump(after);
        self.switch_to(after);
        array
    }

    /// Builds an array literal that contains spread elements.
    pub(super) fn lower_array_with_spread(&mut self, array: &ArrayLit) -> Var {
        let position = array.span.lo.0;
        let result = self.emit(Op::NewArray(Vec::new()), position);
        let index = self.new_var();
        let zero = self.constant(Constant::Number(0.0));
        self.assign(index, zero);
        let one = self.constant(Constant::Number(1.0));
        for element in &array.elems {
            match element {
                None => {
                    let incremented = self.emit(Op::Binary(BinaryOp::Add, index, one), position);
                    self.assign(index, incremented);
                }
                Some(ExprOrSpread { spread: Some(_), expr }) => {
                    let iterable = self.lower_expr(expr);
                    let iterator = self.emit(Op::IteratorGet(iterable), expr.span().lo.0);
                    let head = self.new_block();
                    let push = self.new_block();
                    let after = self.new_block();
                    self.jump(head);
                    self.switch_to(head);
                    let next = self.emit(Op::IteratorNext(iterator), position);
                    let is_done = self.emit(Op::Unary(UnaryOp::IsHole, next), position);
                    self.branch(is_done, after, push);
                    self.switch_to(push);
                    self.emit_effect(Op::DefineProperty(result, index, next), position);
                    let incremented = self.emit(Op::Binary(BinaryOp::Add, index, one), position);
                    self.assign(index, incremented);
                    self.jump(head);
                    self.switch_to(after);
                }
                Some(ExprOrSpread { expr, .. }) => {
                    let value = self.lower_expr(expr);
                    self.emit_effect(Op::DefineProperty(result, index, value), position);
                    let incremented = self.emit(Op::Binary(BinaryOp::Add, index, one), position);
                    self.assign(index, incremented);
                }
            }
        }
        // Trailing holes still count towards the length.
        let length = self.intern("length");
        self.emit_effect(Op::SetNamed(result, length, index), position);
        result
    }

    /// Lowers an optional chain (`a?.b.c`, `f?.()`): a nullish link short-circuits the rest
    /// of the chain to undefined.
    pub(super) fn lower_optional_chain(&mut self, expr: &Expr) -> Var {
        let result = self.new_var();
        let exit = self.new_block();
        let after = self.new_block();
        let (value, _) = self.lower_chain_link(expr, exit);
        self.assign(result, value);
        self.jump(after);
        self.switch_to(exit);
        let undefined = self.undefined();
        self.assign(result, undefined);
        self.jump(after);
        self.switch_to(after);
        result
    }

    /// Lowers one link of a chain; returns its value and, for a property read, the object
    /// (the `this` of a call through it).
    fn lower_chain_link(&mut self, expr: &Expr, exit: BlockId) -> (Var, Option<Var>) {
        match expr {
            Expr::OptChain(chain) => match &*chain.base {
                OptChainBase::Member(member) => {
                    let (object, _) = self.lower_chain_link(&member.obj, exit);
                    if chain.optional {
                        self.exit_if_nullish(object, exit);
                    }
                    let value = self.lower_member_get(object, &member.prop, member.span.lo.0);
                    (value, Some(object))
                }
                OptChainBase::Call(call) => {
                    let (callee, this) = self.lower_chain_link(&call.callee, exit);
                    if chain.optional {
                        self.exit_if_nullish(callee, exit);
                    }
                    let this = this.unwrap_or_else(|| self.undefined());
                    let position = self.call_site_position(&call.callee, chain.optional, call.span.lo.0);
                    (self.emit_chain_call(callee, this, &call.callee, &call.args, position), None)
                }
            },
            Expr::Member(member) => {
                let (object, _) = self.lower_chain_link(&member.obj, exit);
                let value = self.lower_member_get(object, &member.prop, member.span.lo.0);
                (value, Some(object))
            }
            Expr::Call(CallExpr { callee: Callee::Expr(callee_expr), args, span, .. }) => {
                let (callee, this) = self.lower_chain_link(callee_expr, exit);
                let this = this.unwrap_or_else(|| self.undefined());
                let position = self.call_site_position(callee_expr, false, span.lo.0);
                (self.emit_chain_call(callee, this, callee_expr, args, position), None)
            }
            other => (self.lower_expr(other), None),
        }
    }

    /// A call inside an optional chain, with or without spread arguments.
    fn emit_chain_call(&mut self, callee: Var, this: Var, callee_expr: &Expr, args: &[ExprOrSpread], position: u32) -> Var {
        let description = self.describe(callee_expr);
        match self.lower_call_arguments(args) {
            Arguments::List(arguments) => self.emit(Op::Call(callee, this, arguments, description), position),
            Arguments::Spread(array) => self.emit(Op::CallSpread(callee, this, array, description), position),
        }
    }

    fn exit_if_nullish(&mut self, value: Var, exit: BlockId) {
        let null = self.constant(Constant::Null);
        let is_nullish = self.emit(Op::Binary(BinaryOp::LooseEq, value, null), 0);
        let next = self.new_block();
        self.branch(is_nullish, exit, next);
        self.switch_to(next);
    }
}

fn name_of(pat: &Pat) -> Option<&Atom> {
    match pat {
        Pat::Ident(binding) => Some(&binding.id.sym),
        _ => None,
    }
}
