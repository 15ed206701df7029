//! Reading a string's code units inline: `s[i]`, `s.charCodeAt(i)` and `s.charAt(i)` on a flat
//! string (or a rope flattened already) with an integral in-range index, and the read cache
//! probe of a string receiver's method name (`s.charCodeAt` is found on String.prototype, which
//! the probe uses as the receiver: `kiln_abi::ctx_offset::STRING_PROTOTYPE`).

use super::Emitter;
use crate::ir;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use kiln_abi as abi;

/// The String.prototype methods whose `s.name` sites probe their read cache for string
/// receivers too. Other names are not worth giving up the object-pointer reuse of the
/// speculative version for (see `Emitter::object_pointer`).
const STRING_METHOD_NAMES: [&str; 30] = [
    "at", "charAt", "charCodeAt", "codePointAt", "concat", "endsWith", "includes", "indexOf", "lastIndexOf",
    "localeCompare", "match", "matchAll", "normalize", "padEnd", "padStart", "repeat", "replace", "replaceAll",
    "search", "slice", "split", "startsWith", "substring", "substr", "toLowerCase", "toUpperCase", "trim",
    "trimEnd", "trimStart", "toString",
];

impl Emitter<'_, '_> {
    /// Whether `s.key` sites give string receivers a read-cache probe.
    pub(super) fn probes_string_receivers(&self, key: ir::StrId) -> bool {
        let name = &self.module.strings[key.index()];
        STRING_METHOD_NAMES.iter().any(|method| name.iter().copied().eq(method.encode_utf16()))
    }

    /// For `object.key` with a String.prototype method name: the pointer the read cache is
    /// probed with — String.prototype's cell for a string, the object's for an object (not
    /// remembered as the object's pointer, since the string side has none); anything else
    /// branches to `miss`.
    pub(super) fn receiver_or_string_prototype(&mut self, object: Value, miss: Block) -> Value {
        let probe = self.builder.create_block();
        let pointer = self.builder.append_block_param(probe, types::I64);
        let string = self.builder.create_block();
        let not_string = self.builder.create_block();
        let is_string = self.has_tag(object, abi::TAG_STRING);
        self.builder.ins().brif(is_string, string, &[], not_string, &[]);
        self.builder.switch_to_block(string);
        let ctx = self.ctx();
        let prototype = self.load(ctx, abi::ctx_offset::STRING_PROTOTYPE);
        self.builder.ins().jump(probe, &[prototype.into()]);
        self.builder.switch_to_block(not_string);
        let object_pointer = self.branch_if_object(object, miss);
        self.builder.ins().jump(probe, &[object_pointer.into()]);
        self.builder.switch_to_block(probe);
        pointer
    }

    /// Whether `value` has the tag `tag`.
    pub(super) fn has_tag(&mut self, value: Value, tag: u64) -> Value {
        let bits = self.builder.ins().ushr_imm_u(value, abi::TAG_SHIFT as i64);
        self.builder.ins().icmp_imm_u(IntCC::Equal, bits, tag as i64)
    }

    /// The code unit of `string` (a value known to be a string) at `index` (a value), as an
    /// `I64`, when `index` is an integral number below the length and the characters are
    /// flat; anything else branches to `miss`.
    pub(super) fn string_code_unit(&mut self, string: Value, index: Value, index_is_number: bool, miss: Block) -> Value {
        use abi::string_offset as s;
        let trusted = MemFlagsData::trusted();
        let (integer, integral) = self.integer_index(index, index_is_number, miss);
        let cell = self.builder.ins().band_imm_u(string, abi::PAYLOAD_MASK as i64);
        let length = self.builder.ins().uload32(trusted, cell, s::LENGTH);
        let in_bounds = self.builder.ins().icmp(IntCC::UnsignedLessThan, integer, length);
        let ok = self.builder.ins().band(integral, in_bounds);
        let in_range = self.builder.create_block();
        self.builder.ins().brif(ok, in_range, &[], miss, &[]);
        self.builder.switch_to_block(in_range);
        let flags = self.builder.ins().uload32(trusted, cell, s::FLAGS);
        let rope = self.builder.ins().band_imm_u(flags, i64::from(s::ROPE));
        let flat = self.builder.create_block();
        let data = self.builder.append_block_param(flat, types::I64);
        let rope_block = self.builder.create_block();
        let inline = self.builder.ins().iadd_imm_s(cell, i64::from(s::DATA));
        self.builder.ins().brif(rope, rope_block, &[], flat, &[inline.into()]);
        self.builder.switch_to_block(rope_block);
        self.builder.set_cold_block(rope_block);
        let flattened = self.load(cell, s::ROPE_FLAT);
        self.builder.ins().brif(flattened, flat, &[flattened.into()], miss, &[]);
        self.builder.switch_to_block(flat);
        let latin1 = self.builder.ins().band_imm_u(flags, i64::from(s::LATIN1));
        let done = self.builder.create_block();
        let unit = self.builder.append_block_param(done, types::I64);
        let bytes = self.builder.create_block();
        let units = self.builder.create_block();
        self.builder.ins().brif(latin1, bytes, &[], units, &[]);
        self.builder.switch_to_block(bytes);
        let address = self.builder.ins().iadd(data, integer);
        let byte = self.builder.ins().uload8(types::I64, trusted, address, 0);
        self.builder.ins().jump(done, &[byte.into()]);
        self.builder.switch_to_block(units);
        let offset = self.builder.ins().ishl_imm_u(integer, 1);
        let address = self.builder.ins().iadd(data, offset);
        let wide = self.builder.ins().uload16(types::I64, trusted, address, 0);
        self.builder.ins().jump(done, &[wide.into()]);
        self.builder.switch_to_block(done);
        unit
    }

