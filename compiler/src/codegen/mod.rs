//! Code generation: kiln IR to Cranelift IR to an object file (cranelift-object).
//!
//! Every JS function becomes a native function with the uniform signature
//! `(ctx, callee, this, argc, argv) -> Value`. Number arithmetic and comparisons are inlined;
//! everything else calls the runtime through the imports of [`runtime_calls`]. The object also
//! defines `kiln_program_entry` (interns string constants, runs the entry module) and
//! `kiln_program_info` (function table and call-site positions for stack traces).

mod function;
mod runtime_calls;
mod source_text;
mod kinds;
mod parallel;

use crate::ir::{self, FuncId};
use cranelift_codegen::ir::{types, AbiParam, Signature, UserFuncName};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use runtime_calls::RuntimeFns;

/// What the code generator produced.
pub struct Output {
    /// The object file.
    pub object: Vec<u8>,
    /// The Cranelift IR text of every function, when asked for.
    pub clif: Option<String>,
}

/// Options of code generation.
#[derive(Default)]
pub struct Options {
    /// Keep the Cranelift IR text for `--emit clif`.
    pub keep_clif: bool,
}

/// Per-function facts the data tables need after the code is defined.
struct DefinedFunction {
    id: cranelift_module::FuncId,
    code_size: u32,
    /// `(return-address offset, line, column)`, sorted by offset.
    positions: Vec<(u32, u32, u32)>,
    /// `kiln_abi::FunctionInfo::call_record`.
    call_record: u32,
}

/// Shared state while generating one object.
pub(crate) struct Globals {
    pub runtime: RuntimeFns,
    pub functions: Vec<cranelift_module::FuncId>,
    pub string_values: DataId,
    /// Read inline caches (`kiln_abi::get_cache_offset`), one per `object.name` site.
    pub get_caches: DataId,
    /// How many read caches the functions emitted so far use.
    pub get_cache_count: u32,
    /// Write inline caches (`kiln_abi::set_cache_offset`), one per `object.name = v` site.
    pub set_caches: DataId,
    /// How many write caches the functions emitted so far use.
    pub set_cache_count: u32,
    /// One 8-byte cell per tagged template site (its template object, once made).
    pub template_caches: DataId,
    /// `kiln_statics`: the static slots of ES module bindings.
    pub statics: DataId,
    /// How many template sites the functions emitted so far use.
    pub template_cache_count: u32,
    /// One 8-byte cell per call site specialised for an intrinsic (`Math.sqrt(x)`,
    /// `a.push(x)`): the intrinsic function, once the site has called it
    /// (`kiln_call_intrinsic_js`).
    pub call_caches: DataId,
    /// How many call caches the functions emitted so far use.
    pub call_cache_count: u32,
    /// String constants: the IR module's, then names added by codegen.
    pub strings: Vec<Vec<u16>>,
}

impl Globals {
    /// The id of a string constant, interning it if needed.
    pub fn intern(&mut self, text: &str) -> u32 {
        let units: Vec<u16> = text.encode_utf16().collect();
        if let Some(index) = self.strings.iter().position(|s| *s == units) {
            return index as u32;
        }
        self.strings.push(units);
        self.strings.len() as u32 - 1
    }
}

fn internal(error: impl std::fmt::Display) -> String {
    format!("internal compiler error in codegen: {error}")
}

