//! Lowering of statements: declarations, control flow, loops, `switch`, `try`.

use super::pattern::BindMode;
use super::*;
use swc_common::Spanned;

impl Lowerer<'_> {
    pub(super) fn lower_stmt(&mut self, stmt: &Stmt) {
        let labels = std::mem::take(&mut self.state().pending_labels);
        match stmt {
            Stmt::Block(block) => self.lower_block_with_labels(&block.stmts, labels),
            Stmt::Empty(_) | Stmt::Debugger(_) => {}
            Stmt::Expr(s) => {
                self.set_statement_position(s.span.lo.0);
                let value = self.lower_expr(&s.expr);
                self.note_completion(Some(value));
            }
            Stmt::Decl(Decl::Var(decl)) => self.lower_var_decl(decl),
            // Instantiated when its scope was entered; a block-level one in sloppy code also
            // sets its `var` now (Annex B.3.2.1).
            Stmt::Decl(Decl::Fn(decl)) => {
                if self.resolution.annex_b.contains(&decl.ident.span.lo.0) {
                    self.evaluate_annex_b_function(decl);
                }
            }
            Stmt::Decl(Decl::Class(c)) => {
                self.class_depth += 1;
                self.lower_class(&c.class, c.ident.sym.to_string(), None, Some(&c.ident));
                self.class_depth -= 1;
            }
            Stmt::Decl(other) => self.unsupported(other.span().lo.0, "this declaration"),
            Stmt::Return(s) => {
                self.set_statement_position(s.span.lo.0);
                let value = match &s.arg {
                    Some(arg) => self.lower_expr(arg),
                    None => self.undefined(),
                };
                self.emit_return(value, s.span.lo.0);
            }
            Stmt::If(s) => {
                self.set_statement_position(s.span.lo.0);
                let condition = self.lower_expr(&s.test);
                self.note_completion(None);
                let then = self.new_block();
                let otherwise = self.new_block();
                let after = if s.alt.is_some() { self.new_block() } else { otherwise };
                self.branch(condition, then, otherwise);
                self.switch_to(then);
                self.lower_nested(&s.cons);
                self.jump(after);
                if let Some(alt) = &s.alt {
                    self.switch_to(otherwise);
                    self.lower_nested(alt);
                    self.jump(after);
                }
                self.switch_to(after);
            }
            Stmt::Throw(s) => {
                self.set_statement_position(s.span.lo.0);
                let value = self.lower_expr(&s.arg);
                let pos = self.sources.pos(s.span.lo.0);
                self.terminate(Terminator::Throw(value, pos));
            }
            Stmt::Labeled(s) => self.lower_labeled(s, labels),
            Stmt::Break(s) => self.lower_break_continue(s.label.as_ref(), true, s.span.lo.0),
            Stmt::Continue(s) => self.lower_break_continue(s.label.as_ref(), false, s.span.lo.0),
            Stmt::While(s) => {
                self.note_completion(None);
                let head = self.new_block();
                let body = self.new_block();
                let after = self.new_block();
                self.jump(head);
                self.switch_to(head);
                self.set_statement_position_of(&s.test);
                let condition = self.lower_expr(&s.test);
                self.branch(condition, body, after);
                self.switch_to(body);
                self.lower_loop_body(&s.body, labels, after, head);
                self.jump(head);
                self.switch_to(after);
            }
            Stmt::DoWhile(s) => {
                self.note_completion(None);
                let body = self.new_block();
                let test = self.new_block();
                let after = self.new_block();
                self.jump(body);
                self.switch_to(body);
                self.lower_loop_body(&s.body, labels, after, test);
                self.jump(test);
                self.switch_to(test);
                self.set_statement_position_of(&s.test);
                let condition = self.lower_expr(&s.test);
                self.branch(condition, body, after);
                self.switch_to(after);
            }
            Stmt::For(s) => {
                self.note_completion(None);
                self.lower_for(s, labels)
            }
            Stmt::ForIn(s) => {
                self.note_completion(None);
                self.lower_for_in_of(&s.left, &s.right, &s.body, labels, false, s.span.lo.0)
            }
            Stmt::ForOf(s) if s.is_await => self.lower_for_await(&s.left, &s.right, &s.body, labels, s.span.lo.0),
            Stmt::ForOf(s) => {
                self.note_completion(None);
                self.lower_for_in_of(&s.left, &s.right, &s.body, labels, true, s.span.lo.0)
            }
            Stmt::Switch(s) => {
                self.note_completion(None);
                self.lower_switch(s, labels)
            }
            Stmt::Try(s) => {
                self.note_completion(None);
                self.lower_try(s)
            }
            Stmt::With(s) => {
                self.note_completion(None);
                self.lower_with(s)
            }
        }
    }

    /// `with (object) body` (sloppy code only; the parser rejects it in strict code): the
    /// object is kept in a hidden binding of a scope that makes every name looked up through it
    /// search the object first (`Lowerer::resolve_with`).
    fn lower_with(&mut self, s: &WithStmt) {
        let position = s.span.lo.0;
        let value = self.lower_expr(&s.obj);
        let object = self.emit(Op::ToObject(value), position);
        let name = resolve::with_name(position);
        let key = resolve::with_key(position);
        let mark = self.state_ref().scopes.len();
        let location = if self.resolution.captured.contains(&key) {
            let parent = self.innermost_env();
            let depth = parent.map_or(0, |(_, d)| d) + 1;
            let env = self.new_var();
            self.emit_at(Some(env), Op::EnvNew(parent.map(|(v, _)| v), 1, false), None);
            self.emit_at(None, Op::EnvSet(env, 0, object), None);
            self.state().scopes.push(Scope { bindings: HashMap::new(), env: Some((env, depth)), is_switch: false, with: None });
            Location::Env { depth, slot: 0 }
        } else {
            let var = self.new_var();
            self.assign(var, object);
            self.state().scopes.push(Scope { bindings: HashMap::new(), env: None, is_switch: false, with: None });
            Location::Local(var)
        };
        let scope = self.state().scopes.last_mut().expect("just pushed");
        scope.bindings.insert(name.clone(), Binding { key, location, kind: DeclKind::Const, tdz: false });
        scope.with = Some(name);
        self.lower_nested(&s.body);
        self.truncate_scopes(mark);
    }

    /// A statement that is the body of `if`/`else`: a function declaration there gets its own
    /// block scope.
    fn lower_nested(&mut self, stmt: &Stmt) {
        if let Stmt::Decl(Decl::Fn(_)) = stmt {
            self.lower_block(std::slice::from_ref(stmt));
        } else {
            self.lower_stmt(stmt);
        }
    }

    pub(super) fn lower_block(&mut self, stmts: &[Stmt]) {
        let mut declared = Vec::new();
        hoist::lexical_names(stmts, false, &mut declared);
        self.push_scope(&declared);
        self.instantiate_functions(stmts);
        for stmt in stmts {
            self.lower_stmt(stmt);
        }
        self.pop_scope();
    }

    fn lower_block_with_labels(&mut self, stmts: &[Stmt], labels: Vec<Atom>) {
        if labels.is_empty() {
            return self.lower_block(stmts);
        }
        let after = self.new_block();
        self.state().controls.push(Control::Breakable { labels, break_to: after, is_switch: false });
        self.lower_block(stmts);
        self.state().controls.pop();
        self.jump(after);
        self.switch_to(after);
    }

    fn lower_labeled(&mut self, s: &LabeledStmt, mut labels: Vec<Atom>) {
        labels.push(s.label.sym.clone());
        match &*s.body {
            Stmt::For(_) | Stmt::ForIn(_) | Stmt::ForOf(_) | Stmt::While(_) | Stmt::DoWhile(_) => {
                self.state().pending_labels = labels;
                self.lower_stmt(&s.body);
            }
            Stmt::Labeled(inner) => self.lower_labeled(inner, labels),
            Stmt::Block(block) => self.lower_block_with_labels(&block.stmts, labels),
            other => {
                let after = self.new_block();
                self.state().controls.push(Control::Breakable { labels, break_to: after, is_switch: false });
                self.lower_stmt(other);
                self.state().controls.pop();
                self.jump(after);
                self.switch_to(after);
            }
        }
    }

    fn lower_break_continue(&mut self, label: Option<&Ident>, is_break: bool, position: u32) {
        let controls = &self.state_ref().controls;
        let mut target = None;
        for (index, control) in controls.iter().enumerate().rev() {
            let matches = match (control, label) {
                (Control::Loop { .. }, None) => true,
                (Control::Breakable { is_switch: true, .. }, None) => is_break,
                (Control::Loop { labels, .. }, Some(l)) => labels.contains(&l.sym),
                (Control::Breakable { labels, .. }, Some(l)) => labels.contains(&l.sym),
                _ => false,
            };
            if matches {
                if !is_break && !matches!(control, Control::Loop { .. }) {
                    break;
                }
                target = Some(index);
                break;
            }
        }
        let Some(target) = target else {
            let message = match label {
                Some(l) => format!("Undefined label '{}'", l.sym),
                None if is_break => "Illegal break statement".to_string(),
                None => "Illegal continue statement: no surrounding iteration statement".to_string(),
            };
            self.syntax_error(position, message);
            return;
        };
        let exit = if is_break { Exit::Break(target) } else { Exit::Continue(target) };
        let level = self.state_ref().controls.len();
        self.emit_exit(exit, level, position);
    }

    /// Lowers a loop body with the loop's control context pushed.
    fn lower_loop_body(&mut self, body: &Stmt, labels: Vec<Atom>, break_to: BlockId, continue_to: BlockId) {
        self.state().controls.push(Control::Loop { labels, break_to, continue_to });
        self.lower_nested(body);
        self.state().controls.pop();
    }

    fn lower_var_decl(&mut self, decl: &VarDecl) {
        let mode = if decl.kind == VarDeclKind::Var { BindMode::Assign } else { BindMode::Initialize };
        for declarator in &decl.decls {
            if let Some(init) = &declarator.init {
                self.set_statement_position(init.span().lo.0);
            }
            let Pat::Ident(binding) = &declarator.name else {
                let value = match &declarator.init {
                    Some(init) => self.lower_expr(init),
                    None => self.undefined(),
                };
                self.bind_pattern(&declarator.name, value, mode);
                continue;
            };
            let name = &binding.id.sym;
            let value = match &declarator.init {
                Some(init) => self.lower_expr_named(init, name),
                None if decl.kind == VarDeclKind::Var => continue,
                None => self.undefined(),
            };
            if decl.kind == VarDeclKind::Var {
                self.write_name(name, value, binding.id.span.lo.0);
            } else {
                self.initialize_name(name, value);
            }
        }
    }

    fn lower_for(&mut self, s: &ForStmt, labels: Vec<Atom>) {
        let mut declared = Vec::new();
        let lexical = matches!(&s.init, Some(VarDeclOrExpr::VarDecl(d)) if d.kind != VarDeclKind::Var);
        if let Some(VarDeclOrExpr::VarDecl(decl)) = &s.init {
            hoist::lexical_var_decl(decl, &mut declared);
        }
        self.push_scope(&declared);
        match &s.init {
            Some(VarDeclOrExpr::VarDecl(decl)) => self.lower_var_decl(decl),
            Some(VarDeclOrExpr::Expr(e)) => {
                self.lower_expr(e);
            }
            None => {}
        }
        let head = self.new_block();
        let body = self.new_block();
        let update = self.new_block();
        let after = self.new_block();
        self.jump(head);
        self.switch_to(head);
        match &s.test {
            Some(test) => {
                let condition = self.lower_expr(test);
                self.branch(condition, body, after);
            }
            None => self.jump(body),
        }
        self.switch_to(body);
        self.lower_loop_body(&s.body, labels, after, update);
        self.jump(update);
        self.switch_to(update);
        if lexical {
            // Each iteration gets fresh copies of the loop's captured bindings.
            if let Some((env, _)) = self.state_ref().scopes.last().and_then(|scope| scope.env) {
                let copy = self.emit(Op::EnvCopy(env), s.span.lo.0);
                self.assign(env, copy);
            }
        }
        if let Some(update_expr) = &s.update {
            self.set_statement_position_of(update_expr);
            self.lower_expr(update_expr);
        }
        self.jump(head);
        self.switch_to(after);
        self.pop_scope();
    }

    fn lower_for_in_of(&mut self, left: &ForHead, right: &Expr, body: &Stmt, labels: Vec<Atom>, is_of: bool, position: u32) {
        // The right-hand side sees a TDZ for the loop's lexical names.
        let mut declared = Vec::new();
        if let ForHead::VarDecl(decl) = left {
            hoist::lexical_var_decl(decl, &mut declared);
        }
        self.push_scope(&declared);
        let object = self.lower_expr(right);
        self.pop_scope();
        let iterator = if is_of {
            self.emit(Op::IteratorGet(object), position)
        } else {
            self.emit(Op::ForInStart(object), position)
        };
        let head = self.new_block();
        let body_block = self.new_block();
        let after = self.new_block();
        self.jump(head);
        self.switch_to(head);
        let next = if is_of {
            self.emit(Op::IteratorNext(iterator), position)
        } else {
            self.emit(Op::ForInNext(iterator), position)
        };
        let done = self.emit(Op::Unary(UnaryOp::IsHole, next), position);
        self.branch(done, after, body_block);
        self.switch_to(body_block);

        let outer_handler = self.state_ref().handler;
        let loop_index = self.state_ref().controls.len();
        self.state().controls.push(Control::Loop { labels, break_to: after, continue_to: head });
        if is_of {
            // An exception in the body closes the iterator, then propagates.
            let close = self.new_block_with_handler(outer_handler);
            self.state().controls.push(Control::Iterator { iterator, outer_handler, done: None });
            self.set_handler(Some(close));
            self.lower_for_body(left, next, body, &declared);
            self.jump(head);
            self.state().controls.pop();
            self.emit_iterator_close_on_throw(close, iterator, None, outer_handler, position);
        } else {
            self.lower_for_body(left, next, body, &declared);
            self.jump(head);
        }
        debug_assert_eq!(self.state_ref().controls.len(), loop_index + 1);
        self.state().controls.pop();
        self.switch_to(after);
    }

    /// `for await (left of right) body` (ForIn/OfBodyEvaluation with iteratorKind async):
    /// each step awaits `next()`; leaving early awaits `return()`.
    fn lower_for_await(&mut self, left: &ForHead, right: &Expr, body: &Stmt, labels: Vec<Atom>, position: u32) {
        let mut declared = Vec::new();
        if let ForHead::VarDecl(decl) = left {
            hoist::lexical_var_decl(decl, &mut declared);
        }
        self.push_scope(&declared);
        let object = self.lower_expr(right);
        self.pop_scope();
        let iterator = self.emit(Op::AsyncIteratorGet(object), position);
        let head = self.new_block();
        let body_block = self.new_block();
        let after = self.new_block();
        self.jump(head);
        self.switch_to(head);
        let pending = self.emit(Op::AsyncIteratorNext(iterator), position);
        let result = self.suspend(pending, ir::SuspendKind::Await, position);
        let next = self.emit(Op::IteratorStepResult(result), position);
        let done = self.emit(Op::Unary(UnaryOp::IsHole, next), position);
        self.branch(done, after, body_block);
        self.switch_to(body_block);

        let outer_handler = self.state_ref().handler;
        let loop_index = self.state_ref().controls.len();
        self.state().controls.push(Control::Loop { labels, break_to: after, continue_to: head });
        // An exception in the body awaits `return()` (its own errors lose), then propagates.
        let close = self.new_block_with_handler(outer_handler);
        self.state().controls.push(Control::AsyncIterator { iterator, outer_handler });
        self.set_handler(Some(close));
        self.lower_for_body(left, next, body, &declared);
        self.jump(head);
        self.state().controls.pop();
        let rethrow = self.new_block_with_handler(outer_handler);
        let swallow = self.new_block_with_handler(outer_handler);
        self.switch_to(close);
        let exception = self.emit(Op::TakeException, position);
        self.set_handler(Some(swallow));
        let returned = self.emit(Op::AsyncIteratorReturn(iterator), position);
        let nothing = self.emit(Op::Unary(UnaryOp::IsHole, returned), position);
        let wait = self.new_block_with_handler(Some(swallow));
        self.branch(nothing, rethrow, wait);
        self.switch_to(wait);
        self.suspend(returned, ir::SuspendKind::Await, position);
        self.jump(rethrow);
        self.switch_to(swallow);
        self.emit(Op::TakeException, position);
        self.jump(rethrow);
        self.switch_to(rethrow);
        self.terminate(Terminator::Rethrow(exception));
        debug_assert_eq!(self.state_ref().controls.len(), loop_index + 1);
        self.state().controls.pop();
        self.switch_to(after);
    }

    /// AsyncIteratorClose for a normal early exit: await `return()` and check its result.
    pub(super) fn emit_async_iterator_close(&mut self, iterator: Var, position: u32) {
        let returned = self.emit(Op::AsyncIteratorReturn(iterator), position);
        let nothing = self.emit(Op::Unary(UnaryOp::IsHole, returned), position);
        let wait = self.new_block();
        let done = self.new_block();
        self.branch(nothing, done, wait);
        self.switch_to(wait);
        let result = self.suspend(returned, ir::SuspendKind::Await, position);
        self.emit(Op::IteratorResultCheck(result), position);
        self.jump(done);
        self.switch_to(done);
    }

    fn lower_for_body(&mut self, left: &ForHead, value: Var, body: &Stmt, declared: &[Declared]) {
        self.push_scope(declared);
        match left {
            ForHead::VarDecl(decl) => {
                let mode = if decl.kind == VarDeclKind::Var { BindMode::Assign } else { BindMode::Initialize };
                if let Some(declarator) = decl.decls.first() {
                    self.bind_pattern(&declarator.name, value, mode);
                }
            }
            ForHead::Pat(pat) => self.bind_pattern(pat, value, BindMode::Assign),
            ForHead::UsingDecl(u) => self.unsupported(u.span.lo.0, "`using` declarations"),
        }
        self.lower_nested(body);
        self.pop_scope();
    }

    /// Fills `close`: take the exception, close the iterator (an error from `return()` loses
    /// to the original one), and rethrow.
    /// With `done`, a local that is true once the iterator finished (or its `next()` threw),
    /// the iterator is not closed then.
    pub(super) fn emit_iterator_close_on_throw(
        &mut self,
        close: BlockId,
        iterator: Var,
        done: Option<Var>,
        outer_handler: Option<BlockId>,
        position: u32,
    ) {
        let rethrow = self.new_block_with_handler(outer_handler);
        let swallow = self.new_block_with_handler(outer_handler);
        self.switch_to(close);
        let exception = self.emit(Op::TakeException, position);
        if let Some(done) = done {
            let call_return = self.new_block_with_handler(outer_handler);
            self.branch(done, rethrow, call_return);
            self.switch_to(call_return);
        }
        self.set_handler(Some(swallow));
        self.emit_effect(Op::IteratorClose(iterator), position);
        self.jump(rethrow);
        self.switch_to(swallow);
        self.emit(Op::TakeException, position);
        self.jump(rethrow);
        self.switch_to(rethrow);
        self.terminate(Terminator::Rethrow(exception));
    }

    fn lower_switch(&mut self, s: &SwitchStmt, labels: Vec<Atom>) {
        self.set_statement_position(s.span.lo.0);
        let discriminant = self.lower_expr(&s.discriminant);
        let mut declared = Vec::new();
        for case in &s.cases {
            hoist::lexical_names(&case.cons, false, &mut declared);
        }
        self.push_scope(&declared);
        self.mark_switch_scope();
        let after = self.new_block();
        let bodies: Vec<BlockId> = s.cases.iter().map(|_| self.new_block()).collect();
        let mut default = None;
        for (index, case) in s.cases.iter().enumerate() {
            match &case.test {
                Some(test) => {
                    let value = self.lower_expr(test);
                    let equal = self.emit(Op::Binary(BinaryOp::StrictEq, discriminant, value), case.span.lo.0);
                    let next = self.new_block();
                    self.branch(equal, bodies[index], next);
                    self.switch_to(next);
                }
                None => default = Some(bodies[index]),
            }
        }
        self.jump(default.unwrap_or(after));
        self.state().controls.push(Control::Breakable { labels, break_to: after, is_switch: true });
        for (index, case) in s.cases.iter().enumerate() {
            self.switch_to(bodies[index]);
            self.instantiate_functions(&case.cons);
            for stmt in &case.cons {
                self.lower_stmt(stmt);
            }
            let next = bodies.get(index + 1).copied().unwrap_or(after);
            self.jump(next);
        }
        self.state().controls.pop();
        self.switch_to(after);
        self.pop_scope();
    }

    fn lower_try(&mut self, s: &TryStmt) {
        let position = s.span.lo.0;
        let outer_handler = self.state_ref().handler;
        let after = self.new_block_with_handler(outer_handler);
        let finally = s.finalizer.as_ref().map(|_| {
            let completion = self.new_var();
            let value = self.new_var();
            let entry = self.new_block_with_handler(outer_handler);
            let on_throw = self.new_block_with_handler(outer_handler);
            (completion, value, entry, on_throw)
        });
        if let Some((completion, value, entry, _)) = finally {
            self.state().controls.push(Control::Finally { state: completion, value, entry, exits: Vec::new() });
        }
        // Where an exception in the catch block (or in the try block without catch) goes.
        let after_catch_handler = finally.map(|(_, _, _, on_throw)| Some(on_throw)).unwrap_or(outer_handler);
        let catch_block = s.handler.as_ref().map(|_| self.new_block_with_handler(after_catch_handler));

        let normal_exit = |this: &mut Self| {
            if let Some((completion, _, entry, _)) = finally {
                let code = this.constant(Constant::Number(COMPLETION_NORMAL));
                this.assign(completion, code);
                this.jump(entry);
            } else {
                this.jump(after);
            }
        };

        self.set_handler(catch_block.or(after_catch_handler));
        self.lower_block(&s.block.stmts);
        normal_exit(self);

        if let (Some(handler), Some(catch_block)) = (&s.handler, catch_block) {
            self.switch_to(catch_block);
            let exception = self.emit(Op::TakeException, position);
            let mut declared = Vec::new();
            if let Some(param) = &handler.param {
                hoist::pattern_names(param, DeclKind::CatchParam, &mut declared);
            }
            self.push_scope(&declared);
            if let Some(param) = &handler.param {
                self.bind_pattern(param, exception, BindMode::Initialize);
            }
            self.lower_block(&handler.body.stmts);
            self.pop_scope();
            normal_exit(self);
        }

        if let Some((completion, value, entry, on_throw)) = finally {
            let Some(Control::Finally { exits, .. }) = self.state().controls.pop() else {
                unreachable!("the finally control was pushed above")
            };
            self.switch_to(on_throw);
            let exception = self.emit(Op::TakeException, position);
            self.assign(value, exception);
            let code = self.constant(Constant::Number(COMPLETION_THROW));
            self.assign(completion, code);
            self.jump(entry);

            self.switch_to(entry);
            let finalizer = s.finalizer.as_ref().expect("finally exists");
            self.lower_block(&finalizer.stmts);
            if !self.is_terminated() {
                let is_normal = self.strict_equals_number(completion, COMPLETION_NORMAL);
                let not_normal = self.new_block();
                self.branch(is_normal, after, not_normal);
                self.switch_to(not_normal);
                let is_throw = self.strict_equals_number(completion, COMPLETION_THROW);
                let rethrow = self.new_block();
                let mut next = self.new_block();
                self.branch(is_throw, rethrow, next);
                self.switch_to(rethrow);
                self.terminate(Terminator::Rethrow(value));
                let level = self.state_ref().controls.len();
                for (index, exit) in exits.into_iter().enumerate() {
                    self.switch_to(next);
                    let code = COMPLETION_FIRST_EXIT + index as f64;
                    let is_this = self.strict_equals_number(completion, code);
                    let take = self.new_block();
                    next = self.new_block();
                    self.branch(is_this, take, next);
                    self.switch_to(take);
                    let exit = match exit {
                        Exit::Return(_) => Exit::Return(value),
                        other => other,
                    };
                    self.emit_exit(exit, level, position);
                }
                self.switch_to(next);
                self.jump(after);
            }
        }
        self.switch_to(after);
    }
}

use crate::ir::UnaryOp;
