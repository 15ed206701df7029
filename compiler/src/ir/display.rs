//! The text form of kiln IR (`kiln build --emit ir`): `Display` for modules and functions.

use super::*;

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, units) in self.strings.iter().enumerate() {
            writeln!(f, "str{index} = {:?}", String::from_utf16_lossy(units))?;
        }
        for (index, function) in self.functions.iter().enumerate() {
            writeln!(f)?;
            write!(f, "{}: {function}", FuncId(index as u32))?;
        }
        Ok(())
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "function {:?} {:?}{}{} length={} locals={} @{}:{} {{",
            self.name,
            self.kind,
            self.generator.map_or(String::new(), |g| format!(" {g:?}")),
            if self.strict { " strict" } else { "" },
            self.length,
            self.var_count,
            self.pos.line,
            self.pos.column
        )?;
        for (index, block) in self.blocks.iter().enumerate() {
            write!(f, "{}:", BlockId(index as u32))?;
            if let Some(handler) = block.handler {
                write!(f, "  ; handler {handler}")?;
            }
            writeln!(f)?;
            for inst in &block.insts {
                write!(f, "    ")?;
                if let Some(dst) = inst.dst {
                    write!(f, "{dst} = ")?;
                }
                write_op(f, &inst.op)?;
                if let Some(pos) = inst.pos {
                    write!(f, "  @{}:{}", pos.line, pos.column)?;
                }
                writeln!(f)?;
            }
            match &block.terminator {
                Some(Terminator::Jump(b)) => writeln!(f, "    jump {b}")?,
                Some(Terminator::Branch(v, a, b)) => writeln!(f, "    branch {v}, {a}, {b}")?,
                Some(Terminator::Return(v)) => writeln!(f, "    return {v}")?,
                Some(Terminator::Throw(v, _)) => writeln!(f, "    throw {v}")?,
                Some(Terminator::Rethrow(v)) => writeln!(f, "    rethrow {v}")?,
                Some(Terminator::Suspend(v, b, kind)) => writeln!(f, "    suspend {kind:?} {v}, resume {b}")?,
                None => writeln!(f, "    <unterminated>")?,
            }
        }
        writeln!(f, "}}")
    }
}

fn list(vars: &[Var]) -> String {
    vars.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")
}

