//! Lowering of expressions: literals, operators, property access, calls, functions.

use super::*;
use crate::ir::UnaryOp;
use swc_common::Spanned;

/// A place an assignment can write: a variable or a property.
pub(super) enum Reference {
    /// A name; reads and writes each look it up through enclosing `with` objects when they
    /// happen, as V8 does.
    Name(Atom, u32),
    Named(Var, StrId),
    Computed(Var, Var),
    /// `object.#name`: the object and the private name value.
    Private(Var, Var),
    /// `super[key]`: home object, key and receiver.
    Super(Var, Var, Var),
}

/// The variables and head block of a `yield*` loop (`Lowerer::begin_delegate_loop`).
struct DelegateLoop {
    mode: Var,
    sent: Var,
    head: BlockId,
    out: Var,
    status: Var,
}

/// Arguments of a call: plain values, or one array when a spread is involved.
pub(super) enum Arguments {
    List(Vec<Var>),
    Spread(Var),
}

impl Lowerer<'_> {
    /// Lowers an expression and returns the local holding its value.
    pub(super) fn lower_expr(&mut self, expr: &Expr) -> Var {
        let position = expr.span().lo.0;
        match expr {
            Expr::Lit(lit) => self.lower_literal(lit),
            Expr::Ident(ident) => self.read_name(&ident.sym, position),
            Expr::This(_) => self.read_this(position),
            Expr::Paren(p) => self.lower_expr(&p.expr),
            Expr::Array(array) if array.elems.iter().flatten().any(|e| e.spread.is_some()) => {
                self.lower_array_with_spread(array)
            }
            Expr::Array(array) => {
                let mut elements = Vec::new();
                for element in &array.elems {
                    match element {
                        None => elements.push(None),
                        Some(ExprOrSpread { spread: Some(span), .. }) => {
                            self.unsupported(span.lo.0, "spread elements");
                        }
                        Some(ExprOrSpread { expr, .. }) => {
                            let value = self.lower_expr(expr);
                            elements.push(Some(value));
                        }
                    }
                }
                self.emit(Op::NewArray(elements), position)
            }
            Expr::Object(object) => self.lower_object(object),
            Expr::Fn(f) => {
                let name = f.ident.as_ref().map_or(String::new(), |i| i.sym.to_string());
                self.lower_function(&f.function, name, f.ident.as_ref(), FunctionKind::Normal)
            }
            Expr::Arrow(arrow) => self.lower_arrow(arrow, String::new()),
            Expr::Unary(u) => self.lower_unary(u),
            Expr::Update(u) => self.lower_update(u),
            Expr::Bin(b) => self.lower_binary(b),
            Expr::Assign(a) => self.lower_assign(a),
            Expr::Member(m) => {
                let object = self.lower_expr(&m.obj);
                self.lower_member_get(object, &m.prop, position)
            }
            Expr::Cond(c) => {
                let result = self.new_var();
                let condition = self.lower_expr(&c.test);
                let then = self.new_block();
                let otherwise = self.new_block();
                let after = self.new_block();
                self.branch(condition, then, otherwise);
                self.switch_to(then);
                let value = self.lower_expr(&c.cons);
                self.assign(result, value);
                self.jump(after);
                self.switch_to(otherwise);
                let value = self.lower_expr(&c.alt);
                self.assign(result, value);
                self.jump(after);
                self.switch_to(after);
                result
            }
            Expr::Call(call) => self.lower_call(call),
            Expr::New(new) => {
                let callee = self.lower_expr(&new.callee);
                let arguments = match &new.args {
                    Some(args) => self.lower_call_arguments(args),
                    None => Arguments::List(Vec::new()),
                };
                let description = self.describe(&new.callee);
                match arguments {
                    Arguments::List(values) => self.emit(Op::Construct(callee, values, description), position),
                    Arguments::Spread(array) => self.emit(Op::ConstructSpread(callee, array, description), position),
                }
            }
            Expr::Seq(seq) => {
                let mut last = None;
                for (index, e) in seq.exprs.iter().enumerate() {
                    if index > 0 {
                        self.set_statement_position_of(e);
                    }
                    last = Some(self.lower_expr(e));
                }
                last.unwrap_or_else(|| self.undefined())
            }
            Expr::Tpl(tpl) => self.lower_template(tpl),
            Expr::Class(c) => {
                let name = c.ident.as_ref().map_or(String::new(), |i| i.sym.to_string());
                self.class_depth += 1;
                let constructor = self.lower_class(&c.class, name, c.ident.as_ref(), None);
                self.class_depth -= 1;
                constructor
            }
            Expr::TaggedTpl(tagged) => self.lower_tagged_template(tagged),
            Expr::Yield(y) => self.lower_yield(y),
            Expr::Await(a) => {
                let value = self.lower_expr(&a.arg);
                self.suspend(value, ir::SuspendKind::Await, a.span.lo.0)
            }
            Expr::MetaProp(MetaPropExpr { kind: MetaPropKind::NewTarget, .. }) => {
                self.read_name(&Atom::from(NEW_TARGET_NAME), position)
            }
            Expr::MetaProp(_) => match self.esm_index {
                Some(index) => self.emit(Op::ImportMeta(index), position),
                None => self.unsupported_value(position, "import.meta outside an ES module"),
            },
            Expr::OptChain(_) => self.lower_optional_chain(expr),
            Expr::SuperProp(s) => {
                let (home, key, this) = self.super_reference(s);
                self.emit(Op::SuperGet(home, key, this), position)
            }
            Expr::PrivateName(_) => self.unsupported_value(position, "private names"),
            _ => self.unsupported_value(position, "this expression"),
        }
    }

    fn unsupported_value(&mut self, position: u32, what: &str) -> Var {
        self.unsupported(position, what);
        self.undefined()
    }

    /// Lowers an expression that names an anonymous function after the binding it is
    /// assigned to (`var f = function () {}` gets the name `f`).
    pub(super) fn lower_expr_named(&mut self, expr: &Expr, name: &str) -> Var {
        match expr {
            Expr::Fn(FnExpr { ident: None, function }) => {
                self.lower_function(function, name.to_string(), None, FunctionKind::Normal)
            }
            Expr::Arrow(arrow) => self.lower_arrow(arrow, name.to_string()),
            Expr::Class(ClassExpr { ident: None, class }) => {
                self.class_depth += 1;
                let constructor = self.lower_class(class, name.to_string(), None, None);
                self.class_depth -= 1;
                constructor
            }
            Expr::Paren(p) => self.lower_expr_named(&p.expr, name),
            _ => self.lower_expr(expr),
        }
    }

    fn read_this(&mut self, position: u32) -> Var {
        self.read_name(&Atom::from(THIS_NAME), position)
    }

    fn lower_literal(&mut self, lit: &Lit) -> Var {
        match lit {
            Lit::Num(n) => self.constant(Constant::Number(n.value)),
            Lit::Str(s) => {
                let units: Vec<u16> = s.value.to_ill_formed_utf16().collect();
                let id = self.module.intern_utf16(&units);
                self.constant(Constant::Str(id))
            }
            Lit::Bool(b) => self.constant(Constant::Bool(b.value)),
            Lit::Null(_) => self.constant(Constant::Null),
            Lit::BigInt(b) => {
                let digits = self.intern(&b.value.to_string());
                self.emit(Op::BigInt(digits), b.span.lo.0)
            }
            Lit::Regex(r) => {
                let pattern = self.intern(&r.exp);
                let flags = self.intern(&r.flags);
                self.emit(Op::RegExp(pattern, flags), r.span.lo.0)
            }
            other => self.unsupported_value(other.span().lo.0, "this literal"),
        }
    }

    /// A template literal: each substitution is evaluated and converted to a string in turn,
    /// then the non-empty pieces are joined (one allocation for three or more).
    fn lower_template(&mut self, tpl: &Tpl) -> Var {
        let position = tpl.span.lo.0;
        let mut pieces: Vec<Var> = Vec::new();
        for (index, quasi) in tpl.quasis.iter().enumerate() {
            let units: Vec<u16> = match &quasi.cooked {
                Some(cooked) => cooked.to_ill_formed_utf16().collect(),
                None => quasi.raw.encode_utf16().collect(),
            };
            if !units.is_empty() {
                let id = self.module.intern_utf16(&units);
                pieces.push(self.constant(Constant::Str(id)));
            }
            if let Some(expr) = tpl.exprs.get(index) {
                let value = self.lower_expr(expr);
                pieces.push(self.emit(Op::Unary(UnaryOp::ToString, value), expr.span().lo.0));
            }
        }
        match pieces[..] {
            [] => self.string(""),
            [only] => only,
            [first, second] => self.emit(Op::Binary(BinaryOp::Add, first, second), position),
            _ => self.emit(Op::ConcatStrings(pieces), position),
        }
    }

    fn lower_yield(&mut self, y: &YieldExpr) -> Var {
        let position = y.span.lo.0;
        let value = match &y.arg {
            Some(arg) => self.lower_expr(arg),
            None => self.undefined(),
        };
        if !y.delegate {
            return self.suspend(value, ir::SuspendKind::Yield, position);
        }
        if self.state_ref().function.generator == Some(ir::GeneratorKind::AsyncGenerator) {
            return self.lower_async_yield_star(value, position);
        }
        // yield*: forward each resumption to the inner iterator until it finishes.
        let iterator = self.emit(Op::IteratorGet(value), position);
        let DelegateLoop { mode, sent, head, out, status } = self.begin_delegate_loop(position, |iterator_mode, sent, out| {
            Op::GeneratorDelegate(iterator, iterator_mode, sent, out)
        });
        let is_yield = self.strict_equals_number(status, 0.0);
        let yield_block = self.new_block();
        let finished = self.new_block();
        self.branch(is_yield, yield_block, finished);
        self.switch_to(yield_block);
        let resume = self.new_block();
        self.terminate(Terminator::Suspend(out, resume, ir::SuspendKind::Yield));
        self.switch_to(resume);
        let resumed_value = self.emit(Op::ResumeValue, position);
        let resumed_mode = self.emit(Op::ResumeMode, position);
        self.assign(sent, resumed_value);
        self.assign(mode, resumed_mode);
        self.jump(head);
        self.switch_to(finished);
        let is_done = self.strict_equals_number(status, 1.0);
        let done = self.new_block();
        let returning = self.new_block();
        self.branch(is_done, done, returning);
        self.switch_to(returning);
        self.emit_return(out, position);
        self.switch_to(done);
        out
    }

    /// The head of a `yield*` loop: `mode` (0: next) and `sent` (undefined) start the first
    /// resumption; the loop's head block runs the delegate op `make(mode, sent, out)`, which
    /// writes the step's status and fills `out`.
    fn begin_delegate_loop(&mut self, position: u32, make: impl FnOnce(Var, Var, Var) -> Op) -> DelegateLoop {
        let mode = self.new_var();
        let zero = self.constant(Constant::Number(0.0));
        self.assign(mode, zero);
        let sent = self.new_var();
        let undefined = self.undefined();
        self.assign(sent, undefined);
        let head = self.new_block();
        self.jump(head);
        self.switch_to(head);
        let out = self.new_var();
        let status = self.new_var();
        let pos = self.sources.pos(position);
        self.emit_at(Some(status), make(mode, sent, out), Some(pos));
        DelegateLoop { mode, sent, head, out, status }
    }

    /// `yield*` in an async generator: each resumption goes to the inner async iterator, whose
    /// results are awaited; its values are yielded until it is done.
    fn lower_async_yield_star(&mut self, value: Var, position: u32) -> Var {
        let iterator = self.emit(Op::AsyncIteratorGet(value), position);
        let DelegateLoop { mode, sent, head, out, status } = self.begin_delegate_loop(position, |iterator_mode, sent, out| {
            Op::AsyncGeneratorDelegate(iterator, iterator_mode, sent, out)
        });
        let is_direct_return = self.strict_equals_number(status, 1.0);
        let direct = self.new_block();
        let called = self.new_block();
        self.branch(is_direct_return, direct, called);
        self.switch_to(direct);
        self.emit_return(out, position);
        self.switch_to(called);
        let result = self.suspend(out, ir::SuspendKind::Await, position);
        let result = self.emit(Op::IteratorResultCheck(result), position);
        let done_key = self.intern("done");
        let done = self.emit(Op::GetNamed(result, done_key), position);
        let value_key = self.intern("value");
        let finished = self.new_block();
        let yielding = self.new_block();
        self.branch(done, finished, yielding);
        self.switch_to(yielding);
        let yielded = self.emit(Op::GetNamed(result, value_key), position);
        let resume = self.new_block();
        self.terminate(Terminator::Suspend(yielded, resume, ir::SuspendKind::Yield));
        self.switch_to(resume);
        let resumed_value = self.emit(Op::ResumeValue, position);
        let resumed_mode = self.emit(Op::ResumeMode, position);
        self.assign(sent, resumed_value);
        self.assign(mode, resumed_mode);
        self.jump(head);
        self.switch_to(finished);
        let final_value = self.emit(Op::GetNamed(result, value_key), position);
        let is_return = self.strict_equals_number(mode, 2.0);
        let returning = self.new_block();
        let done_block = self.new_block();
        self.branch(is_return, returning, done_block);
        self.switch_to(returning);
        self.emit_return(final_value, position);
        self.switch_to(done_block);
        final_value
    }

    /// Suspends with `value` and returns the value it is resumed with; a `throw` resumption
    /// throws there and a `return` resumption returns (through `finally` blocks).
    pub(super) fn suspend(&mut self, value: Var, kind: ir::SuspendKind, position: u32) -> Var {
        if self.state_ref().function.generator.is_none() {
            self.syntax_error(position, match kind {
                ir::SuspendKind::Await => "await is only valid in async functions and the top level bodies of modules".into(),
                ir::SuspendKind::Yield => "Unexpected strict mode reserved word".into(),
            });
            return self.undefined();
        }
        let resume = self.new_block();
        self.terminate(Terminator::Suspend(value, resume, kind));
        self.switch_to(resume);
        let sent = self.emit(Op::ResumeValue, position);
        let mode = self.emit(Op::ResumeMode, position);
        let is_throw = self.strict_equals_number(mode, 1.0);
        let throw = self.new_block();
        let not_throw = self.new_block();
        self.branch(is_throw, throw, not_throw);
        self.switch_to(throw);
        // A generator resumed with `throw()` throws at its `yield`, where node points.
        let pos = self.sources.pos(position);
        self.terminate(Terminator::Throw(sent, pos));
        self.switch_to(not_throw);
        if kind == ir::SuspendKind::Yield {
            let is_return = self.strict_equals_number(mode, 2.0);
            let returning = self.new_block();
            let next = self.new_block();
            self.branch(is_return, returning, next);
            self.switch_to(returning);
            self.emit_return(sent, position);
            self.switch_to(next);
        }
        sent
    }

    fn lower_tagged_template(&mut self, tagged: &TaggedTpl) -> Var {
        let position = tagged.span.lo.0;
        let (function, this) = match unparen(&tagged.tag) {
            Expr::Member(m) => {
                let object = self.lower_expr(&m.obj);
                let function = self.lower_member_get(object, &m.prop, position);
                (function, object)
            }
            Expr::Ident(ident) if !self.with_objects(&ident.sym).is_empty() => {
                let target = self.resolve_with(&ident.sym, ident.span.lo.0);
                let function = self.read_resolved(&ident.sym, target, ident.span.lo.0);
                (function, target.expect("a with object encloses the name"))
            }
            other => {
                let function = self.lower_expr(other);
                (function, self.undefined())
            }
        };
        let mut cooked = Vec::new();
        let mut raw = Vec::new();
        for quasi in &tagged.tpl.quasis {
            cooked.push(quasi.cooked.as_ref().map(|c| {
                let units: Vec<u16> = c.to_ill_formed_utf16().collect();
                self.module.intern_utf16(&units)
            }));
            // The raw text with line terminators normalised, as TRV specifies.
            let text = quasi.raw.replace("\r\n", "\n").replace('\r', "\n");
            raw.push(self.intern(&text));
        }
        let template = self.emit(Op::TemplateObject(cooked, raw), position);
        let mut arguments = vec![template];
        for expr in &tagged.tpl.exprs {
            arguments.push(self.lower_expr(expr));
        }
        let description = self.describe(&tagged.tag);
        self.emit(Op::Call(function, this, arguments, description), position)
    }

    pub(super) fn property_key(&mut self, key: &PropName) -> (Var, Option<String>) {
        match key {
            PropName::Ident(ident) => (self.string(&ident.sym), Some(ident.sym.to_string())),
            PropName::Str(s) => {
                let units: Vec<u16> = s.value.to_ill_formed_utf16().collect();
                let id = self.module.intern_utf16(&units);
                (self.constant(Constant::Str(id)), Some(String::from_utf16_lossy(&units)))
            }
            PropName::Num(n) => {
                let text = number_to_string(n.value);
                (self.string(&text), Some(text))
            }
            PropName::Computed(c) => {
                let value = self.lower_expr(&c.expr);
                (self.emit(Op::Unary(UnaryOp::ToPropertyKey, value), c.span.lo.0), None)
            }
            PropName::BigInt(b) => {
                let text = b.value.to_string();
                (self.string(&text), Some(text))
            }
        }
    }

    /// The interned name of an object literal's identifier, string or number key that is not
    /// an array index: such a property is defined by name (`Op::DefineNamed`). None for other
    /// keys.
    fn literal_name(&mut self, key: &PropName) -> Option<StrId> {
        let units: Vec<u16> = match key {
            PropName::Ident(ident) => ident.sym.encode_utf16().collect(),
            PropName::Str(s) => s.value.to_ill_formed_utf16().collect(),
            PropName::Num(n) => number_to_string(n.value).encode_utf16().collect(),
            PropName::BigInt(_) | PropName::Computed(_) => return None,
        };
        if is_array_index(&units) {
            return None;
        }
        Some(self.module.intern_utf16(&units))
    }

    /// CreateDataProperty on an object literal's `object`: by `name` when it has one, else by
    /// the key's value.
    fn define_literal_property(&mut self, object: Var, name: Option<StrId>, key: Var, value: Var, position: u32) {
        match name {
            Some(name) => self.emit_effect(Op::DefineNamed(object, name, value), position),
            None => self.emit_effect(Op::DefineProperty(object, key, value), position),
        }
    }

    fn lower_object(&mut self, object: &ObjectLit) -> Var {
        let position = object.span.lo.0;
        // The literal's properties (a getter and setter pair may count twice) get room in
        // the object's cell, so it does not spill them to a separate buffer.
        let properties = object.props.iter().filter(|prop| matches!(prop, PropOrSpread::Prop(_))).count();
        let result = self.emit(Op::NewObject(u32::try_from(properties).unwrap_or(u32::MAX)), position);
        for prop in &object.props {
            match prop {
                PropOrSpread::Spread(s) => {
                    let source = self.lower_expr(&s.expr);
                    let undefined = self.undefined();
                    self.emit_effect(Op::CopyDataProperties(result, source, undefined), s.dot3_token.lo.0);
                }
                PropOrSpread::Prop(prop) => match &**prop {
                    Prop::Shorthand(ident) => {
                        let value = self.read_name(&ident.sym, ident.span.lo.0);
                        let name = self.intern(&ident.sym);
                        self.emit_effect(Op::DefineNamed(result, name, value), ident.span.lo.0);
                    }
                    Prop::KeyValue(kv) if is_proto_key(&kv.key) => {
                        // `__proto__: value` sets the prototype (B.3.1), through the same
                        // check as Object.prototype.__proto__'s setter: objects and null only.
                        let value = self.lower_expr(&kv.value);
                        let id = self.intern("__proto__");
                        self.emit_effect(Op::SetNamed(result, id, value), kv.key.span().lo.0);
                    }
                    Prop::KeyValue(kv) => {
                        let (key, name) = self.property_key(&kv.key);
                        let value = match name {
                            Some(name) => self.lower_expr_named(&kv.value, &name),
                            None => {
                                let value = self.lower_expr(&kv.value);
                                if is_anonymous_function(&kv.value) {
                                    self.set_function_name(value, key, "");
                                }
                                value
                            }
                        };
                        let name = self.literal_name(&kv.key);
                        self.define_literal_property(result, name, key, value, kv.key.span().lo.0);
                    }
                    Prop::Method(method) => {
                        let (key, name) = self.property_key(&method.key);
                        let computed = name.is_none();
                        let value = self.lower_function(&method.function, name.unwrap_or_default(), None, FunctionKind::Method);
                        if computed {
                            self.set_function_name(value, key, "");
                        }
                        self.emit_at(None, Op::SetHomeObject(value, result), None);
                        let name = self.literal_name(&method.key);
                        self.define_literal_property(result, name, key, value, method.key.span().lo.0);
                    }
                    Prop::Getter(getter) => {
                        let (key, name) = self.property_key(&getter.key);
                        let computed = name.is_none();
                        let name = format!("get {}", name.unwrap_or_default());
                        let value = self.lower_function(&getter.function, name, None, FunctionKind::Method);
                        if computed {
                            self.set_function_name(value, key, "get ");
                        }
                        // Accessors are methods too: `super.x` inside one looks up from `result`.
                        self.emit_at(None, Op::SetHomeObject(value, result), None);
                        self.emit_effect(Op::DefineAccessor(result, key, value, false), getter.span.lo.0);
                    }
                    Prop::Setter(setter) => {
                        let (key, name) = self.property_key(&setter.key);
                        let computed = name.is_none();
                        let name = format!("set {}", name.unwrap_or_default());
                        let value = self.lower_function(&setter.function, name, None, FunctionKind::Method);
                        if computed {
                            self.set_function_name(value, key, "set ");
                        }
                        // Accessors are methods too: `super.x` inside one looks up from `result`.
                        self.emit_at(None, Op::SetHomeObject(value, result), None);
                        self.emit_effect(Op::DefineAccessor(result, key, value, true), setter.span.lo.0);
                    }
                    Prop::Assign(a) => self.unsupported(a.span.lo.0, "this property"),
                },
            }
        }
        result
    }

    fn lower_unary(&mut self, u: &UnaryExpr) -> Var {
        let position = u.span.lo.0;
        match u.op {
            UnaryOpKind::TypeOf => {
                if let Expr::Ident(ident) = unparen(&u.arg) {
                    let target = self.resolve_with(&ident.sym, position);
                    let global = self.lookup(&ident.sym).is_none() && !matches!(&*ident.sym, "undefined" | "NaN" | "Infinity");
                    let name = ident.sym.clone();
                    let static_type = move |this: &mut Self| {
                        if global {
                            let id = this.intern(&name);
                            this.emit(Op::GlobalTypeOf(id), position)
                        } else {
                            let value = this.read_static(&name, position);
                            this.emit(Op::Unary(UnaryOp::TypeOf, value), position)
                        }
                    };
                    let Some(target) = target else { return static_type(self) };
                    let id = self.intern(&ident.sym);
                    return self.with_or_static(
                        target,
                        position,
                        |this, object| {
                            let value = this.emit(Op::WithGet(object, id), position);
                            this.emit(Op::Unary(UnaryOp::TypeOf, value), position)
                        },
                        static_type,
                    );
                }
                let value = self.lower_expr(&u.arg);
                self.emit(Op::Unary(UnaryOp::TypeOf, value), position)
            }
            UnaryOpKind::Void => {
                self.lower_expr(&u.arg);
                self.undefined()
            }
            UnaryOpKind::Delete => match &*u.arg {
                Expr::Member(m) => {
                    let object = self.lower_expr(&m.obj);
                    let key = self.member_key(&m.prop);
                    self.emit(Op::Delete(object, key), position)
                }
                Expr::Ident(ident) => {
                    // Deleting a declared binding is false; an unresolved name is a property of
                    // the global object (true when there is none); a name found in a `with`
                    // object is deleted from it. Strict code cannot get here.
                    let target = self.resolve_with(&ident.sym, position);
                    let declared = self.lookup(&ident.sym).is_some();
                    let name = ident.sym.clone();
                    let static_delete = move |this: &mut Self| {
                        if declared {
                            return this.constant(Constant::Bool(false));
                        }
                        let undefined = this.undefined();
                        let global = this.emit(Op::SloppyThis(undefined), position);
                        let key = this.string(&name);
                        this.emit(Op::Delete(global, key), position)
                    };
                    let Some(target) = target else { return static_delete(self) };
                    let key_name = ident.sym.clone();
                    self.with_or_static(
                        target,
                        position,
                        |this, object| {
                            let key = this.string(&key_name);
                            this.emit(Op::Delete(object, key), position)
                        },
                        static_delete,
                    )
                }
                Expr::Paren(p) => {
                    let inner = UnaryExpr { span: u.span, op: u.op, arg: p.expr.clone() };
                    self.lower_unary(&inner)
                }
                other => {
                    self.lower_expr(other);
                    self.constant(Constant::Bool(true))
                }
            },
            op => {
                let value = self.lower_expr(&u.arg);
                let op = match op {
                    UnaryOpKind::Minus => UnaryOp::Neg,
                    UnaryOpKind::Plus => UnaryOp::ToNumber,
                    UnaryOpKind::Bang => UnaryOp::Not,
                    UnaryOpKind::Tilde => UnaryOp::BitNot,
                    _ => unreachable!("typeof, void and delete are handled above"),
                };
                self.emit(Op::Unary(op, value), position)
            }
        }
    }

    /// The key of a member expression as a value (for computed access and `delete`).
    fn member_key(&mut self, prop: &MemberProp) -> Var {
        match prop {
            MemberProp::Ident(ident) => self.string(&ident.sym),
            MemberProp::Computed(c) => self.lower_expr(&c.expr),
            MemberProp::PrivateName(p) => {
                self.syntax_error(p.span.lo.0, "Private fields can not be deleted".into());
                self.undefined()
            }
        }
    }

    /// The value of private name `#name` visible here.
    fn private_name(&mut self, name: &PrivateName) -> Var {
        let scope_name = resolve::private_scope_name(&name.name);
        if self.lookup(&scope_name).is_none() {
            self.syntax_error(
                name.span.lo.0,
                format!("Private field '#{}' must be declared in an enclosing class", name.name),
            );
            return self.undefined();
        }
        self.read_name(&scope_name, name.span.lo.0)
    }

    /// Home object, key and receiver of `super.x` / `super[x]`.
    fn super_reference(&mut self, s: &SuperPropExpr) -> (Var, Var, Var) {
        let position = s.span.lo.0;
        let home = self.read_name(&Atom::from(HOME_NAME), position);
        let key = match &s.prop {
            SuperProp::Ident(ident) => self.string(&ident.sym),
            SuperProp::Computed(c) => self.lower_expr(&c.expr),
        };
        let this = self.read_name(&Atom::from(THIS_NAME), position);
        (home, key, this)
    }

    pub(super) fn lower_member_get(&mut self, object: Var, prop: &MemberProp, position: u32) -> Var {
        match prop {
            MemberProp::Ident(ident) => {
                let id = self.intern(&ident.sym);
                self.emit(Op::GetNamed(object, id), ident.span.lo.0)
            }
            MemberProp::Computed(c) => {
                let key = self.lower_expr(&c.expr);
                self.emit(Op::GetComputed(object, key), position)
            }
            MemberProp::PrivateName(p) => {
                let name = self.private_name(p);
                self.emit(Op::PrivateGet(object, name), p.span.lo.0)
            }
        }
    }

    /// Evaluates the parts of an assignment target (object and key) without reading it.
    fn reference(&mut self, target: &SimpleAssignTarget) -> Option<Reference> {
        match target {
            SimpleAssignTarget::Ident(binding) => Some(Reference::Name(binding.id.sym.clone(), binding.id.span.lo.0)),
            SimpleAssignTarget::Member(m) => {
                let object = self.lower_expr(&m.obj);
                Some(match &m.prop {
                    MemberProp::Ident(ident) => Reference::Named(object, self.intern(&ident.sym)),
                    MemberProp::Computed(c) => {
                        let key = self.lower_expr(&c.expr);
                        Reference::Computed(object, key)
                    }
                    MemberProp::PrivateName(p) => {
                        let name = self.private_name(p);
                        Reference::Private(object, name)
                    }
                })
            }
            SimpleAssignTarget::SuperProp(s) => {
                let (home, key, this) = self.super_reference(s);
                Some(Reference::Super(home, key, this))
            }
            SimpleAssignTarget::Paren(p) => match &*p.expr {
                Expr::Ident(ident) => Some(Reference::Name(ident.sym.clone(), ident.span.lo.0)),
                Expr::Member(m) => self.reference(&SimpleAssignTarget::Member(m.clone())),
                other => {
                    self.syntax_error(other.span().lo.0, "Invalid left-hand side in assignment".into());
                    None
                }
            },
            other => {
                self.unsupported(other.span().lo.0, "this assignment target");
                None
            }
        }
    }

    fn read_reference(&mut self, reference: &Reference, position: u32) -> Var {
        match reference {
            Reference::Name(name, position) => self.read_name(name, *position),
            Reference::Named(object, key) => self.emit(Op::GetNamed(*object, *key), position),
            Reference::Computed(object, key) => self.emit(Op::GetComputed(*object, *key), position),
            Reference::Private(object, name) => self.emit(Op::PrivateGet(*object, *name), position),
            Reference::Super(home, key, this) => self.emit(Op::SuperGet(*home, *key, *this), position),
        }
    }

    pub(super) fn write_reference(&mut self, reference: &Reference, value: Var, position: u32) {
        match reference {
            Reference::Name(name, position) => self.write_name(name, value, *position),
            Reference::Named(object, key) => self.emit_effect(Op::SetNamed(*object, *key, value), position),
            Reference::Computed(object, key) => self.emit_effect(Op::SetComputed(*object, *key, value), position),
            Reference::Private(object, name) => self.emit_effect(Op::PrivateSet(*object, *name, value), position),
            Reference::Super(home, key, this) => self.emit_effect(Op::SuperSet(*home, *key, value, *this), position),
        }
    }

    /// Assigns to an expression used as a for-in/of head.
    pub(super) fn assign_to_expr(&mut self, expr: &Expr, value: Var) {
        let position = expr.span().lo.0;
        if let Some(reference) = self.expr_reference(expr) {
            self.write_reference(&reference, value, position);
        }
    }

    /// Evaluates an assignment target written as an expression (a name or a member) to the
    /// reference a later [`Self::write_reference`] assigns.
    pub(super) fn expr_reference(&mut self, expr: &Expr) -> Option<Reference> {
        let position = expr.span().lo.0;
        let target = match expr {
            Expr::Member(m) => SimpleAssignTarget::Member(m.clone()),
            Expr::Ident(i) => SimpleAssignTarget::Ident(BindingIdent { id: i.clone(), type_ann: None }),
            _ => {
                self.syntax_error(position, "Invalid left-hand side in for-loop".into());
                return None;
            }
        };
        self.reference(&target)
    }

    fn lower_update(&mut self, u: &UpdateExpr) -> Var {
        let position = u.span.lo.0;
        let target = match &*u.arg {
            Expr::Ident(i) => SimpleAssignTarget::Ident(BindingIdent { id: i.clone(), type_ann: None }),
            Expr::Member(m) => SimpleAssignTarget::Member(m.clone()),
            Expr::Paren(p) => SimpleAssignTarget::Paren(p.clone()),
            other => {
                self.syntax_error(other.span().lo.0, "Invalid left-hand side expression in postfix operation".into());
                return self.undefined();
            }
        };
        let Some(reference) = self.reference(&target) else { return self.undefined() };
        let old = self.read_reference(&reference, position);
        let old = self.emit(Op::Unary(UnaryOp::ToNumeric, old), position);
        let op = if u.op == UpdateOp::PlusPlus { UnaryOp::Increment } else { UnaryOp::Decrement };
        let new = self.emit(Op::Unary(op, old), position);
        self.write_reference(&reference, new, position);
        if u.prefix {
            new
        } else {
            old
        }
    }

    fn lower_assign(&mut self, a: &AssignExpr) -> Var {
        let position = a.span.lo.0;
        let target = match &a.left {
            AssignTarget::Simple(simple) => simple,
            AssignTarget::Pat(p) => {
                if a.op != AssignOp::Assign {
                    self.syntax_error(position, "Invalid left-hand side in assignment".into());
                    return self.undefined();
                }
                let value = self.lower_expr(&a.right);
                let pattern = match p {
                    AssignTargetPat::Array(array) => Pat::Array(array.clone()),
                    AssignTargetPat::Object(object) => Pat::Object(object.clone()),
                    AssignTargetPat::Invalid(invalid) => Pat::Invalid(*invalid),
                };
                self.bind_pattern(&pattern, value, super::pattern::BindMode::Assign);
                return value;
            }
        };
        let name_hint = match target {
            SimpleAssignTarget::Ident(b) => Some(b.id.sym.to_string()),
            _ => None,
        };
        let Some(reference) = self.reference(target) else { return self.undefined() };
        let binary = match a.op {
            AssignOp::Assign => None,
            AssignOp::AddAssign => Some(BinaryOp::Add),
            AssignOp::SubAssign => Some(BinaryOp::Sub),
            AssignOp::MulAssign => Some(BinaryOp::Mul),
            AssignOp::DivAssign => Some(BinaryOp::Div),
            AssignOp::ModAssign => Some(BinaryOp::Rem),
            AssignOp::ExpAssign => Some(BinaryOp::Exp),
            AssignOp::LShiftAssign => Some(BinaryOp::Shl),
            AssignOp::RShiftAssign => Some(BinaryOp::Sar),
            AssignOp::ZeroFillRShiftAssign => Some(BinaryOp::Shr),
            AssignOp::BitAndAssign => Some(BinaryOp::BitAnd),
            AssignOp::BitOrAssign => Some(BinaryOp::BitOr),
            AssignOp::BitXorAssign => Some(BinaryOp::BitXor),
            AssignOp::AndAssign | AssignOp::OrAssign | AssignOp::NullishAssign => {
                return self.lower_logical_assign(a.op, &reference, &a.right, name_hint.as_deref(), position);
            }
        };
        let value = match binary {
            None => match &name_hint {
                Some(name) => self.lower_expr_named(&a.right, name),
                None => {
                    // V8 names `a.b = function () {}` "a.b" in stack traces.
                    if let (SimpleAssignTarget::Member(member), true) = (target, is_anonymous_callable(&a.right)) {
                        let enclosing = self.state_ref().function.name.clone();
                        let mut names = Vec::new();
                        inferred_names(&Expr::Member(member.clone()), &enclosing, &mut names);
                        self.inferred_name = Some(names.join("."));
                    }
                    let value = self.lower_expr(&a.right);
                    self.inferred_name = None;
                    value
                }
            },
            Some(op) => {
                let old = self.read_reference(&reference, position);
                let right = self.lower_expr(&a.right);
                // V8 places the operation's error at the statement position it last recorded
                // (the statement's start, a loop condition's operator, …), else the operator.
                let at = match self.state_ref().statement_position {
                    Some(statement) => statement,
                    None => self.operator_position(a.left.span().hi.0, a.right.span().lo.0).unwrap_or(position),
                };
                self.emit(Op::Binary(op, old, right), at)
            }
        };
        // V8 places a failing store (`undefined.x = 1`, a read-only property in strict code)
        // at the `=`, where node's uncaught-exception caret points.
        let store_position = match (&reference, a.op) {
            (Reference::Named(..) | Reference::Computed(..), AssignOp::Assign) => self.next_token_position(a.left.span().hi.0),
            _ => position,
        };
        self.write_reference(&reference, value, store_position);
        value
    }

    /// Where V8 places a call (its stack frame's column): at the property name of a method
    /// call `o.f()`, at the `(` when the callee is a computed member `o[k]`, parenthesized
    /// (`(o.f)`, `(0, f)`), a call `f()`, or the call is optional (`o.f?.()`), else at the
    /// call's start.
    pub(super) fn call_site_position(&self, callee: &Expr, optional: bool, start: u32) -> u32 {
        let member = match callee {
            Expr::Member(member) => Some(member),
            Expr::OptChain(chain) => match &*chain.base {
                OptChainBase::Member(member) => Some(member),
                OptChainBase::Call(_) => None,
            },
            _ => None,
        };
        // `(f)()` and `f()()` too are placed at their last `(`.
        let at_parenthesis = matches!(callee, Expr::Paren(_) | Expr::Call(_));
        if let Expr::SuperProp(SuperPropExpr { prop: SuperProp::Ident(name), .. }) = callee {
            return name.span.lo.0;
        }
        let at_parenthesis = at_parenthesis || matches!(callee, Expr::SuperProp(_));
        match member {
            Some(member) if !optional && !matches!(member.prop, MemberProp::Computed(_)) => member.prop.span().lo.0,
            _ if member.is_some() || at_parenthesis => {
                let after = self.next_token_position(callee.span().hi.0);
                if optional {
                    // Past the `?.` to its `(`.
                    self.next_token_position(after + 2)
                } else {
                    after
                }
            }
            _ => start,
        }
    }

    /// The position of the first token at or after swc position `from`: past white space and
    /// comments (`from` itself when the text there is not the file's).
    fn next_token_position(&self, from: u32) -> u32 {
        let file = self.sources.file(self.sources.file_of(from));
        let Some(offset) = from.checked_sub(file.start) else { return from };
        let text = file.text.get(offset as usize..).unwrap_or_default();
        let mut index = 0;
        loop {
            let rest = &text[index..];
            if let Some(comment) = rest.strip_prefix("//") {
                index += 2 + comment.find(['\n', '\r', '\u{2028}', '\u{2029}']).unwrap_or(comment.len());
            } else if let Some(comment) = rest.strip_prefix("/*") {
                index += 2 + comment.find("*/").map_or(comment.len(), |end| end + 2);
            } else {
                match rest.chars().next() {
                    Some(c) if c.is_whitespace() || c == '\u{FEFF}' => index += c.len_utf8(),
                    _ => return from + index as u32,
                }
            }
        }
    }

    /// `a &&= b`, `a ||= b`, `a ??= b`; an anonymous function assigned to an identifier takes
    /// its name (`name`, NamedEvaluation, ECMA-262 §13.15.2).
    fn lower_logical_assign(&mut self, op: AssignOp, reference: &Reference, right: &Expr, name: Option<&str>, position: u32) -> Var {
        let result = self.new_var();
        let old = self.read_reference(reference, position);
        self.assign(result, old);
        let assign = self.new_block();
        let after = self.new_block();
        self.branch_logical(op == AssignOp::AndAssign, op == AssignOp::NullishAssign, old, assign, after);
        self.switch_to(assign);
        let value = match name {
            Some(name) => self.lower_expr_named(right, name),
            None => self.lower_expr(right),
        };
        self.write_reference(reference, value, position);
        self.assign(result, value);
        self.jump(after);
        self.switch_to(after);
        result
    }

    /// Branches to `evaluate_right` when a logical operator must evaluate its right side.
    fn branch_logical(&mut self, is_and: bool, is_nullish: bool, left: Var, evaluate_right: BlockId, done: BlockId) {
        if is_nullish {
            let null = self.constant(Constant::Null);
            let is_nullish = self.emit(Op::Binary(BinaryOp::LooseEq, left, null), 0);
            self.branch(is_nullish, evaluate_right, done);
        } else if is_and {
            self.branch(left, evaluate_right, done);
        } else {
            self.branch(left, done, evaluate_right);
        }
    }

    fn lower_binary(&mut self, b: &BinExpr) -> Var {
        // V8 places a binary operation (what an error in it reports) at its operator.
        let position = self.operator_position(b.left.span().hi.0, b.right.span().lo.0).unwrap_or(b.span.lo.0);
        let op = match b.op {
            BinaryOpKind::LogicalAnd | BinaryOpKind::LogicalOr | BinaryOpKind::NullishCoalescing => {
                let result = self.new_var();
                let left = self.lower_expr(&b.left);
                self.assign(result, left);
                let right_block = self.new_block();
                let after = self.new_block();
                self.branch_logical(
                    b.op == BinaryOpKind::LogicalAnd,
                    b.op == BinaryOpKind::NullishCoalescing,
                    left,
                    right_block,
                    after,
                );
                self.switch_to(right_block);
                let right = self.lower_expr(&b.right);
                self.assign(result, right);
                self.jump(after);
                self.switch_to(after);
                return result;
            }
            BinaryOpKind::EqEq => BinaryOp::LooseEq,
            BinaryOpKind::NotEq => BinaryOp::LooseNe,
            BinaryOpKind::EqEqEq => BinaryOp::StrictEq,
            BinaryOpKind::NotEqEq => BinaryOp::StrictNe,
            BinaryOpKind::Lt => BinaryOp::Lt,
            BinaryOpKind::LtEq => BinaryOp::Le,
            BinaryOpKind::Gt => BinaryOp::Gt,
            BinaryOpKind::GtEq => BinaryOp::Ge,
            BinaryOpKind::LShift => BinaryOp::Shl,
            BinaryOpKind::RShift => BinaryOp::Sar,
            BinaryOpKind::ZeroFillRShift => BinaryOp::Shr,
            BinaryOpKind::Add => BinaryOp::Add,
            BinaryOpKind::Sub => BinaryOp::Sub,
            BinaryOpKind::Mul => BinaryOp::Mul,
            BinaryOpKind::Div => BinaryOp::Div,
            BinaryOpKind::Mod => BinaryOp::Rem,
            BinaryOpKind::BitOr => BinaryOp::BitOr,
            BinaryOpKind::BitXor => BinaryOp::BitXor,
            BinaryOpKind::BitAnd => BinaryOp::BitAnd,
            BinaryOpKind::In => BinaryOp::In,
            BinaryOpKind::InstanceOf => BinaryOp::InstanceOf,
            BinaryOpKind::Exp => BinaryOp::Exp,
        };
        if let Expr::PrivateName(p) = &*b.left {
            let name = self.private_name(p);
            let object = self.lower_expr(&b.right);
            return self.emit(Op::PrivateHas(object, name), position);
        }
        let left = self.lower_expr(&b.left);
        let right = self.lower_expr(&b.right);
        self.emit(Op::Binary(op, left, right), position)
    }

    /// Evaluates call arguments; with a spread, into one array.
    pub(super) fn lower_call_arguments(&mut self, args: &[ExprOrSpread]) -> Arguments {
        if args.iter().all(|a| a.spread.is_none()) {
            return Arguments::List(args.iter().map(|a| self.lower_expr(&a.expr)).collect());
        }
        let position = args[0].expr.span().lo.0;
        let array = self.emit(Op::NewArray(Vec::new()), position);
        let mut pending = Vec::new();
        for arg in args {
            let value = self.lower_expr(&arg.expr);
            if arg.spread.is_some() {
                if !pending.is_empty() {
                    let chunk = self.emit(Op::NewArray(std::mem::take(&mut pending)), position);
                    self.emit_effect(Op::ArrayAppendSpread(array, chunk), position);
                }
                self.emit_effect(Op::ArrayAppendSpread(array, value), arg.expr.span().lo.0);
            } else {
                pending.push(Some(value));
            }
        }
        if !pending.is_empty() {
            let chunk = self.emit(Op::NewArray(pending), position);
            self.emit_effect(Op::ArrayAppendSpread(array, chunk), position);
        }
        Arguments::Spread(array)
    }

    /// `require("literal")` through the module's own `require`, resolved at build time.
    fn lower_static_require(&mut self, callee: &Expr, args: &[ExprOrSpread], position: u32) -> Option<Var> {
        let Expr::Ident(ident) = unparen(callee) else { return None };
        if &*ident.sym != "require" || args.len() != 1 || args[0].spread.is_some() {
            return None;
        }
        let Expr::Lit(Lit::Str(specifier)) = &*args[0].expr else { return None };
        if self.lookup(&ident.sym)?.key != resolve::REQUIRE_KEY || self.resolution.reassigned.contains(&resolve::REQUIRE_KEY) {
            return None;
        }
        let text = specifier.value.to_string_lossy().into_owned();
        match self.requires.get(&text)? {
            super::RequireTarget::Module(index) => match self.module_index {
                Some(parent) => Some(self.emit(Op::RequireChild(*index, parent), position)),
                None => Some(self.emit(Op::RequireModule(*index), position)),
            },
            super::RequireTarget::Builtin(name) => {
                let name = self.intern(name);
                Some(self.emit(Op::RequireBuiltin(name), position))
            }
        }
    }

    /// SetFunctionName(function, key, prefix) for a key known only at run time.
    pub(super) fn set_function_name(&mut self, function: Var, key: Var, prefix: &str) {
        let prefix = self.intern(prefix);
        self.emit_at(None, Op::SetFunctionName(function, key, prefix), None);
    }

    /// `import("literal")`, resolved at build time: a promise of the module's namespace; or
    /// `import(computed)`, looked up at run time.
    fn lower_dynamic_import(&mut self, call: &CallExpr, position: u32) -> Var {
        let literal = match call.args.first().map(|a| (&*a.expr, a.spread.is_some())) {
            Some((Expr::Lit(Lit::Str(text)), false)) => Some(text.value.to_string_lossy().into_owned()),
            Some((Expr::Tpl(tpl), false)) if tpl.exprs.is_empty() && tpl.quasis.len() == 1 => {
                tpl.quasis[0].cooked.as_ref().map(|c| c.to_string_lossy().into_owned())
            }
            _ => None,
        };
        let fast = match (&literal, call.args.len()) {
            (Some(text), 1) => self.dynamic_imports.get(text).cloned(),
            _ => None,
        };
        match fast {
            Some(super::RequireTarget::Module(index)) => self.emit(Op::DynamicImport(index), position),
            Some(super::RequireTarget::Builtin(name)) => {
                let name = self.intern(&name);
                self.emit(Op::DynamicImportBuiltin(name), position)
            }
            None => {
                // A computed specifier, import attributes, a JSON module or nothing found at
                // build time: the runtime looks the text up in the module's specifier table
                // (where the driver put what it could prove) and checks the attributes.
                let Some(index) = self.module_index else {
                    return self.unsupported_value(position, "import() outside a module");
                };
                let specifier = match call.args.first() {
                    Some(first) => self.lower_expr(&first.expr),
                    None => self.undefined(),
                };
                let options = match call.args.get(1) {
                    Some(second) => self.lower_expr(&second.expr),
                    None => self.undefined(),
                };
                for arg in call.args.iter().skip(2) {
                    let _ = self.lower_expr(&arg.expr);
                }
                self.emit(Op::DynamicImportComputed(specifier, options, index), position)
            }
        }
    }

    /// `super(...)` directly in a derived constructor.
    fn lower_super_call(&mut self, call: &CallExpr) -> Var {
        let position = call.span.lo.0;
        // `super()` belongs to the nearest enclosing non-arrow function; anywhere but in a
        // derived constructor it is an early error.
        let owner = self.functions.iter().rev().map(|f| f.function.kind).find(|kind| *kind != FunctionKind::Arrow);
        if owner != Some(FunctionKind::DerivedConstructor) {
            self.syntax_error(position, "'super' keyword unexpected here".into());
            return self.undefined();
        }
        if self.state_ref().function.kind != FunctionKind::DerivedConstructor {
            self.unsupported(position, "super() outside the constructor's own body");
            return self.undefined();
        }
        let callee = self.emit(Op::Callee, position);
        let new_target = self.read_name(&Atom::from(NEW_TARGET_NAME), position);
        let this = match self.lower_call_arguments(&call.args) {
            Arguments::List(values) => self.emit(Op::SuperConstruct(callee, new_target, values), position),
            Arguments::Spread(array) => self.emit(Op::SuperConstructSpread(callee, new_target, array), position),
        };
        self.after_super_call(this, position);
        this
    }

    fn lower_call(&mut self, call: &CallExpr) -> Var {
        let position = call.span.lo.0;
        let callee_expr = match &call.callee {
            Callee::Expr(e) => e,
            Callee::Super(_) => return self.lower_super_call(call),
            Callee::Import(i) => return self.lower_dynamic_import(call, i.span.lo.0),
        };
        if let Some(code) = hoist::direct_eval_code(call) {
            return self.lower_direct_eval(call, code);
        }
        if let Some(value) = self.lower_static_require(callee_expr, &call.args, position) {
            return value;
        }
        let mut with_this = false;
        let (callee, this) = match unparen(callee_expr) {
            Expr::Member(m) => {
                let object = self.lower_expr(&m.obj);
                let function = self.lower_member_get(object, &m.prop, position);
                (function, object)
            }
            Expr::SuperProp(s) => {
                let (home, key, this) = self.super_reference(s);
                (self.emit(Op::SuperGet(home, key, this), position), this)
            }
            Expr::Ident(ident) if !self.with_objects(&ident.sym).is_empty() => {
                // A function found in a `with` object is called with the object as `this`.
                let target = self.resolve_with(&ident.sym, ident.span.lo.0);
                let function = self.read_resolved(&ident.sym, target, ident.span.lo.0);
                let this = target.expect("a with object encloses the name");
                with_this = true;
                (function, this)
            }
            Expr::Ident(ident) if self.known_function(&ident.sym).is_some_and(|id| Some(id) == self.state_ref().id) => {
                // A function declaration calling itself: its binding holds the closure that
                // is running (one closure per activation of the enclosing scope, never
                // reassigned), so no environment read.
                let function = self.emit(Op::Callee, ident.span.lo.0);
                (function, self.undefined())
            }
            other => {
                let function = self.lower_expr(other);
                (function, self.undefined())
            }
        };
        let arguments = match self.lower_call_arguments(&call.args) {
            Arguments::List(values) => values,
            Arguments::Spread(array) => {
                let description = self.describe(callee_expr);
                let call_position = self.call_site_position(callee_expr, false, position);
                return self.emit(Op::CallSpread(callee, this, array, description), call_position);
            }
        };
        if let (Expr::Ident(ident), false) = (unparen(callee_expr), with_this) {
            if let Some(id) = self.known_function(&ident.sym) {
                let call_position = self.call_site_position(callee_expr, false, position);
                return self.emit(Op::CallDirect(id, callee, this, arguments), call_position);
            }
        }
        let description = self.describe(callee_expr);
        let call_position = self.call_site_position(callee_expr, false, position);
        self.emit(Op::Call(callee, this, arguments, description), call_position)
    }

    /// `eval(text)` of constant text (rewritten by `driver::dynamic_function`): when `eval` is
    /// %eval% at run time, the code compiled inline in this scope (PerformEval with a direct
    /// caller); otherwise an ordinary call of whatever `eval` holds.
    fn lower_direct_eval(&mut self, call: &CallExpr, code: Result<&[Stmt], String>) -> Var {
        let position = call.span.lo.0;
        let name = Atom::from("eval");
        let (callee, this) = if self.with_objects(&name).is_empty() {
            (self.read_name(&name, position), self.undefined())
        } else {
            let target = self.resolve_with(&name, position);
            let function = self.read_resolved(&name, target, position);
            (function, target.expect("a with object encloses the name"))
        };
        let text = self.lower_expr(&call.args[0].expr);
        let is_eval = self.emit(Op::IsIntrinsicEval(callee), position);
        let result = self.new_var();
        let direct = self.new_block();
        let indirect = self.new_block();
        let after = self.new_block();
        self.branch(is_eval, direct, indirect);
        self.switch_to(indirect);
        let description = self.intern("eval");
        let value = self.emit(Op::Call(callee, this, vec![text], description), position);
        self.assign(result, value);
        self.jump(after);
        self.switch_to(direct);
        let error = match &code {
            Err(message) => Some(message.clone()),
            Ok(_) => self.resolution.eval_errors.get(&position).cloned(),
        };
        let error = match (error, code) {
            (None, Ok(code)) => {
                let mark = self.diagnostics.list.len();
                let body = self.new_block();
                self.jump(body);
                self.switch_to(body);
                let value = self.lower_eval_code(position, code);
                let failed = self.diagnostics.list[mark..]
                    .iter()
                    .find(|d| d.severity == crate::diagnostics::Severity::Error)
                    .map(|d| d.message.clone());
                self.diagnostics.list.truncate(mark);
                self.assign(result, value);
                self.jump(after);
                if failed.is_some() {
                    // The code compiled above is left unreachable: the eval throws instead.
                    let throw = self.new_block();
                    self.state().function.blocks[direct.index()].terminator = Some(Terminator::Jump(throw));
                    self.switch_to(throw);
                }
                failed
            }
            (error, _) => error,
        };
        if let Some(message) = error {
            let message = self.intern(&message);
            self.emit_effect(Op::ThrowSyntaxError(message), position);
            let undefined = self.undefined();
            self.assign(result, undefined);
            self.jump(after);
        }
        self.switch_to(after);
        result
    }

    /// The code of a direct eval, inline: a scope of its own for its lexical declarations
    /// (and, for strict code, its `var`s and functions; those of sloppy code are the enclosing
    /// function's), its functions instantiated, then its statements; returns its completion
    /// value. `break` and `continue` cannot leave it.
    fn lower_eval_code(&mut self, position: u32, code: &[Stmt]) -> Var {
        // The top level of an ES module is strict even where the resolver did not know it
        // (`resolve::resolve_classic_script`): its eval code keeps its `var`s to itself.
        let module_top = self.esm_index.is_some() && self.functions.len() == 1;
        let sloppy = self.resolution.sloppy_evals.contains(&position) && !module_top;
        let strict = hoist::has_use_strict(code);
        let completion = self.new_var();
        let undefined = self.undefined();
        self.assign(completion, undefined);
        let depth = self.functions.len();
        self.eval_completions.push((completion, depth));
        if strict {
            self.strict_eval_depth += 1;
        }
        let controls = std::mem::take(&mut self.state().controls);
        let labels = std::mem::take(&mut self.state().pending_labels);
        let declared = hoist::eval_scope_names(code, sloppy);
        let mark = self.state_ref().scopes.len();
        self.push_scope(&declared);
        if sloppy && matches!(self.state_ref().annex_b, super::AnnexBTarget::Global) {
            // At a classic script's top level the eval's functions are global properties.
            for decl in hoist::function_decls(code) {
                let closure = self.lower_function(&decl.function, decl.ident.sym.to_string(), None, FunctionKind::Normal);
                let name = self.intern(&decl.ident.sym);
                self.emit_effect(Op::GlobalSet(name, closure), decl.ident.span.lo.0);
            }
        } else {
            self.instantiate_functions(code);
        }
        for stmt in code {
            self.lower_stmt(stmt);
        }
        self.truncate_scopes(mark);
        self.state().controls = controls;
        self.state().pending_labels = labels;
        if strict {
            self.strict_eval_depth -= 1;
        }
        self.eval_completions.pop();
        completion
    }

    /// How node names a callee in "x is not a function": its source text when it is a plain
    /// name or property chain, else "(intermediate value)" forms.
    pub(super) fn describe(&mut self, callee: &Expr) -> StrId {
        let text = describe_expr(callee);
        self.intern(&text)
    }
}

