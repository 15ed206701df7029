//! The IR's well-formedness rules, checked after lowering (and after every pass, once there
//! are passes): every block is terminated, every block and local referenced exists, every
//! string and function id is in range.

use super::*;

/// Checks a module; returns a description of each broken rule.
pub fn verify(module: &Module) -> Vec<String> {
    let mut errors = Vec::new();
    for (index, function) in module.functions.iter().enumerate() {
        let id = FuncId(index as u32);
        let block_ok = |b: BlockId| b.index() < function.blocks.len();
        let var_ok = |v: Var| v.0 < function.var_count;
        for (block_index, block) in function.blocks.iter().enumerate() {
            let here = format!("{id} {}", BlockId(block_index as u32));
            match &block.terminator {
                None => errors.push(format!("{here}: not terminated")),
                Some(t) => {
                    for s in t.successors() {
                        if !block_ok(s) {
                            errors.push(format!("{here}: jumps to missing {s}"));
                        }
                    }
                }
            }
            if let Some(handler) = block.handler {
                if !block_ok(handler) {
                    errors.push(format!("{here}: missing handler {handler}"));
                }
            }
            for inst in &block.insts {
                if let Some(dst) = inst.dst {
                    if !var_ok(dst) {
                        errors.push(format!("{here}: writes missing {dst}"));
                    }
                }
                let mut uses = Vec::new();
                op_uses(&inst.op, &mut uses);
                for v in uses {
                    if !var_ok(v) {
                        errors.push(format!("{here}: reads missing {v}"));
                    }
                }
                match &inst.op {
                    Op::Closure(f, _) | Op::CallDirect(f, ..) if f.index() >= module.functions.len() => {
                        errors.push(format!("{here}: missing function {f}"))
                    }
                    _ => {}
                }
            }
        }
    }
    errors
}

/// Appends the locals an operation reads.
pub fn op_uses(op: &Op, out: &mut Vec<Var>) {
    match op {
        Op::Copy(a) | Op::Unary(_, a) | Op::SloppyThis(a) | Op::GetNamed(a, _) => out.push(*a),
        Op::Binary(_, a, b) | Op::GetComputed(a, b) | Op::Delete(a, b) | Op::SetNamed(a, _, b) | Op::DefineNamed(a, _, b) => {
            out.extend([*a, *b])
        }
        Op::SetComputed(a, b, c) | Op::DefineProperty(a, b, c) | Op::DefineAccessor(a, b, c, _) => {
            out.extend([*a, *b, *c])
        }
        Op::NewArray(elements) => out.extend(elements.iter().flatten()),
        Op::ConcatStrings(pieces) => out.extend(pieces),
        Op::GlobalSet(_, v) | Op::GlobalDefineFunction(_, v) => out.push(*v),
        Op::Closure(_, env) => out.extend(env),
        Op::Call(callee, this, args, _) => {
            out.extend([*callee, *this]);
            out.extend(args)
        }
        Op::CallDirect(_, callee, this, args) => {
            out.extend([*callee, *this]);
            out.extend(args)
        }
        Op::CallSpread(a, b, c, _) | Op::SuperConstructSpread(a, b, c) | Op::SuperGet(a, b, c) => out.extend([*a, *b, *c]),
        Op::ConstructSpread(a, b, _) | Op::SuperConstructForward(a, b) | Op::SetHomeObject(a, b) => out.extend([*a, *b]),
        Op::SuperConstruct(callee, new_target, args) => {
            out.extend([*callee, *new_target]);
            out.extend(args)
        }
        Op::HomeObject(a) => out.push(*a),
        Op::DynamicImportComputed(a, b, _) => out.extend([*a, *b]),
        Op::GeneratorDelegate(a, b, c, _) | Op::AsyncGeneratorDelegate(a, b, c, _) => out.extend([*a, *b, *c]),
        Op::SuperSet(a, b, c, d) => out.extend([*a, *b, *c, *d]),
        Op::ClassNew(a, b, _) | Op::PrivateGet(a, b) | Op::PrivateHas(a, b) | Op::ArrayAppendSpread(a, b) => out.extend([*a, *b]),
        Op::ClassDefineMethod(a, b, c, _) | Op::PrivateDefine(a, b, c, _) => out.extend([*a, *b, *c]),
        Op::PrivateSet(a, b, c) | Op::CopyDataProperties(a, b, c) => out.extend([*a, *b, *c]),
        Op::NewTarget | Op::RequireModule(_) | Op::RequireChild(..) | Op::RequireBuiltin(_) | Op::StaticGet(_) | Op::BigInt(_) | Op::ModuleNamespace(_) | Op::ImportMeta(_) | Op::DynamicImport(_) | Op::DynamicImportBuiltin(_) | Op::ResumeValue | Op::ResumeMode | Op::PrivateName(_) | Op::RegExp(..) | Op::TemplateObject(..) | Op::ThrowTypeError(_) | Op::ThrowReferenceError(_) | Op::RestArguments(_) => {}
        Op::Construct(callee, args, _) => {
            out.push(*callee);
            out.extend(args)
        }
        Op::EnvNew(parent, _, _) => out.extend(parent),
        Op::EnvCopy(v) | Op::EnvParent(v, _) | Op::EnvGet(v, _) => out.push(*v),
        Op::EnvSet(e, _, v) => out.extend([*e, *v]),
        Op::StaticSet(_, v) => out.push(*v),
        Op::SetFunctionName(a, b, _) => out.extend([*a, *b]),
        Op::CheckInitialized(v, _)
        | Op::IteratorGet(v)
        | Op::IteratorNext(v)
        | Op::IteratorClose(v)
        | Op::AsyncIteratorGet(v)
        | Op::AsyncIteratorNext(v)
        | Op::IteratorStepResult(v)
        | Op::AsyncIteratorReturn(v)
        | Op::IteratorResultCheck(v)
        | Op::ForInStart(v)
        | Op::ForInNext(v)
        | Op::MappedArguments(v, _)
        | Op::ToObject(v)
        | Op::WithHas(v, _)
        | Op::WithGet(v, _)
        | Op::IsIntrinsicEval(v) => out.push(*v),
        Op::WithSet(o, _, v) => out.extend([*o, *v]),
        Op::Const(_)
        | Op::Param(_)
        | Op::This
        | Op::Callee
        | Op::Arguments
        | Op::UnmappedArguments
        | Op::NewObject(_)
        | Op::GlobalGet(_)
        | Op::GlobalTypeOf(_)
        | Op::GlobalDeclare(..)
        | Op::FunctionEnv
        | Op::ThrowNotDefined(_)
        | Op::ThrowConstAssign
        | Op::ThrowSyntaxError(_)
        | Op::TakeException => {}
    }
}