fn write_op(f: &mut fmt::Formatter<'_>, op: &Op) -> fmt::Result {
    match op {
        Op::Const(Constant::Number(n)) => write!(f, "const {n:?}"),
        Op::Const(Constant::Str(s)) => write!(f, "const {s}"),
        Op::Const(c) => write!(f, "const {c:?}"),
        Op::Copy(v) => write!(f, "copy {v}"),
        Op::Binary(op, a, b) => write!(f, "{op:?} {a}, {b}"),
        Op::Unary(op, a) => write!(f, "{op:?} {a}"),
        Op::Param(i) => write!(f, "param {i}"),
        Op::This => write!(f, "this"),
        Op::SloppyThis(v) => write!(f, "sloppy_this {v}"),
        Op::Callee => write!(f, "callee"),
        Op::Arguments => write!(f, "arguments"),
        Op::UnmappedArguments => write!(f, "unmapped_arguments"),
        Op::GetNamed(o, k) => write!(f, "get {o}.{k}"),
        Op::SetNamed(o, k, v) => write!(f, "set {o}.{k}, {v}"),
        Op::GetComputed(o, k) => write!(f, "get {o}[{k}]"),
        Op::SetComputed(o, k, v) => write!(f, "set {o}[{k}], {v}"),
        Op::Delete(o, k) => write!(f, "delete {o}[{k}]"),
        Op::NewObject(0) => write!(f, "new_object"),
        Op::NewObject(slots) => write!(f, "new_object slots={slots}"),
        Op::NewArray(elements) => {
            let items: Vec<String> = elements
                .iter()
                .map(|e| e.map_or("hole".to_string(), |v| v.to_string()))
                .collect();
            write!(f, "new_array [{}]", items.join(", "))
        }
        Op::ConcatStrings(pieces) => write!(f, "concat_strings [{}]", list(pieces)),
        Op::DefineProperty(o, k, v) => write!(f, "define {o}[{k}], {v}"),
        Op::DefineNamed(o, k, v) => write!(f, "define {o}.{k}, {v}"),
        Op::DefineAccessor(o, k, v, setter) => {
            write!(f, "define_{} {o}[{k}], {v}", if *setter { "setter" } else { "getter" })
        }
        Op::GlobalGet(s) => write!(f, "global_get {s}"),
        Op::GlobalTypeOf(s) => write!(f, "global_typeof {s}"),
        Op::GlobalSet(s, v) => write!(f, "global_set {s}, {v}"),
        Op::GlobalDeclare(s, step) => {
            let step = match step {
                GlobalDeclaration::CheckLexical => "check_lexical",
                GlobalDeclaration::CheckFunction => "check_function",
                GlobalDeclaration::CheckVar => "check_var",
                GlobalDeclaration::CreateVar => "create_var",
            };
            write!(f, "global_declare {s}, {step}")
        }
        Op::GlobalDefineFunction(s, v) => write!(f, "global_define_function {s}, {v}"),
        Op::Closure(id, env) => match env {
            Some(env) => write!(f, "closure {id}, env {env}"),
            None => write!(f, "closure {id}"),
        },
        Op::Call(callee, this, args, desc) => {
            write!(f, "call {callee}, this {this}, [{}] ; {desc}", list(args))
        }
        Op::CallDirect(id, callee, this, args) => {
            write!(f, "call_direct {id} {callee}, this {this}, [{}]", list(args))
        }
        Op::CallSpread(callee, this, array, desc) => write!(f, "call_spread {callee}, this {this}, {array} ; {desc}"),
        Op::ConstructSpread(callee, array, desc) => write!(f, "construct_spread {callee}, {array} ; {desc}"),
        Op::NewTarget => write!(f, "new_target"),
        Op::SuperConstruct(callee, nt, args) => write!(f, "super_construct {callee}, {nt}, [{}]", list(args)),
        Op::SuperConstructSpread(callee, nt, array) => write!(f, "super_construct_spread {callee}, {nt}, {array}"),
        Op::SuperConstructForward(callee, nt) => write!(f, "super_construct_forward {callee}, {nt}"),
        Op::HomeObject(v) => write!(f, "home_object {v}"),
        Op::SetHomeObject(v, home) => write!(f, "set_home_object {v}, {home}"),
        Op::SuperGet(home, key, this) => write!(f, "super_get {home}[{key}], this {this}"),
        Op::SuperSet(home, key, value, this) => write!(f, "super_set {home}[{key}], {value}, this {this}"),
        Op::ClassNew(ctor, parent, has) => write!(f, "class_new {ctor}, {parent}, {has}"),
        Op::ClassDefineMethod(t, k, v, kind) => write!(f, "class_define_method {t}[{k}], {v}, kind {kind}"),
        Op::PrivateName(s) => write!(f, "private_name {s}"),
        Op::PrivateGet(o, n) => write!(f, "private_get {o}.{n}"),
        Op::PrivateSet(o, n, v) => write!(f, "private_set {o}.{n}, {v}"),
        Op::PrivateDefine(o, n, v, kind) => write!(f, "private_define {o}.{n}, {v}, kind {kind}"),
        Op::PrivateHas(o, n) => write!(f, "private_has {o}, {n}"),
        Op::ThrowTypeError(s) => write!(f, "throw_type_error {s}"),
        Op::ThrowReferenceError(s) => write!(f, "throw_reference_error {s}"),
        Op::RequireModule(index) => write!(f, "require_module {index}"),
        Op::RequireChild(child, parent) => write!(f, "require_child {child} from {parent}"),
        Op::StaticGet(slot) => write!(f, "static_get {slot}"),
        Op::BigInt(digits) => write!(f, "bigint {digits}"),
        Op::SetFunctionName(function, key, prefix) => write!(f, "set_function_name {function}, {key}, {prefix}"),
        Op::StaticSet(slot, value) => write!(f, "static_set {slot}, {value}"),
        Op::ModuleNamespace(index) => write!(f, "module_namespace {index}"),
        Op::ImportMeta(index) => write!(f, "import_meta {index}"),
        Op::DynamicImport(index) => write!(f, "dynamic_import {index}"),
        Op::DynamicImportBuiltin(name) => write!(f, "dynamic_import_builtin {name}"),
        Op::DynamicImportComputed(specifier, options, index) => write!(f, "dynamic_import_computed {specifier} {options} from {index}"),
        Op::RequireBuiltin(name) => write!(f, "require_builtin {name}"),
        Op::ResumeValue => write!(f, "resume_value"),
        Op::ResumeMode => write!(f, "resume_mode"),
        Op::GeneratorDelegate(i, m, s, out) => write!(f, "generator_delegate {i}, mode {m}, sent {s}, out {out}"),
        Op::AsyncGeneratorDelegate(i, m, s, out) => write!(f, "async_generator_delegate {i}, mode {m}, sent {s}, out {out}"),
        Op::RegExp(pattern, flags) => write!(f, "regexp {pattern}, {flags}"),
        Op::TemplateObject(cooked, raw) => {
            let cooked: Vec<String> = cooked.iter().map(|c| c.map_or("undefined".into(), |s| s.to_string())).collect();
            let raw: Vec<String> = raw.iter().map(|s| s.to_string()).collect();
            write!(f, "template_object [{}], raw [{}]", cooked.join(", "), raw.join(", "))
        }
        Op::RestArguments(start) => write!(f, "rest_arguments {start}"),
        Op::ArrayAppendSpread(a, i) => write!(f, "array_append_spread {a}, {i}"),
        Op::CopyDataProperties(t, s, e) => write!(f, "copy_data_properties {t}, {s}, {e}"),
        Op::Construct(callee, args, desc) => write!(f, "construct {callee}, [{}] ; {desc}", list(args)),
        Op::FunctionEnv => write!(f, "function_env"),
        Op::EnvNew(parent, slots, tdz) => {
            let parent = parent.map_or("null".to_string(), |v| v.to_string());
            write!(f, "env_new {parent}, {slots}{}", if *tdz { ", uninitialized" } else { "" })
        }
        Op::EnvCopy(v) => write!(f, "env_copy {v}"),
        Op::EnvParent(v, hops) => write!(f, "env_parent {v}, {hops}"),
        Op::EnvGet(v, slot) => write!(f, "env_get {v}[{slot}]"),
        Op::EnvSet(v, slot, value) => write!(f, "env_set {v}[{slot}], {value}"),
        Op::CheckInitialized(v, name) => write!(f, "check_initialized {v}, {name}"),
        Op::ThrowNotDefined(name) => write!(f, "throw_not_defined {name}"),
        Op::ThrowConstAssign => write!(f, "throw_const_assign"),
        Op::TakeException => write!(f, "take_exception"),
        Op::IteratorGet(v) => write!(f, "iterator_get {v}"),
        Op::IteratorNext(v) => write!(f, "iterator_next {v}"),
        Op::IteratorClose(v) => write!(f, "iterator_close {v}"),
        Op::AsyncIteratorGet(v) => write!(f, "async_iterator_get {v}"),
        Op::AsyncIteratorNext(v) => write!(f, "async_iterator_next {v}"),
        Op::IteratorStepResult(v) => write!(f, "iterator_step_result {v}"),
        Op::AsyncIteratorReturn(v) => write!(f, "async_iterator_return {v}"),
        Op::IteratorResultCheck(v) => write!(f, "iterator_result_check {v}"),
        Op::ForInStart(v) => write!(f, "for_in_start {v}"),
        Op::ForInNext(v) => write!(f, "for_in_next {v}"),
        Op::MappedArguments(env, count) => write!(f, "mapped_arguments {env}, {count}"),
        Op::ToObject(v) => write!(f, "to_object {v}"),
        Op::WithHas(o, name) => write!(f, "with_has {o}, {name}"),
        Op::WithGet(o, name) => write!(f, "with_get {o}, {name}"),
        Op::WithSet(o, name, v) => write!(f, "with_set {o}, {name}, {v}"),
        Op::ThrowSyntaxError(message) => write!(f, "throw_syntax_error {message}"),
        Op::IsIntrinsicEval(v) => write!(f, "is_intrinsic_eval {v}"),
    }
}