/// Compiles the module to an object file for the host.
pub fn compile(module: &ir::Module, options: &Options) -> Result<Output, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(internal)?;
    flags.set("is_pic", "true").map_err(internal)?;
    flags.set("preserve_frame_pointers", "true").map_err(internal)?;
    // Cranelift's IR verifier costs about 6% of a build; it runs in debug builds of kiln and
    // when KILN_VERIFY_CLIF is set (the conformance tests set it).
    let verify = cfg!(debug_assertions) || std::env::var_os("KILN_VERIFY_CLIF").is_some();
    flags.set("enable_verifier", if verify { "true" } else { "false" }).map_err(internal)?;
    // Huge functions (a module's top level with thousands of statements, run once) go through
    // Cranelift's single-pass register allocator: the backtracking one is superlinear there
    // and took most of a 10,000-line program's build.
    let mut fast_flags = flags.clone();
    fast_flags.set("regalloc_algorithm", "single_pass").map_err(internal)?;
    let fast_isa = cranelift_native::builder()
        .map_err(internal)?
        .finish(settings::Flags::new(fast_flags))
        .map_err(internal)?;
    let isa = cranelift_native::builder()
        .map_err(internal)?
        .finish(settings::Flags::new(flags))
        .map_err(internal)?;
    let mut pool = parallel::Pool::new(isa.clone(), fast_isa);
    let builder = ObjectBuilder::new(isa, "kiln_program", cranelift_module::default_libcall_names())
        .map_err(internal)?;
    let mut object = ObjectModule::new(builder);
    let call_conv = object.isa().default_call_conv();

    let runtime = RuntimeFns::declare(&mut object).map_err(internal)?;
    let js_signature = js_function_signature(call_conv);
    let mut functions = Vec::new();
    for (index, function) in module.functions.iter().enumerate() {
        let name = format!("kiln_js_{index}_{}", sanitize(&function.name));
        functions.push(object.declare_function(&name, Linkage::Local, &js_signature).map_err(internal)?);
    }
    let string_values = object
        .declare_data("kiln_string_values", Linkage::Local, true, false)
        .map_err(internal)?;
    let get_caches = object.declare_data("kiln_get_caches", Linkage::Local, true, false).map_err(internal)?;
    let set_caches = object.declare_data("kiln_set_caches", Linkage::Local, true, false).map_err(internal)?;
    let template_caches = object.declare_data("kiln_template_caches", Linkage::Local, true, false).map_err(internal)?;
    let statics = object.declare_data("kiln_statics", Linkage::Local, true, false).map_err(internal)?;
    let call_caches = object.declare_data("kiln_call_caches", Linkage::Local, true, false).map_err(internal)?;
    let mut globals = Globals {
        call_caches,
        call_cache_count: 0,
        template_caches,
        template_cache_count: 0,
        statics,
        runtime,
        functions,
        string_values,
        get_caches,
        get_cache_count: 0,
        set_caches,
        set_cache_count: 0,
        strings: module.strings.clone(),
    };

    let mut clif_text = options.keep_clif.then(String::new);
    let mut context = Context::new();
    let mut builder_context = FunctionBuilderContext::new();
    // Per submitted function: the positions of its call sites, when it goes in the tables.
    let mut submitted: Vec<Option<(cranelift_module::FuncId, Vec<ir::Pos>)>> = Vec::new();
    for (index, function) in module.functions.iter().enumerate() {
        // A generator or async function is a starter with the JS signature, which saves the
        // call in a frame, plus a resume function holding the body as a state machine.
        let (id, shape) = match function.generator {
            None => (globals.functions[index], function::Shape::Plain),
            Some(kind) => {
                let resume_name = format!("kiln_js_{index}_{}_resume", sanitize(&function.name));
                let resume_id = object.declare_function(&resume_name, Linkage::Local, &resume_signature(call_conv)).map_err(internal)?;
                context.func.signature = js_signature.clone();
                context.func.name = UserFuncName::user(2, index as u32);
                build_starter(&mut object, &globals, &mut context, &mut builder_context, resume_id, function.var_count, kind)?;
                if let Some(text) = clif_text.as_mut() {
                    text.push_str(&format!("; {} {:?} starter\n{}\n", FuncId(index as u32), function.name, context.func.display()));
                }
                pool.submit(globals.functions[index], std::mem::replace(&mut context.func, cranelift_codegen::ir::Function::new()), None)?;
                submitted.push(None);
                context.clear();
                (resume_id, function::Shape::Resume)
            }
        };
        context.func.signature = match shape {
            function::Shape::Plain => js_signature.clone(),
            function::Shape::Resume => resume_signature(call_conv),
        };
        context.func.name = UserFuncName::user(0, index as u32);
        let (positions, call_record) =
            function::build(&mut object, &mut globals, &mut context.func, &mut builder_context, module, function, shape)?;
        if let Some(text) = clif_text.as_mut() {
            text.push_str(&format!("; {} {:?}\n{}\n", FuncId(index as u32), function.name, context.func.display()));
        }
        pool.submit(id, std::mem::replace(&mut context.func, cranelift_codegen::ir::Function::new()), Some(call_record))?;
        submitted.push(Some((id, positions)));
        context.clear();
    }
    let mut defined = Vec::new();
    for (compiled, record) in pool.finish(&mut object)?.into_iter().zip(submitted) {
        let Some((id, positions)) = record else { continue };
        let mut sites = Vec::new();
        for &(end, bits) in &compiled.srclocs {
            if let Some(pos) = positions.get(bits as usize) {
                sites.push((end, pos.line, pos.column));
            }
        }
        sites.sort();
        sites.dedup_by_key(|s| s.0);
        // A lookup takes the first entry at or after the return address, so of consecutive
        // entries with one position only the last is needed.
        let mut compact: Vec<(u32, u32, u32)> = Vec::with_capacity(sites.len());
        for site in sites.into_iter().rev() {
            if compact.last().is_none_or(|next| (next.1, next.2) != (site.1, site.2)) {
                compact.push(site);
            }
        }
        compact.reverse();
        defined.push(DefinedFunction { id, code_size: compiled.code_size, positions: compact, call_record: compiled.call_record });
    }

    if module.modules.is_empty() {
        return Err(internal("no entry module"));
    }
    define_entry(&mut object, &mut globals, &mut context, &mut builder_context, module.preloads.clone())?;
    define_strings(&mut object, &globals)?;
    for (id, size) in [
        (globals.get_caches, globals.get_cache_count * kiln_abi::get_cache_offset::SIZE),
        (globals.set_caches, globals.set_cache_count * kiln_abi::set_cache_offset::SIZE),
        (globals.template_caches, globals.template_cache_count * 8),
        (globals.call_caches, globals.call_cache_count * 8),
        (globals.statics, module.static_count * 8),
    ] {
        let mut description = DataDescription::new();
        description.define_zeroinit(size.max(8) as usize);
        description.set_align(8);
        object.define_data(id, &description).map_err(internal)?;
    }
    define_program_info(&mut object, module, &defined, &globals.functions, globals.statics)?;
    let product = object.finish();
    let bytes = product.emit().map_err(internal)?;
    Ok(Output { object: bytes, clif: clif_text })
}

