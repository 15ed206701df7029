//! Call sites the emitter specialises: the Math functions computed inline and `push`/`pop`
//! sent to the runtime's dense-array steps while the site's call cache holds the intrinsic,
//! other calls through a per-site callee cache that calls recorded compiled code directly, and
//! `instanceof` walking the value's prototype chain inline while the site's record holds.

use super::{Emitter, Kinds};
use crate::ir;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use cranelift_module::Module;
use kiln_abi as abi;

impl Emitter<'_, '_> {
    /// The intrinsic a call site is specialised for (`kiln_abi::call_intrinsic`), from its
    /// description and argument count: `Math.name(...)` for the Math functions with an inline
    /// form, `x.push(v)`, `x.pop()`, `x.charCodeAt(i)` and `x.charAt(i)`. Which function the
    /// site really calls is checked when it runs.
    pub(super) fn call_intrinsic(&self, description: ir::StrId, argument_count: usize) -> Option<u32> {
        use abi::call_intrinsic as intrinsic;
        let text = String::from_utf16(&self.module.strings[description.index()]).ok()?;
        if let Some(name) = text.strip_prefix("Math.") {
            let which = intrinsic::MATH_NAMES.iter().position(|n| *n == name)? as u32;
            let binary = matches!(which, intrinsic::MIN | intrinsic::MAX);
            let fits = if binary { argument_count == 2 } else { argument_count >= 1 };
            return fits.then_some(which);
        }
        match text.rsplit_once('.') {
            Some((_, "push")) if argument_count == 1 => Some(intrinsic::ARRAY_PUSH),
            Some((_, "pop")) if argument_count == 0 => Some(intrinsic::ARRAY_POP),
            Some((_, "charCodeAt")) if argument_count == 1 => Some(intrinsic::STRING_CHAR_CODE_AT),
            Some((_, "charAt")) if argument_count == 1 => Some(intrinsic::STRING_CHAR_AT),
            _ => None,
        }
    }

    /// A call site's call cache and whether it holds `callee`.
    pub(super) fn call_cache_hit(&mut self, callee: Value) -> (Value, Value) {
        let index = self.globals.call_cache_count;
        self.globals.call_cache_count += 1;
        let cache = self.cache_address(self.globals.call_caches, index, 8);
        let expected = self.load(cache, 0);
        let hit = self.builder.ins().icmp(IntCC::Equal, callee, expected);
        (cache, hit)
    }