    /// For two different string cells (values): whether their lengths differ or both are
    /// atoms, either of which means different contents.
    pub(super) fn strings_differ(&mut self, a: Value, b: Value) -> Value {
        use abi::string_offset as s;
        let trusted = MemFlagsData::trusted();
        let cell_a = self.builder.ins().band_imm_u(a, abi::PAYLOAD_MASK as i64);
        let cell_b = self.builder.ins().band_imm_u(b, abi::PAYLOAD_MASK as i64);
        let length_a = self.builder.ins().uload32(trusted, cell_a, s::LENGTH);
        let length_b = self.builder.ins().uload32(trusted, cell_b, s::LENGTH);
        let lengths_differ = self.builder.ins().icmp(IntCC::NotEqual, length_a, length_b);
        let flags_a = self.builder.ins().uload32(trusted, cell_a, s::FLAGS);
        let flags_b = self.builder.ins().uload32(trusted, cell_b, s::FLAGS);
        let both = self.builder.ins().band(flags_a, flags_b);
        let atoms = self.builder.ins().band_imm_u(both, i64::from(s::ATOM));
        let both_atoms = self.builder.ins().icmp_imm_u(IntCC::NotEqual, atoms, 0);
        self.builder.ins().bor(lengths_differ, both_atoms)
    }

    /// The one-code-unit string of `unit` (an `I64` code unit) when it is below 256 (the
    /// runtime's table of them); branches to `miss` otherwise.
    pub(super) fn unit_string(&mut self, unit: Value, miss: Block) -> Value {
        let small = self.builder.ins().icmp_imm_u(IntCC::UnsignedLessThan, unit, 256);
        let table_block = self.builder.create_block();
        self.builder.ins().brif(small, table_block, &[], miss, &[]);
        self.builder.switch_to_block(table_block);
        let ctx = self.ctx();
        let table = self.load(ctx, abi::ctx_offset::UNIT_STRINGS);
        let offset = self.builder.ins().ishl_imm_u(unit, 3);
        let address = self.builder.ins().iadd(table, offset);
        let cell = self.load(address, 0);
        self.builder.ins().bor_imm_u(cell, (abi::TAG_STRING << abi::TAG_SHIFT) as i64)
    }

    /// `s.charCodeAt(i)` / `s.charAt(i)` (`which`): inline while the site's call cache holds
    /// the callee (the intrinsic, which `kiln_call_intrinsic_js` records) and the receiver is
    /// a string with the code unit at hand (see [`Self::string_code_unit`]); the generic call
    /// otherwise.
    pub(super) fn call_string(&mut self, which: u32, callee: ir::Var, this: ir::Var, args: &[ir::Var], description: ir::StrId) -> Value {
        let callee = self.var(callee);
        let this = self.var(this);
        let values: Vec<Value> = args.iter().map(|a| self.var(*a)).collect();
        let (cache, hit) = self.call_cache_hit(callee);
        let is_string = self.has_tag(this, abi::TAG_STRING);
        let ok = self.builder.ins().band(hit, is_string);
        let fast = self.builder.create_block();
        let slow = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        self.builder.ins().brif(ok, fast, &[], slow, &[]);
        self.builder.switch_to_block(fast);
        let index_is_number = self.kinds_of(args[0]).is_number();
        let unit = self.string_code_unit(this, values[0], index_is_number, slow);
        let value = if which == abi::call_intrinsic::STRING_CHAR_CODE_AT {
            let float = self.builder.ins().fcvt_from_uint(types::F64, unit);
            self.from_f64(float)
        } else {
            self.unit_string(unit, slow)
        };
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(slow);
        self.builder.set_cold_block(slow);
        let value = self.call_intrinsic_slow(which, callee, this, &values, description, cache);
        self.check_exception(value);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        result
    }
}