/// `(ctx, callee, this, argc, argv) -> Value`.
pub(crate) fn js_function_signature(call_conv: cranelift_codegen::isa::CallConv) -> Signature {
    let mut signature = Signature::new(call_conv);
    for _ in 0..5 {
        signature.params.push(AbiParam::new(types::I64));
    }
    signature.returns.push(AbiParam::new(types::I64));
    signature
}

/// `(ctx, frame, sent, mode: u32) -> Value`: see `kiln_abi::ResumeFunctionPtr`.
fn resume_signature(call_conv: cranelift_codegen::isa::CallConv) -> Signature {
    let mut signature = Signature::new(call_conv);
    for _ in 0..3 {
        signature.params.push(AbiParam::new(types::I64));
    }
    signature.params.push(AbiParam::new(types::I32));
    signature.returns.push(AbiParam::new(types::I64));
    signature
}

/// The JS-signature entry of a resumable function: hands the call to
/// `kiln_generator_new_js` with the resume function and the frame size.
fn build_starter(
    object: &mut ObjectModule,
    globals: &Globals,
    context: &mut Context,
    builder_context: &mut FunctionBuilderContext,
    resume: cranelift_module::FuncId,
    slots: u32,
    kind: ir::GeneratorKind,
) -> Result<(), String> {
    use cranelift_codegen::ir::InstBuilder;
    let mut builder = cranelift_frontend::FunctionBuilder::new(&mut context.func, builder_context);
    let block = builder.create_block();
    builder.append_block_params_for_function_params(block);
    builder.switch_to_block(block);
    let params = builder.block_params(block).to_vec();
    let new = object.declare_func_in_func(globals.runtime.kiln_generator_new_js, builder.func);
    let resume_ref = object.declare_func_in_func(resume, builder.func);
    let resume_address = builder.ins().func_addr(types::I64, resume_ref);
    let argc = builder.ins().ireduce(types::I32, params[3]);
    let slots = builder.ins().iconst(types::I32, slots as i64);
    let kind = builder.ins().iconst(types::I32, kind.abi_kind() as i64);
    let call = builder.ins().call(new, &[params[0], params[1], params[2], argc, params[4], resume_address, slots, kind]);
    let result = builder.inst_results(call)[0];
    builder.ins().return_(&[result]);
    builder.seal_all_blocks();
    builder.finalize(object.target_config());
    Ok(())
}

