//! The runtime entry points as Cranelift imports, generated from `kiln_abi::for_each_runtime_fn!`
//! so the compiler and the runtime agree on every signature.

use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_module::{Linkage, Module, ModuleResult};
use kiln_abi::AbiType;

fn abi_param(ty: AbiType) -> Option<AbiParam> {
    let clif = match ty {
        AbiType::Value | AbiType::Ctx | AbiType::Ptr | AbiType::U64 => types::I64,
        AbiType::U32 => types::I32,
        AbiType::F64 => types::F64,
        AbiType::Bool => types::I8,
        AbiType::Void => return None,
    };
    Some(AbiParam::new(clif))
}

/// The Cranelift signature of an entry point.
pub fn signature(call_conv: CallConv, params: &[AbiType], result: AbiType) -> Signature {
    let mut signature = Signature::new(call_conv);
    signature.params.extend(params.iter().filter_map(|&p| abi_param(p)));
    signature.returns.extend(abi_param(result));
    signature
}

fn declare_one(
    module: &mut dyn Module,
    name: &str,
    params: &[AbiType],
    result: AbiType,
) -> ModuleResult<cranelift_module::FuncId> {
    let call_conv = module.isa().default_call_conv();
    module.declare_function(name, Linkage::Import, &signature(call_conv, params, result))
}

macro_rules! declare_runtime {
    ($( $(#[$doc:meta])* $name:ident ( $($arg:ident : $ty:ident),* ) -> $ret:ident ; )*) => {
        /// Every runtime entry point, declared as an import of the object being built.
        #[allow(non_snake_case, missing_docs, dead_code)]
        pub struct RuntimeFns {
            $( pub $name: cranelift_module::FuncId, )*
        }

        impl RuntimeFns {
            /// Declares every entry point in `module`.
            pub fn declare(module: &mut dyn Module) -> ModuleResult<Self> {
                Ok(RuntimeFns {
                    $( $name: declare_one(module, stringify!($name), &[$(AbiType::$ty),*], AbiType::$ret)?, )*
                })
            }
        }
    };
}

kiln_abi::for_each_runtime_fn!(declare_runtime);