/// Whether a literal property key is the non-computed `__proto__`.
fn is_proto_key(key: &PropName) -> bool {
    match key {
        PropName::Ident(ident) => &*ident.sym == "__proto__",
        PropName::Str(s) => s.value.as_str() == Some("__proto__"),
        _ => false,
    }
}

fn unparen(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) => unparen(&p.expr),
        other => other,
    }
}

fn describe_expr(expr: &Expr) -> String {
    match unparen(expr) {
        Expr::Ident(i) => i.sym.to_string(),
        Expr::This(_) => "this".into(),
        Expr::Lit(Lit::Str(s)) => format!("\"{}\"", s.value.to_string_lossy()),
        Expr::Lit(Lit::Num(n)) => number_to_string(n.value),
        Expr::Lit(Lit::Null(_)) => "null".into(),
        Expr::Lit(Lit::Bool(b)) => b.value.to_string(),
        Expr::Tpl(t) if t.exprs.is_empty() => {
            let text = t.quasis.first().and_then(|q| q.cooked.as_ref()).map(|c| c.to_string_lossy().into_owned());
            format!("\"{}\"", text.unwrap_or_default())
        }
        Expr::Array(a) => {
            let items: Vec<String> = a
                .elems
                .iter()
                .map(|e| e.as_ref().map_or(String::new(), |e| describe_expr(&e.expr)))
                .collect();
            format!("[{}]", items.join(","))
        }
        Expr::Object(o) if o.props.is_empty() => "{}".into(),
        Expr::Object(_) => "{(intermediate value)}".into(),
        Expr::Unary(u) if u.op == UnaryOpKind::Void => format!("(void {})", describe_expr(&u.arg)),
        Expr::Member(m) => {
            let object = describe_expr(&m.obj);
            match &m.prop {
                MemberProp::Ident(i) => format!("{object}.{}", i.sym),
                MemberProp::Computed(c) => match &*c.expr {
                    Expr::Lit(Lit::Num(n)) => format!("{object}[{}]", number_to_string(n.value)),
                    Expr::Lit(Lit::Str(s)) => {
                        let key = s.value.to_string_lossy();
                        let is_identifier = key.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
                            && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$');
                        if is_identifier {
                            format!("{object}.{key}")
                        } else {
                            format!("{object}[\"{key}\"]")
                        }
                    }
                    other => format!("{object}[{}]", describe_expr(other)),
                },
                MemberProp::PrivateName(p) => format!("{object}.#{}", p.name),
            }
        }
        Expr::Call(c) => match &c.callee {
            Callee::Expr(e) if matches!(unparen(e), Expr::Ident(_) | Expr::Member(_)) => {
                format!("{}(...)", describe_expr(e))
            }
            _ => "(intermediate value)(...)".into(),
        },
        _ => "(intermediate value)".into(),
    }
}