fn sanitize(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

/// `kiln_program_entry(ctx) -> Value`: interns the string constants, then runs the entry
/// module function.
fn define_entry(
    object: &mut ObjectModule,
    globals: &mut Globals,
    context: &mut Context,
    builder_context: &mut FunctionBuilderContext,
    preloads: Vec<u32>,
) -> Result<(), String> {
    use cranelift_codegen::ir::InstBuilder;
    let call_conv = object.isa().default_call_conv();
    let mut signature = Signature::new(call_conv);
    signature.params.push(AbiParam::new(types::I64));
    signature.returns.push(AbiParam::new(types::I64));
    let id = object
        .declare_function(kiln_abi::program_symbols::ENTRY, Linkage::Export, &signature)
        .map_err(internal)?;
    let table = object.declare_data("kiln_string_table", Linkage::Local, false, false).map_err(internal)?;
    context.func.signature = signature;
    context.func.name = UserFuncName::user(1, 0);
    {
        let mut builder = cranelift_frontend::FunctionBuilder::new(&mut context.func, builder_context);
        let block = builder.create_block();
        builder.append_block_params_for_function_params(block);
        builder.switch_to_block(block);
        let ctx = builder.block_params(block)[0];
        let init = object.declare_func_in_func(globals.runtime.kiln_module_init_strings, builder.func);
        let table_gv = object.declare_data_in_func(table, builder.func);
        let values_gv = object.declare_data_in_func(globals.string_values, builder.func);
        let table_address = builder.ins().symbol_value(types::I64, table_gv);
        let values_address = builder.ins().symbol_value(types::I64, values_gv);
        let count = builder.ins().iconst(types::I32, globals.strings.len() as i64);
        builder.ins().call(init, &[ctx, table_address, count, values_address]);
        // Core modules that install globals the program names (e.g. `Buffer`) run first; then
        // the entry module (module 0) runs through the module loader, like every other module.
        let require = object.declare_func_in_func(globals.runtime.kiln_module_require_js, builder.func);
        for &preload in &preloads {
            let index = builder.ins().iconst(types::I32, preload as i64);
            let call = builder.ins().call(require, &[ctx, index]);
            let result = builder.inst_results(call)[0];
            let failed = builder.ins().icmp_imm_u(cranelift_codegen::ir::condcodes::IntCC::Equal, result, kiln_abi::EXCEPTION as i64);
            let fail_block = builder.create_block();
            let next_block = builder.create_block();
            builder.ins().brif(failed, fail_block, &[], next_block, &[]);
            builder.switch_to_block(fail_block);
            builder.ins().return_(&[result]);
            builder.switch_to_block(next_block);
        }
        let zero = builder.ins().iconst(types::I32, 0);
        let call = builder.ins().call(require, &[ctx, zero]);
        let result = builder.inst_results(call)[0];
        builder.ins().return_(&[result]);
        builder.seal_all_blocks();
        builder.finalize(object.target_config());
    }
    object.define_function(id, context).map_err(|e| internal(format!("{e:?}")))?;
    context.clear();
    Ok(())
}

/// `kiln_abi::ModuleInfo` entries (88 bytes each) with their strings and specifier tables.
fn define_module_table(object: &mut ObjectModule, module: &ir::Module, functions: &[cranelift_module::FuncId]) -> Result<DataId, String> {
    // One blob of NUL-terminated texts: file names, JSON texts, specifiers.
    let mut blob = Vec::new();
    let mut add_text = |text: &str| {
        let offset = blob.len();
        blob.extend(text.as_bytes());
        blob.push(0);
        offset
    };
    struct Entry {
        filename: usize,
        json: Option<usize>,
        specifiers: Vec<(usize, i64)>,
    }
    let mut entries = Vec::new();
    for entry in &module.modules {
        let filename = add_text(&module.files[entry.file.index()]);
        let json = entry.json.as_deref().map(&mut add_text);
        // Module index, -1 for a core module, -2 for a path `exports` hides (the specifier
        // text is then followed by NUL and node's message).
        let specifiers = entry
            .specifiers
            .iter()
            .map(|(text, target)| match target {
                ir::SpecifierTarget::Module(index) => (add_text(text), *index as i64),
                ir::SpecifierTarget::Builtin => (add_text(text), -1),
                ir::SpecifierTarget::Failed { code, message } => {
                    // The runtime reads "CODE\nmessage" after the specifier's NUL.
                    let offset = add_text(text);
                    add_text(&format!("{code}\n{message}"));
                    (offset, -2)
                }
                ir::SpecifierTarget::ResolvedPath(path) => {
                    let offset = add_text(text);
                    add_text(path);
                    (offset, -3)
                }
            })
            .collect();
        entries.push(Entry { filename, json, specifiers });
    }
    let blob_id = object.declare_data("kiln_module_texts", Linkage::Local, false, false).map_err(internal)?;
    // Specifier tables: (text pointer, module index) pairs, all modules in one array.
    let specifiers_id = object.declare_data("kiln_module_specifiers", Linkage::Local, false, false).map_err(internal)?;
    let total: usize = entries.iter().map(|e| e.specifiers.len()).sum();
    let mut description = DataDescription::new();
    let mut bytes = vec![0u8; total.max(1) * 16];
    let mut position = 0;
    let mut specifier_starts = Vec::new();
    for entry in &entries {
        specifier_starts.push(position);
        for (_, target) in &entry.specifiers {
            bytes[position * 16 + 8..position * 16 + 16].copy_from_slice(&target.to_le_bytes());
            position += 1;
        }
    }
    description.define(bytes.into_boxed_slice());
    let blob_gv = object.declare_data_in_data(blob_id, &mut description);
    let mut position = 0;
    for entry in &entries {
        for (text, _) in &entry.specifiers {
            description.write_data_addr((position * 16) as u32, blob_gv, *text as i64);
            position += 1;
        }
    }
    description.set_align(8);
    object.define_data(specifiers_id, &description).map_err(internal)?;

    // ES module dependency lists (u32 each) and export tables (ExportInfo, 24 bytes each).
    let dependencies_id = object.declare_data("kiln_module_dependencies", Linkage::Local, false, false).map_err(internal)?;
    let mut dependency_starts = Vec::new();
    let mut dependency_bytes = Vec::new();
    for entry in &module.modules {
        dependency_starts.push(dependency_bytes.len());
        for dependency in entry.esm.iter().flat_map(|e| e.dependencies.iter()) {
            dependency_bytes.extend(dependency.to_le_bytes());
        }
    }
    dependency_bytes.extend([0u8; 4]);
    let mut description = DataDescription::new();
    description.define(dependency_bytes.into_boxed_slice());
    description.set_align(4);
    object.define_data(dependencies_id, &description).map_err(internal)?;

    let exports_id = object.declare_data("kiln_module_exports", Linkage::Local, false, false).map_err(internal)?;
    let mut export_starts = Vec::new();
    let mut export_rows = Vec::new();
    for (index, entry) in module.modules.iter().enumerate() {
        export_starts.push(export_rows.len());
        for (name, target) in entry.esm.iter().flat_map(|e| e.exports.iter()) {
            export_rows.push((name.clone(), target.clone()));
        }
        for name in entry.cjs_exports.iter().flatten() {
            export_rows.push((name.clone(), ir::ExportTarget::CjsProperty(index as u32, name.clone())));
        }
    }
    let export_texts: Vec<(usize, Option<usize>)> = export_rows
        .iter()
        .map(|(name, target)| {
            let property = match target {
                ir::ExportTarget::CjsProperty(_, property) => Some(add_text(property)),
                _ => None,
            };
            (add_text(name), property)
        })
        .collect();
    let mut description = DataDescription::new();
    description.define(blob.into_boxed_slice());
    object.define_data(blob_id, &description).map_err(internal)?;
    let mut description = DataDescription::new();
    let mut bytes = vec![0u8; export_rows.len().max(1) * 24];
    for (row, (_, target)) in export_rows.iter().enumerate() {
        let (kind, index) = match target {
            ir::ExportTarget::Static(slot) => (kiln_abi::export_kind::STATIC, *slot),
            ir::ExportTarget::CjsProperty(module, _) => (kiln_abi::export_kind::CJS_PROPERTY, *module),
            ir::ExportTarget::Namespace(module) => (kiln_abi::export_kind::NAMESPACE, *module),
        };
        bytes[row * 24 + 8..row * 24 + 12].copy_from_slice(&kind.to_le_bytes());
        bytes[row * 24 + 12..row * 24 + 16].copy_from_slice(&index.to_le_bytes());
    }
    description.define(bytes.into_boxed_slice());
    let blob_gv = object.declare_data_in_data(blob_id, &mut description);
    for (row, (name, property)) in export_texts.iter().enumerate() {
        description.write_data_addr((row * 24) as u32, blob_gv, *name as i64);
        if let Some(property) = property {
            description.write_data_addr((row * 24 + 16) as u32, blob_gv, *property as i64);
        }
    }
    description.set_align(8);
    object.define_data(exports_id, &description).map_err(internal)?;

    const ENTRY: usize = 88;
    let modules_id = object.declare_data("kiln_module_table", Linkage::Local, false, false).map_err(internal)?;
    let mut description = DataDescription::new();
    let mut bytes = vec![0u8; entries.len().max(1) * ENTRY];
    for (index, entry) in entries.iter().enumerate() {
        let base = index * ENTRY;
        bytes[base + 24..base + 32].copy_from_slice(&(entry.specifiers.len() as u64).to_le_bytes());
        if let Some(esm) = &module.modules[index].esm {
            bytes[base + 48..base + 56].copy_from_slice(&(esm.dependencies.len() as u64).to_le_bytes());
            bytes[base + 64..base + 72].copy_from_slice(&(esm.exports.len() as u64).to_le_bytes());
            bytes[base + 80..base + 88].copy_from_slice(&(esm.is_async as u64).to_le_bytes());
        }
        let cjs_exports = module.modules[index].cjs_exports.as_ref().map_or(0, Vec::len);
        if cjs_exports > 0 {
            bytes[base + 64..base + 72].copy_from_slice(&(cjs_exports as u64).to_le_bytes());
        }
    }
    description.define(bytes.into_boxed_slice());
    let blob_gv = object.declare_data_in_data(blob_id, &mut description);
    let specifiers_gv = object.declare_data_in_data(specifiers_id, &mut description);
    let dependencies_gv = object.declare_data_in_data(dependencies_id, &mut description);
    let exports_gv = object.declare_data_in_data(exports_id, &mut description);
    for (index, entry) in module.modules.iter().enumerate() {
        let base = (index * ENTRY) as u32;
        if entry.cjs_exports.as_ref().is_some_and(|names| !names.is_empty()) {
            description.write_data_addr(base + 72, exports_gv, (export_starts[index] * 24) as i64);
        }
        let Some(esm) = &entry.esm else { continue };
        if let Some(init) = esm.init {
            let code = object.declare_func_in_data(functions[init.index()], &mut description);
            description.write_function_addr(base + 40, code);
        }
        description.write_data_addr(base + 56, dependencies_gv, dependency_starts[index] as i64);
        description.write_data_addr(base + 72, exports_gv, (export_starts[index] * 24) as i64);
    }
    for (index, entry) in entries.iter().enumerate() {
        let base = (index * ENTRY) as u32;
        if let Some(function) = module.modules[index].function {
            let code = object.declare_func_in_data(functions[function.index()], &mut description);
            description.write_function_addr(base, code);
        }
        description.write_data_addr(base + 8, blob_gv, entry.filename as i64);
        if let Some(json) = entry.json {
            description.write_data_addr(base + 16, blob_gv, json as i64);
        }
        description.write_data_addr(base + 32, specifiers_gv, (specifier_starts[index] * 16) as i64);
    }
    description.set_align(8);
    object.define_data(modules_id, &description).map_err(internal)?;
    Ok(modules_id)
}

/// Encodes UTF-16 as WTF-8 (UTF-8 that may also encode lone surrogates).
fn wtf8(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len());
    for item in char::decode_utf16(units.iter().copied()) {
        let code = match item {
            Ok(c) => c as u32,
            Err(e) => e.unpaired_surrogate() as u32,
        };
        match code {
            0..=0x7F => out.push(code as u8),
            0x80..=0x7FF => out.extend([0xC0 | (code >> 6) as u8, 0x80 | (code & 0x3F) as u8]),
            0x800..=0xFFFF => out.extend([
                0xE0 | (code >> 12) as u8,
                0x80 | ((code >> 6) & 0x3F) as u8,
                0x80 | (code & 0x3F) as u8,
            ]),
            _ => out.extend([
                0xF0 | (code >> 18) as u8,
                0x80 | ((code >> 12) & 0x3F) as u8,
                0x80 | ((code >> 6) & 0x3F) as u8,
                0x80 | (code & 0x3F) as u8,
            ]),
        }
    }
    out
}