    /// The generic call of a specialised site, which records the intrinsic in its cache.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_intrinsic_slow(&mut self, which: u32, callee: Value, this: Value, values: &[Value], description: ir::StrId, cache: Value) -> Value {
        let ctx = self.ctx();
        let argc = self.u32const(values.len() as u32);
        let argv = self.value_array(values);
        let description = self.str_id(description);
        let which = self.u32const(which);
        let value = self.call(self.globals.runtime.kiln_call_intrinsic_js, &[ctx, callee, this, argc, argv, description, which, cache]);
        self.clear_value_array(argv, values.len());
        value
    }

    /// `callee(...values)` through the site's callee cache (`kiln_abi::call_cache_offset`): a
    /// recorded compiled callee's code is called directly; anything else goes through
    /// `kiln_call_cached_js`, which records the callee.
    pub(super) fn call_cached(&mut self, callee: Value, this: Value, values: &[Value], description: ir::StrId) -> Value {
        use abi::call_cache_offset as c;
        let cells = c::SIZE / 8;
        let index = self.globals.call_cache_count;
        self.globals.call_cache_count += cells;
        let cache = self.cache_address(self.globals.call_caches, index, 8);
        let ctx = self.ctx();
        let argv = self.value_array(values);
        let miss = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        let hit = self.builder.create_block();
        let code = self.builder.append_block_param(hit, types::I64);
        // A compiled function that is not a class constructor (element tag CALLABLE) is called
        // through its entry, whatever the site saw before (closures of one function differ).
        let cached = self.builder.create_block();
        self.builder.set_cold_block(cached);
        let pointer = self.branch_if_object(callee, cached);
        let tag = self.builder.ins().uload8(types::I64, MemFlagsData::trusted(), pointer, abi::typed_array_offset::TAG);
        let callable = self.builder.ins().icmp_imm_u(IntCC::Equal, tag, i64::from(abi::element_tag::CALLABLE));
        let direct = self.builder.create_block();
        self.builder.ins().brif(callable, direct, &[], cached, &[]);
        self.builder.switch_to_block(direct);
        let entry = self.load(pointer, abi::function_offset::ENTRY);
        self.builder.ins().jump(hit, &[entry.into()]);
        self.builder.switch_to_block(cached);
        let epoch = self.load(ctx, abi::ctx_offset::PROTOTYPE_EPOCH);
        let cached_epoch = self.load(cache, c::EPOCH);
        let current = self.builder.ins().icmp(IntCC::Equal, epoch, cached_epoch);
        let probe = self.builder.create_block();
        self.builder.set_cold_block(probe);
        self.builder.ins().brif(current, probe, &[], miss, &[]);
        self.builder.switch_to_block(probe);
        for entry in 0..c::ENTRIES {
            let offset = c::FIRST_ENTRY + (entry * c::ENTRY_SIZE) as i32;
            let cached_callee = self.load(cache, offset + c::CALLEE);
            let same = self.builder.ins().icmp(IntCC::Equal, callee, cached_callee);
            let next = self.builder.create_block();
            let found = self.builder.create_block();
            self.builder.ins().brif(same, found, &[], next, &[]);
            self.builder.switch_to_block(found);
            let entry_code = self.load(cache, offset + c::CODE);
            self.builder.ins().jump(hit, &[entry_code.into()]);
            self.builder.switch_to_block(next);
            if entry > 0 {
                self.builder.set_cold_block(next);
            }
        }
        // A full cache records nothing more (until the epoch moves): straight to the call.
        let last = c::FIRST_ENTRY + ((c::ENTRIES - 1) * c::ENTRY_SIZE) as i32;
        let last_callee = self.load(cache, last + c::CALLEE);
        let full = self.builder.ins().icmp_imm_u(IntCC::NotEqual, last_callee, 0);
        let uncached = self.builder.create_block();
        self.builder.ins().brif(full, uncached, &[], miss, &[]);
        self.builder.switch_to_block(uncached);
        self.builder.set_cold_block(uncached);
        let argc = self.u32const(values.len() as u32);
        let description_value = self.str_id(description);
        let value = self.call(self.globals.runtime.kiln_call_js, &[ctx, callee, this, argc, argv, description_value]);
        self.builder.ins().jump(merge, &[value.into()]);

        // [[Call]] leaves new.target undefined for the callee's prologue.
        self.builder.switch_to_block(hit);
        let undefined = self.iconst(abi::UNDEFINED);
        self.builder.ins().store(MemFlagsData::trusted(), undefined, ctx, abi::ctx_offset::NEW_TARGET);
        let signature = self.js_signature();
        let argc = self.builder.ins().iconst(types::I64, values.len() as i64);
        let inst = self.builder.ins().call_indirect(signature, code, &[ctx, callee, this, argc, argv]);
        let value = self.builder.inst_results(inst)[0];
        self.builder.ins().jump(merge, &[value.into()]);

        self.builder.switch_to_block(miss);
        self.builder.set_cold_block(miss);
        let argc = self.u32const(values.len() as u32);
        let description = self.str_id(description);
        let value = self.call(self.globals.runtime.kiln_call_cached_js, &[ctx, callee, this, argc, argv, description, cache]);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        self.clear_value_array(argv, values.len());
        self.check_exception(result);
        result
    }

    /// The JS function signature, imported into the function being built once.
    pub(super) fn js_signature(&mut self) -> cranelift_codegen::ir::SigRef {
        if let Some(signature) = self.js_signature {
            return signature;
        }
        let call_conv = self.object.isa().default_call_conv();
        let signature = self.builder.import_signature(crate::codegen::js_function_signature(call_conv));
        self.js_signature = Some(signature);
        signature
    }

    /// `x.push(v)` / `x.pop()`: while the site's call cache holds the callee (the intrinsic),
    /// the runtime's dense-array step, which answers HOLE when the array needs the full steps;
    /// the generic call otherwise.
    pub(super) fn call_array(&mut self, which: u32, callee: ir::Var, this: ir::Var, args: &[ir::Var], description: ir::StrId) -> Value {
        let callee = self.var(callee);
        let this = self.var(this);
        let values: Vec<Value> = args.iter().map(|a| self.var(*a)).collect();
        let (cache, hit) = self.call_cache_hit(callee);
        let fast_block = self.builder.create_block();
        let slow_block = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        self.builder.ins().brif(hit, fast_block, &[], slow_block, &[]);
        self.builder.switch_to_block(fast_block);
        let dense_block = self.builder.create_block();
        self.builder.set_cold_block(dense_block);
        if which == abi::call_intrinsic::ARRAY_PUSH {
            let length = self.push_inline(this, values[0], dense_block);
            self.jump_with_length(length, merge);
        } else {
            let value = self.pop_inline(this, dense_block);
            self.builder.ins().jump(merge, &[value.into()]);
        }
        self.builder.switch_to_block(dense_block);
        let ctx = self.ctx();
        let value = if which == abi::call_intrinsic::ARRAY_PUSH {
            self.call(self.globals.runtime.kiln_array_push_dense, &[ctx, this, values[0]])
        } else {
            self.call(self.globals.runtime.kiln_array_pop_dense, &[this])
        };
        let is_hole = self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::HOLE as i64);
        self.builder.ins().brif(is_hole, slow_block, &[], merge, &[value.into()]);
        self.builder.switch_to_block(slow_block);
        self.builder.set_cold_block(slow_block);
        let value = self.call_intrinsic_slow(which, callee, this, &values, description, cache);
        self.check_exception(value);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        result
    }

    /// For `array.push(value)` of the intrinsic push: the pointer of `array` when it is an Array
    /// whose dense elements are all of it (`length` equal to their count, no sparse ones) with
    /// room for one more, a writable `length`, extensible, whose prototype is Array.prototype
    /// and neither Array.prototype nor Object.prototype (its prototype) has elements — so the
    /// new element is a plain data property no setter or read-only element can intercept —
    /// and its length (an `I64`); branches to `other` otherwise.
    fn dense_array_for_push(&mut self, array: Value, other: Block) -> (Value, Value) {
        use abi::object_offset as o;
        let trusted = MemFlagsData::trusted();
        let pointer = self.branch_if_object(array, other);
        let (length, writable_dense) = self.dense_array_length(pointer);
        let capacity = self.builder.ins().uload32(trusted, pointer, o::ELEMENTS_CAP);
        let capacity = self.builder.ins().band_imm_u(capacity, i64::from(!o::SLOTS_INLINE));
        let room = self.builder.ins().icmp(IntCC::UnsignedLessThan, length, capacity);
        let flags = self.builder.ins().uload32(trusted, pointer, o::FLAGS);
        let extensible = self.builder.ins().band_imm_u(flags, i64::from(abi::object_flag::EXTENSIBLE));
        let extensible = self.builder.ins().icmp_imm_u(IntCC::NotEqual, extensible, 0);
        let ok = self.builder.ins().band(writable_dense, room);
        let ok = self.builder.ins().band(ok, extensible);
        let chain = self.builder.create_block();
        self.builder.ins().brif(ok, chain, &[], other, &[]);
        self.builder.switch_to_block(chain);
        let ctx = self.ctx();
        let prototype = self.load(pointer, o::PROTOTYPE);
        let array_prototype = self.load(ctx, abi::ctx_offset::ARRAY_PROTOTYPE);
        let object_prototype = self.load(ctx, abi::ctx_offset::OBJECT_PROTOTYPE);
        let standard = self.builder.ins().icmp(IntCC::Equal, prototype, array_prototype);
        let next = self.load(array_prototype, o::PROTOTYPE);
        let standard_next = self.builder.ins().icmp(IntCC::Equal, next, object_prototype);
        let standard = self.builder.ins().band(standard, standard_next);
        let mut ok = standard;
        for holder in [array_prototype, object_prototype] {
            let count = self.builder.ins().uload32(trusted, holder, o::ELEMENTS_LEN);
            let extra = self.load(holder, o::EXTRA);
            let none = self.builder.ins().bor(count, extra);
            let none = self.builder.ins().icmp_imm_u(IntCC::Equal, none, 0);
            ok = self.builder.ins().band(ok, none);
        }
        let fits = self.builder.create_block();
        self.builder.ins().brif(ok, fits, &[], other, &[]);
        self.builder.switch_to_block(fits);
        (pointer, length)
    }

    /// For an object `pointer`: its Array length (an `I64`) and whether it is an Array with a
    /// writable `length` whose dense elements are exactly its elements (as many as `length`,
    /// no sparse or private ones: no extra parts).
    fn dense_array_length(&mut self, pointer: Value) -> (Value, Value) {
        use abi::{array_offset as a, object_offset as o};
        let trusted = MemFlagsData::trusted();
        let tag = self.builder.ins().uload8(types::I64, trusted, pointer, abi::typed_array_offset::TAG);
        let is_array = self.builder.ins().icmp_imm_u(IntCC::Equal, tag, i64::from(abi::element_tag::ARRAY));
        // Only an Array has these fields: the loads below are of another kind's bytes
        // otherwise, harmless and ignored (the cell is large enough for any kind).
        let length = self.builder.ins().uload32(trusted, pointer, a::LENGTH);
        let count = self.builder.ins().uload32(trusted, pointer, o::ELEMENTS_LEN);
        let dense = self.builder.ins().icmp(IntCC::Equal, length, count);
        let writable = self.builder.ins().uload8(types::I64, trusted, pointer, a::LENGTH_WRITABLE);
        let writable = self.builder.ins().icmp_imm_u(IntCC::NotEqual, writable, 0);
        let extra = self.load(pointer, o::EXTRA);
        let plain = self.builder.ins().icmp_imm_u(IntCC::Equal, extra, 0);
        let ok = self.builder.ins().band(is_array, dense);
        let ok = self.builder.ins().band(ok, writable);
        let ok = self.builder.ins().band(ok, plain);
        (length, ok)
    }

    /// `array.push(value)` inline (see [`Self::dense_array_for_push`]): the new length.
    fn push_inline(&mut self, array: Value, value: Value, other: Block) -> Value {
        use abi::{array_offset as a, object_offset as o};
        let trusted = MemFlagsData::trusted();
        let (pointer, length) = self.dense_array_for_push(array, other);
        let elements = self.load(pointer, o::ELEMENTS);
        let offset = self.builder.ins().ishl_imm_u(length, 3);
        let address = self.builder.ins().iadd(elements, offset);
        self.builder.ins().store(trusted, value, address, 0);
        let longer = self.builder.ins().iadd_imm_s(length, 1);
        self.builder.ins().istore32(trusted, longer, pointer, o::ELEMENTS_LEN);
        self.builder.ins().istore32(trusted, longer, pointer, a::LENGTH);
        longer
    }

    /// `array.pop()` inline for an Array whose dense elements are all of it, with a writable
    /// `length`, when the last element is not a hole: the element; branches to `other`
    /// otherwise (an empty array too).
    fn pop_inline(&mut self, array: Value, other: Block) -> Value {
        use abi::{array_offset as a, object_offset as o};
        let trusted = MemFlagsData::trusted();
        let pointer = self.branch_if_object(array, other);
        let (length, ok) = self.dense_array_length(pointer);
        let not_empty = self.builder.ins().icmp_imm_u(IntCC::NotEqual, length, 0);
        let ok = self.builder.ins().band(ok, not_empty);
        let last_block = self.builder.create_block();
        self.builder.ins().brif(ok, last_block, &[], other, &[]);
        self.builder.switch_to_block(last_block);
        let shorter = self.builder.ins().iadd_imm_s(length, -1);
        let elements = self.load(pointer, o::ELEMENTS);
        let offset = self.builder.ins().ishl_imm_u(shorter, 3);
        let address = self.builder.ins().iadd(elements, offset);
        let value = self.load(address, 0);
        let is_hole = self.builder.ins().icmp_imm_u(IntCC::Equal, value, abi::HOLE as i64);
        let take = self.builder.create_block();
        self.builder.ins().brif(is_hole, other, &[], take, &[]);
        self.builder.switch_to_block(take);
        self.builder.ins().istore32(trusted, shorter, pointer, o::ELEMENTS_LEN);
        self.builder.ins().istore32(trusted, shorter, pointer, a::LENGTH);
        value
    }

    /// `Math.name(...)`: inline while the site's call cache holds the callee (the intrinsic
    /// function, which `kiln_call_intrinsic_js` records there) and the operands are numbers; the
    /// generic call otherwise.
    pub(super) fn call_math(&mut self, which: u32, callee: ir::Var, this: ir::Var, args: &[ir::Var], description: ir::StrId) -> Value {
        use abi::call_intrinsic as m;
        let operand_count = if matches!(which, m::MIN | m::MAX) { 2 } else { 1 };
        let operand_kinds: Vec<Kinds> = args[..operand_count].iter().map(|a| self.kinds_of(*a)).collect();
        let callee = self.var(callee);
        let this = self.var(this);
        let values: Vec<Value> = args.iter().map(|a| self.var(*a)).collect();
        let (cache, mut ok) = self.call_cache_hit(callee);
        for (value, kinds) in values.iter().zip(&operand_kinds) {
            if !kinds.is_number() {
                let number = self.is_number(*value);
                ok = self.builder.ins().band(ok, number);
            }
        }
        self.fast_or_slow_checked(
            ok,
            |emitter| {
                let x = emitter.to_f64(values[0]);
                let r = match which {
                    m::SQRT => emitter.builder.ins().sqrt(x),
                    m::FLOOR => emitter.builder.ins().floor(x),
                    m::CEIL => emitter.builder.ins().ceil(x),
                    m::ABS => emitter.builder.ins().fabs(x),
                    m::TRUNC => emitter.builder.ins().trunc(x),
                    m::ROUND => {
                        // V8's rounding: ceil(x), less one when that is more than half above x
                        // (keeps -0 for -0.5 <= x < 0 and 0.49999999999999994 rounding down).
                        let up = emitter.builder.ins().ceil(x);
                        let half = emitter.builder.ins().f64const(0.5);
                        let above = emitter.builder.ins().fsub(up, half);
                        let too_far = emitter.builder.ins().fcmp(FloatCC::GreaterThan, above, x);
                        let one = emitter.builder.ins().f64const(1.0);
                        let down = emitter.builder.ins().fsub(up, one);
                        emitter.builder.ins().select(too_far, down, up)
                    }
                    _ => {
                        let y = emitter.to_f64(values[1]);
                        if which == m::MIN {
                            emitter.builder.ins().fmin(x, y)
                        } else {
                            emitter.builder.ins().fmax(x, y)
                        }
                    }
                };
                emitter.from_f64(r)
            },
            |emitter| emitter.call_intrinsic_slow(which, callee, this, &values, description, cache),
        )
    }

    /// `value instanceof target`. Three read caches: `target[Symbol.hasInstance]`,
    /// `target.prototype` and the site's record (`kiln_abi::instanceof_site_offset`). While the
    /// record holds for the target, the value's prototype chain is walked inline; anything else
    /// goes to the runtime, which refreshes the record.
    pub(super) fn instance_of(&mut self, value: Value, target: Value) -> Value {
        use abi::instanceof_site_offset as r;
        let caches = self.take_read_caches(3);
        let record = self.builder.ins().iadd_imm_s(caches, 2 * abi::get_cache_offset::SIZE as i64);
        let slow = self.builder.create_block();
        let merge = self.builder.create_block();
        let result = self.builder.append_block_param(merge, types::I64);
        let value_pointer = self.branch_if_object(value, slow);
        let target_pointer = self.branch_if_object(target, slow);
        let recorded = self.load(record, r::TARGET);
        let same_target = self.builder.ins().icmp(IntCC::Equal, target, recorded);
        let shape = self.load(target_pointer, abi::object_offset::SHAPE);
        let recorded_shape = self.load(record, r::SHAPE);
        let same_shape = self.builder.ins().icmp(IntCC::Equal, shape, recorded_shape);
        let prototype = self.load(target_pointer, abi::object_offset::PROTOTYPE);
        let recorded_prototype = self.load(record, r::PROTOTYPE);
        let same_prototype = self.builder.ins().icmp(IntCC::Equal, prototype, recorded_prototype);
        let ctx = self.ctx();
        let epoch = self.load(ctx, abi::ctx_offset::PROTOTYPE_EPOCH);
        let recorded_epoch = self.load(record, r::EPOCH);
        let same_epoch = self.builder.ins().icmp(IntCC::Equal, epoch, recorded_epoch);
        let target_ok = self.builder.ins().band(same_target, same_shape);
        let chain_ok = self.builder.ins().band(same_prototype, same_epoch);
        let ok = self.builder.ins().band(target_ok, chain_ok);
        let recorded_block = self.builder.create_block();
        self.builder.ins().brif(ok, recorded_block, &[], slow, &[]);

        // OrdinaryHasInstance: `target.prototype` must be an object.
        self.builder.switch_to_block(recorded_block);
        let slots = self.load(target_pointer, abi::object_offset::SLOTS);
        let offset = self.load(record, r::SLOT_OFFSET);
        let address = self.builder.ins().iadd(slots, offset);
        let prototype_value = self.load(address, 0);
        let wanted = self.branch_if_object(prototype_value, slow);
        let dictionary_shape = self.load(record, r::DICTIONARY_SHAPE);
        let walk = self.builder.create_block();
        let object = self.builder.append_block_param(walk, types::I64);
        self.builder.ins().jump(walk, &[value_pointer.into()]);

        // Up the value's chain; an object with the dictionary shape may be a proxy, whose
        // [[GetPrototypeOf]] trap only the runtime runs.
        self.builder.switch_to_block(walk);
        let object_shape = self.load(object, abi::object_offset::SHAPE);
        let is_dictionary = self.builder.ins().icmp(IntCC::Equal, object_shape, dictionary_shape);
        let plain = self.builder.create_block();
        self.builder.ins().brif(is_dictionary, slow, &[], plain, &[]);
        self.builder.switch_to_block(plain);
        let next = self.load(object, abi::object_offset::PROTOTYPE);
        let at_end = self.builder.ins().icmp_imm_u(IntCC::Equal, next, 0);
        let found = self.builder.ins().icmp(IntCC::Equal, next, wanted);
        let false_value = self.iconst(abi::FALSE);
        let true_value = self.iconst(abi::TRUE);
        let not_end = self.builder.create_block();
        self.builder.ins().brif(at_end, merge, &[false_value.into()], not_end, &[]);
        self.builder.switch_to_block(not_end);
        self.builder.ins().brif(found, merge, &[true_value.into()], walk, &[next.into()]);

        self.builder.switch_to_block(slow);
        self.builder.set_cold_block(slow);
        let value = self.call(self.globals.runtime.kiln_op_instanceof_site_js, &[ctx, value, target, caches]);
        self.check_exception(value);
        self.builder.ins().jump(merge, &[value.into()]);
        self.builder.switch_to_block(merge);
        result
    }
}