/// Whether `units` is an array index: the canonical text of an integer below 2^32 - 1.
fn is_array_index(units: &[u16]) -> bool {
    let digits = units.iter().all(|unit| (u16::from(b'0')..=u16::from(b'9')).contains(unit));
    if units.is_empty() || units.len() > 10 || !digits || (units.len() > 1 && units[0] == u16::from(b'0')) {
        return false;
    }
    let value = units.iter().fold(0u64, |value, &unit| value * 10 + u64::from(unit - u16::from(b'0')));
    value < u64::from(u32::MAX)
}

/// Number::toString for property keys written as numeric literals.
fn number_to_string(value: f64) -> String {
    let mut buffer = ryu_js::Buffer::new();
    buffer.format(value).to_string()
}

use swc_ecma_ast::BinaryOp as BinaryOpKind;
use swc_ecma_ast::UnaryOp as UnaryOpKind;

/// Whether `expr` is an anonymous function definition that takes its name from where it is
/// put (NamedEvaluation): a nameless function expression or an arrow.
fn is_anonymous_function(expr: &Expr) -> bool {
    match expr {
        Expr::Fn(f) => f.ident.is_none(),
        Expr::Arrow(_) => true,
        // A class with a static `name` field keeps it (V8 names the class before its static
        // fields are defined, but after its methods: a static `name()` method is replaced).
        Expr::Class(c) => c.ident.is_none() && !has_static_name_member(&c.class),
        Expr::Paren(p) => is_anonymous_function(&p.expr),
        _ => false,
    }
}