/// The string constants: a blob of WTF-8 text, a table of `(pointer, length)` pairs into it,
/// and the writable array of values the runtime fills at start-up.
fn define_strings(object: &mut ObjectModule, globals: &Globals) -> Result<(), String> {
    let blob_id = object.declare_data("kiln_string_blob", Linkage::Local, false, false).map_err(internal)?;
    let table_id = object.declare_data("kiln_string_table", Linkage::Local, false, false).map_err(internal)?;
    let mut blob = Vec::new();
    let mut ranges = Vec::new();
    for units in &globals.strings {
        let bytes = wtf8(units);
        ranges.push((blob.len(), bytes.len()));
        blob.extend(bytes);
    }
    blob.push(0);
    let mut description = DataDescription::new();
    description.define(blob.into_boxed_slice());
    object.define_data(blob_id, &description).map_err(internal)?;

    let mut description = DataDescription::new();
    let mut table = vec![0u8; ranges.len().max(1) * 16];
    for (index, (_, length)) in ranges.iter().enumerate() {
        table[index * 16 + 8..index * 16 + 16].copy_from_slice(&(*length as u64).to_le_bytes());
    }
    description.define(table.into_boxed_slice());
    let blob_gv = object.declare_data_in_data(blob_id, &mut description);
    for (index, (offset, _)) in ranges.iter().enumerate() {
        description.write_data_addr((index * 16) as u32, blob_gv, *offset as i64);
    }
    description.set_align(8);
    object.define_data(table_id, &description).map_err(internal)?;

    let mut description = DataDescription::new();
    description.define_zeroinit(globals.strings.len().max(1) * 8);
    description.set_align(8);
    object.define_data(globals.string_values, &description).map_err(internal)?;
    Ok(())
}

