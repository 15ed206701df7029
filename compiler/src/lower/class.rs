//! Lowering of classes: ClassDefinitionEvaluation as IR. The constructor is an ordinary
//! compiled function with the class-constructor flags; instance fields and private methods are
//! installed by a hidden per-class initialiser function (`%fields`) that the constructor calls
//! once `this` exists; static elements run in order at definition time.

use super::*;
use crate::resolve::{class_fields_key, class_has_instance_initializer, class_private_names, FIELDS_NAME};
use swc_common::Spanned;

/// What a class constructor needs to know about its class.
#[derive(Copy, Clone, Debug)]
pub(super) struct ClassInfo {
    /// The class has `extends`.
    pub derived: bool,
    /// Call `%fields` once `this` exists.
    pub has_fields: bool,
}

impl Lowerer<'_> {
    /// Lowers a class and returns the local holding its constructor. `binding` is the name a
    /// class expression sees itself by (declarations use their outer binding).
    pub(super) fn lower_class(&mut self, class: &Class, name: String, binding: Option<&Ident>, declaration: Option<&Ident>) -> Var {
        let position = class.span.lo.0;
        for member in &class.body {
            let unsupported = match member {
                ClassMember::TsIndexSignature(_) => Some("TypeScript index signatures"),
                ClassMember::AutoAccessor(_) => Some("auto-accessors"),
                _ => None,
            };
            if let Some(what) = unsupported {
                self.unsupported(member.span().lo.0, what);
            }
        }
        if !class.decorators.is_empty() {
            self.unsupported(position, "decorators");
        }
        // The class scope: its own name (class expressions), private names, `%fields`.
        let scope_mark = self.state_ref().scopes.len();
        let mut declared = Vec::new();
        if let Some(ident) = binding {
            declared.push(Declared { name: ident.sym.clone(), position: ident.span.lo.0, kind: DeclKind::Const });
        }
        self.push_scope(&declared);
        // The heritage sees the class's name but not its private names (ClassDefinitionEvaluation
        // step 8: the outer PrivateEnvironment).
        let parent = match &class.super_class {
            Some(expr) => Some(self.lower_expr(expr)),
            None => None,
        };
        let private_names = class_private_names(class);
        let mut hidden = Vec::new();
        for (name, at) in &private_names {
            hidden.push((name.clone(), resolve::ident_key(*at)));
        }
        for at in resolve::class_computed_fields(class) {
            hidden.push((resolve::computed_field_name(at), resolve::computed_field_key(at)));
        }
        for at in resolve::class_instance_private_methods(class) {
            hidden.push((resolve::private_method_name(at), resolve::private_method_key(at)));
        }
        let has_fields = class_has_instance_initializer(class);
        // Hidden bindings live in a scope of their own, keyed as the resolver keyed them.
        let undefined = self.undefined();
        let mut group: Vec<(Atom, resolve::DeclKey)> = hidden.iter().map(|(name, key)| (Atom::from(name.as_ref()), *key)).collect();
        if has_fields {
            group.push((Atom::from(FIELDS_NAME), class_fields_key(position)));
        }
        self.bind_implicit_group(&group, undefined);

        for (name, _) in &private_names {
            let id = self.intern(name);
            let value = self.emit(Op::PrivateName(id), position);
            self.assign_hidden(name, value);
        }

        // The constructor.
        let info = ClassInfo { derived: parent.is_some(), has_fields };
        let kind = if info.derived { FunctionKind::DerivedConstructor } else { FunctionKind::ClassConstructor };
        let constructor_member = class.body.iter().find_map(|m| match m {
            ClassMember::Constructor(c) if c.body.is_some() => Some(c),
            _ => None,
        });
        let constructor = match constructor_member {
            Some(c) => {
                let params = c
                    .params
                    .iter()
                    .filter_map(|p| match p {
                        ParamOrTsParamProp::Param(p) => Some(&p.pat),
                        ParamOrTsParamProp::TsParamProp(p) => {
                            self.unsupported(p.span.lo.0, "TypeScript parameter properties");
                            None
                        }
                    })
                    .collect();
                let body = c.body.as_ref().map_or(&[][..], |b| &b.stmts[..]);
                self.lower_function_source(FunctionSource {
                generator: None,
                    name: name.clone(),
                    kind,
                    position: c.span.lo.0,
                    params,
                    body: FunctionBodySource::Statements(body),
                    self_name: None,
                    class: Some(info),
                    text: Some(class.span),
                })
            }
            None => self.lower_function_source(FunctionSource {
                generator: None,
                name: name.clone(),
                kind,
                position,
                params: Vec::new(),
                body: FunctionBodySource::DefaultConstructor,
                self_name: None,
                class: Some(info),
                text: Some(class.span),
            }),
        };
        let (parent_value, has_parent) = match parent {
            Some(p) => (p, true),
            None => (self.undefined(), false),
        };
        let prototype = self.emit(Op::ClassNew(constructor, parent_value, has_parent), position);

        // The instance-field initialiser, with the prototype as its home object.
        if has_fields {
            let instance_members: Vec<&ClassMember> = class
                .body
                .iter()
                .filter(|m| match m {
                    ClassMember::ClassProp(p) => !p.is_static,
                    ClassMember::PrivateProp(p) => !p.is_static,
                    ClassMember::PrivateMethod(m) => !m.is_static,
                    _ => false,
                })
                .collect();
            let fields = self.lower_function_source(FunctionSource {
                generator: None,
                name: "<instance_members_initializer>".into(),
                kind: FunctionKind::Method,
                position,
                params: Vec::new(),
                body: FunctionBodySource::Fields(instance_members),
                self_name: None,
                class: None,
                text: None,
            });
            self.emit_at(None, Op::SetHomeObject(fields, prototype), None);
            self.assign_hidden(FIELDS_NAME, fields);
        }

        // Methods first (ClassElementEvaluation, which also computes every field's name in
        // order), then the name binding, then static fields and blocks in order.
        let mut static_keys = HashMap::new();
        for member in &class.body {
            match member {
                ClassMember::Method(method) => {
                    let target = if method.is_static { constructor } else { prototype };
                    let (key, key_name) = self.property_key(&method.key);
                    let (kind, prefix) = match method.kind {
                        MethodKind::Method => (0, ""),
                        MethodKind::Getter => (1, "get "),
                        MethodKind::Setter => (2, "set "),
                    };
                    let computed = key_name.is_none();
                    let function_name = format!("{prefix}{}", key_name.unwrap_or_default());
                    let function = self.lower_method_function(&method.function, function_name);
                    if computed {
                        self.set_function_name(function, key, prefix);
                    }
                    self.emit_effect(Op::ClassDefineMethod(target, key, function, kind), method.span.lo.0);
                }
                ClassMember::ClassProp(prop) => {
                    if let PropName::Computed(computed) = &prop.key {
                        // ClassFieldDefinitionEvaluation: the name is computed once, here.
                        let (key, _) = self.property_key(&prop.key);
                        if prop.is_static {
                            static_keys.insert(prop.span.lo.0, key);
                        } else {
                            self.assign_hidden(&resolve::computed_field_name(computed.span.lo.0), key);
                        }
                    }
                }
                ClassMember::PrivateMethod(method) if !method.is_static => {
                    // Created once: every instance gets this same function.
                    let function = self.lower_method_function(&method.function, format!("#{}", method.key.name));
                    self.emit_at(None, Op::SetHomeObject(function, prototype), None);
                    self.assign_hidden(&resolve::private_method_name(method.span.lo.0), function);
                }
                ClassMember::PrivateMethod(method) if method.is_static => {
                    let name = resolve::private_scope_name(&method.key.name);
                    let private = self.read_name(&name, method.span.lo.0);
                    let function = self.lower_method_function(&method.function, format!("#{}", method.key.name));
                    self.emit_at(None, Op::SetHomeObject(function, constructor), None);
                    let kind = private_method_kind(method.kind);
                    self.emit_effect(Op::PrivateDefine(constructor, private, function, kind), method.span.lo.0);
                }
                _ => {}
            }
        }
        if let Some(ident) = binding.or(declaration) {
            self.initialize_name(&ident.sym, constructor);
        }
        for member in &class.body {
            match member {
                ClassMember::ClassProp(prop) if prop.is_static => {
                    let key = match static_keys.get(&prop.span.lo.0) {
                        Some(key) => *key,
                        None => self.property_key(&prop.key).0,
                    };
                    let value = self.static_initializer(member, constructor, position);
                    self.emit_effect(Op::DefineProperty(constructor, key, value), prop.span.lo.0);
                }
                ClassMember::PrivateProp(prop) if prop.is_static => {
                    let name = resolve::private_scope_name(&prop.key.name);
                    let private = self.read_name(&name, prop.span.lo.0);
                    let value = self.static_initializer(member, constructor, position);
                    self.emit_effect(Op::PrivateDefine(constructor, private, value, 0), prop.span.lo.0);
                }
                ClassMember::StaticBlock(block) => {
                    let function = self.lower_function_source(FunctionSource {
                generator: None,
                        name: "<static_initializer>".into(),
                        kind: FunctionKind::Method,
                        position: block.span.lo.0,
                        params: Vec::new(),
                        body: FunctionBodySource::Statements(&block.body.stmts),
                        self_name: None,
                        class: None,
                        text: None,
                    });
                    self.emit_at(None, Op::SetHomeObject(function, constructor), None);
                    let description = self.intern("static block");
                    self.emit(Op::Call(function, constructor, Vec::new(), description), block.span.lo.0);
                }
                _ => {}
            }
        }
        self.truncate_scopes(scope_mark);
        constructor
    }

    fn assign_hidden(&mut self, name: &str, value: Var) {
        let atom = Atom::from(name);
        if let Some(binding) = self.lookup(&atom) {
            self.store_location(binding.location, value);
        }
    }

    fn lower_method_function(&mut self, function: &Function, name: String) -> Var {
        self.lower_function(function, name, None, FunctionKind::Method)
    }

    /// Runs a static field's initialiser with `this` = the constructor and returns its value.
    fn static_initializer(&mut self, member: &ClassMember, constructor: Var, position: u32) -> Var {
        let has_value = match member {
            ClassMember::ClassProp(p) => p.value.is_some(),
            ClassMember::PrivateProp(p) => p.value.is_some(),
            _ => false,
        };
        if !has_value {
            return self.undefined();
        }
        let function = self.lower_function_source(FunctionSource {
                generator: None,
            name: "<static_initializer>".into(),
            kind: FunctionKind::Method,
            position,
            params: Vec::new(),
            body: FunctionBodySource::Fields(vec![member]),
            self_name: None,
            class: None,
            text: None,
        });
        self.emit_at(None, Op::SetHomeObject(function, constructor), None);
        let description = self.intern("static initializer");
        self.emit(Op::Call(function, constructor, Vec::new(), description), member.span().lo.0)
    }

    /// The body of a field-initialiser function: for the static case (one member) it returns
    /// the value; for the instance case it defines every member on `this`.
    pub(super) fn lower_field_members(&mut self, members: &[&ClassMember], this: Var) {
        let single_static = members.len() == 1
            && matches!(members[0], ClassMember::ClassProp(p) if p.is_static)
            || members.len() == 1 && matches!(members[0], ClassMember::PrivateProp(p) if p.is_static);
        // Private methods first, as the spec installs them before fields.
        for member in members {
            if let ClassMember::PrivateMethod(method) = member {
                let name = resolve::private_scope_name(&method.key.name);
                let private = self.read_name(&name, method.span.lo.0);
                let function = self.read_name(&resolve::private_method_name(method.span.lo.0), method.span.lo.0);
                let kind = private_method_kind(method.kind);
                self.emit_effect(Op::PrivateDefine(this, private, function, kind), method.span.lo.0);
            }
        }
        for member in members {
            let (span, value) = match member {
                ClassMember::ClassProp(p) => (p.span, p.value.as_deref()),
                ClassMember::PrivateProp(p) => (p.span, p.value.as_deref()),
                _ => continue,
            };
            // Each initialiser is its own function scope for the resolver: `this` is keyed by it.
            let scope_mark = self.state_ref().scopes.len();
            self.push_scope(&[]);
            self.bind_implicit(THIS_NAME, resolve::this_key(span.lo.0), this);
            let name_hint = match member {
                ClassMember::ClassProp(p) => match &p.key {
                    PropName::Ident(i) => Some(i.sym.to_string()),
                    PropName::Str(s) => Some(s.value.to_string_lossy().into_owned()),
                    _ => None,
                },
                ClassMember::PrivateProp(p) => Some(format!("#{}", p.key.name)),
                _ => None,
            };
            let value = match (value, name_hint) {
                (Some(expr), Some(name)) => self.lower_expr_named(expr, &name),
                (Some(expr), None) => self.lower_expr(expr),
                (None, _) => self.undefined(),
            };
            self.truncate_scopes(scope_mark);
            if single_static {
                self.terminate(Terminator::Return(value));
                return;
            }
            match member {
                ClassMember::ClassProp(p) => {
                    let key = match &p.key {
                        PropName::Computed(c) if !p.is_static => {
                            self.read_name(&resolve::computed_field_name(c.span.lo.0), span.lo.0)
                        }
                        _ => self.property_key(&p.key).0,
                    };
                    self.emit_effect(Op::DefineProperty(this, key, value), span.lo.0);
                }
                ClassMember::PrivateProp(p) => {
                    let name = resolve::private_scope_name(&p.key.name);
                    let private = self.read_name(&name, span.lo.0);
                    self.emit_effect(Op::PrivateDefine(this, private, value, 0), span.lo.0);
                }
                _ => {}
            }
        }
    }
}

fn private_method_kind(kind: MethodKind) -> u32 {
    match kind {
        MethodKind::Method => 1,
        MethodKind::Getter => 2,
        MethodKind::Setter => 3,
    }
}