/// Whether `expr` is a nameless function expression or an arrow (in parentheses or not).
fn is_anonymous_callable(expr: &Expr) -> bool {
    match expr {
        Expr::Fn(f) => f.ident.is_none(),
        Expr::Arrow(_) => true,
        Expr::Paren(p) => is_anonymous_callable(&p.expr),
        _ => false,
    }
}

/// The names V8's function-name inferrer collects from an assignment target: identifiers and
/// property names (`<computed>` for a computed key other than a string; `prototype` left
/// out), a call's callee, and for `this` the enclosing function's name when it starts with a
/// capital letter (a constructor's).
fn inferred_names(expr: &Expr, enclosing: &str, names: &mut Vec<String>) {
    match expr {
        Expr::Ident(ident) => names.push(ident.sym.to_string()),
        Expr::This(_) => {
            if enclosing.chars().next().is_some_and(char::is_uppercase) {
                names.push(enclosing.to_string());
            }
        }
        Expr::Member(member) => {
            inferred_names(&member.obj, enclosing, names);
            let name = match &member.prop {
                MemberProp::Ident(ident) => ident.sym.to_string(),
                MemberProp::PrivateName(private) => format!("#{}", private.name),
                MemberProp::Computed(computed) => match &*computed.expr {
                    Expr::Lit(Lit::Str(string)) => string.value.to_string_lossy().into_owned(),
                    _ => "<computed>".to_string(),
                },
            };
            if name != "prototype" {
                names.push(name);
            }
        }
        Expr::Call(call) => {
            if let Callee::Expr(callee) = &call.callee {
                inferred_names(callee, enclosing, names);
            }
        }
        Expr::Paren(paren) => inferred_names(&paren.expr, enclosing, names),
        _ => {}
    }
}

/// Whether a class defines a static field called `name` (or one under a computed key).
fn has_static_name_member(class: &Class) -> bool {
    class.body.iter().any(|member| match member {
        ClassMember::ClassProp(prop) if prop.is_static => match &prop.key {
            PropName::Ident(ident) => &*ident.sym == "name",
            PropName::Str(string) => string.value.as_str() == Some("name"),
            PropName::Computed(_) => true,
            _ => false,
        },
        _ => false,
    })
}