/// `kiln_program_info`: see `kiln_abi::ProgramInfo` for the layout.
fn define_program_info(
    object: &mut ObjectModule,
    module: &ir::Module,
    defined: &[DefinedFunction],
    functions: &[cranelift_module::FuncId],
    statics: DataId,
) -> Result<(), String> {
    // NUL-terminated names and file paths, and the position triples, in one blob each.
    let mut names = Vec::new();
    let mut name_offsets = Vec::new();
    for function in &module.functions {
        name_offsets.push(names.len());
        names.extend(function.inferred_name.as_deref().unwrap_or(&function.name).as_bytes());
        names.push(0);
    }
    let mut file_offsets = Vec::new();
    for file in &module.files {
        file_offsets.push(names.len());
        names.extend(file.as_bytes());
        names.push(0);
    }
    let names_id = object.declare_data("kiln_info_names", Linkage::Local, false, false).map_err(internal)?;
    let mut description = DataDescription::new();
    description.define(names.into_boxed_slice());
    object.define_data(names_id, &description).map_err(internal)?;

    let mut positions = Vec::new();
    let mut position_offsets = Vec::new();
    for function in defined {
        position_offsets.push(positions.len());
        let mut previous = (0, 0);
        for &(offset, line, column) in &function.positions {
            kiln_abi::encode_position(&mut positions, previous, (offset, line, column));
            previous = (offset, line);
        }
    }
    let positions_id = object.declare_data("kiln_info_positions", Linkage::Local, false, false).map_err(internal)?;
    let mut description = DataDescription::new();
    positions.push(0);
    description.define(positions.into_boxed_slice());
    object.define_data(positions_id, &description).map_err(internal)?;

    // FunctionInfo: code, code_size, name, file: u32, position_count: u32, positions,
    // call_record: u32, flags: u32.
    const ENTRY: usize = 48;
    let functions_id = object.declare_data("kiln_info_functions", Linkage::Local, false, false).map_err(internal)?;
    let mut description = DataDescription::new();
    let mut bytes = vec![0u8; defined.len().max(1) * ENTRY];
    for (index, function) in defined.iter().enumerate() {
        let base = index * ENTRY;
        bytes[base + 8..base + 16].copy_from_slice(&(function.code_size as u64).to_le_bytes());
        let file = module.functions[index].file.0;
        bytes[base + 24..base + 28].copy_from_slice(&file.to_le_bytes());
        bytes[base + 28..base + 32].copy_from_slice(&(function.positions.len() as u32).to_le_bytes());
        bytes[base + 40..base + 44].copy_from_slice(&function.call_record.to_le_bytes());
        let flags = match module.functions[index].inferred_name {
            Some(_) => kiln_abi::function_flags::INFERRED_NAME,
            None => 0,
        };
        bytes[base + 44..base + 48].copy_from_slice(&flags.to_le_bytes());
    }
    description.define(bytes.into_boxed_slice());
    let names_gv = object.declare_data_in_data(names_id, &mut description);
    let positions_gv = object.declare_data_in_data(positions_id, &mut description);
    for (index, function) in defined.iter().enumerate() {
        let base = (index * ENTRY) as u32;
        let code = object.declare_func_in_data(function.id, &mut description);
        description.write_function_addr(base, code);
        description.write_data_addr(base + 16, names_gv, name_offsets[index] as i64);
        description.write_data_addr(base + 32, positions_gv, position_offsets[index] as i64);
    }
    description.set_align(8);
    object.define_data(functions_id, &description).map_err(internal)?;

    let files_id = object.declare_data("kiln_info_files", Linkage::Local, false, false).map_err(internal)?;
    let mut description = DataDescription::new();
    description.define(vec![0u8; module.files.len().max(1) * 8].into_boxed_slice());
    let names_gv = object.declare_data_in_data(names_id, &mut description);
    for (index, offset) in file_offsets.iter().enumerate() {
        description.write_data_addr((index * 8) as u32, names_gv, *offset as i64);
    }
    description.set_align(8);
    object.define_data(files_id, &description).map_err(internal)?;

    let modules_id = define_module_table(object, module, functions)?;
    let (natives_id, native_count) = define_native_table(object, module)?;
    let info_id = object
        .declare_data(kiln_abi::program_symbols::INFO, Linkage::Export, false, false)
        .map_err(internal)?;
    let mut description = DataDescription::new();
    let mut bytes = vec![0u8; std::mem::size_of::<kiln_abi::ProgramInfo>()];
    bytes[0..8].copy_from_slice(&(defined.len() as u64).to_le_bytes());
    bytes[16..24].copy_from_slice(&(module.files.len() as u64).to_le_bytes());
    bytes[32..40].copy_from_slice(&(module.modules.len() as u64).to_le_bytes());
    bytes[56..64].copy_from_slice(&(module.static_count as u64).to_le_bytes());
    bytes[64..72].copy_from_slice(&(native_count as u64).to_le_bytes());
    // The lines an uncaught exception may point at: those of every position-table entry.
    let mut lines: std::collections::BTreeMap<ir::FileId, std::collections::BTreeSet<u32>> = std::collections::BTreeMap::new();
    for (index, function) in defined.iter().enumerate() {
        let file = lines.entry(module.functions[index].file).or_default();
        file.extend(function.positions.iter().map(|&(_, line, _)| line));
    }
    source_text::write_program_fields(object, module, &lines, &mut description, &mut bytes, 80)?;
    description.define(bytes.into_boxed_slice());
    let functions_gv = object.declare_data_in_data(functions_id, &mut description);
    let files_gv = object.declare_data_in_data(files_id, &mut description);
    let modules_gv = object.declare_data_in_data(modules_id, &mut description);
    let statics_gv = object.declare_data_in_data(statics, &mut description);
    description.write_data_addr(8, functions_gv, 0);
    description.write_data_addr(24, files_gv, 0);
    description.write_data_addr(40, modules_gv, 0);
    description.write_data_addr(48, statics_gv, 0);
    let natives_gv = object.declare_data_in_data(natives_id, &mut description);
    description.write_data_addr(72, natives_gv, 0);
    description.set_align(8);
    object.define_data(info_id, &description).map_err(internal)?;
    Ok(())
}

/// `kiln_abi::NativeModuleInfo` entries for the native core modules the program's modules
/// require: each names the runtime's static holding that module's builder, so the linker
/// keeps only the natives a program uses.
fn define_native_table(object: &mut ObjectModule, module: &ir::Module) -> Result<(DataId, usize), String> {
    let mut names: Vec<&str> = module
        .modules
        .iter()
        .flat_map(|entry| entry.specifiers.iter())
        .filter(|(_, target)| matches!(target, ir::SpecifierTarget::Builtin))
        .map(|(text, _)| text.strip_prefix("node:").unwrap_or(text))
        .filter(|name| kiln_abi::NATIVE_CORE_MODULES.contains(name))
        .chain(module.runtime_features.iter().map(String::as_str))
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut texts = Vec::new();
    let mut offsets = Vec::new();
    for name in &names {
        offsets.push(texts.len());
        texts.extend(name.as_bytes());
        texts.push(0);
    }
    let texts_id = object.declare_data("kiln_native_names", Linkage::Local, false, false).map_err(internal)?;
    let mut description = DataDescription::new();
    description.define(texts.into_boxed_slice());
    object.define_data(texts_id, &description).map_err(internal)?;

    let table_id = object.declare_data("kiln_native_table", Linkage::Local, false, false).map_err(internal)?;
    let mut description = DataDescription::new();
    description.define(vec![0u8; names.len().max(1) * 16].into_boxed_slice());
    let texts_gv = object.declare_data_in_data(texts_id, &mut description);
    for (index, name) in names.iter().enumerate() {
        let builder = object
            .declare_data(&format!("{}{name}", kiln_abi::program_symbols::NATIVE_MODULE_PREFIX), Linkage::Import, false, false)
            .map_err(internal)?;
        let builder_gv = object.declare_data_in_data(builder, &mut description);
        description.write_data_addr((index * 16) as u32, texts_gv, offsets[index] as i64);
        description.write_data_addr((index * 16 + 8) as u32, builder_gv, 0);
    }
    description.set_align(8);
    object.define_data(table_id, &description).map_err(internal)?;
    Ok((table_id, names.len()))
}
