use crate::context::{Context, ContextOptions};
use crate::object::{ops, JsObject, PropertyKey};
use crate::value::Value;

fn number_property(ctx: &mut Context, object: Gc<JsObject>, name: &str) -> f64 {
    let key = ctx.key(name);
    ops::get_property(ctx, object, key).expect("get succeeds").as_number().expect("a number")
}

use super::Gc;

fn set_number(ctx: &mut Context, object: Gc<JsObject>, name: &str, number: f64) {
    let key = ctx.key(name);
    ops::set_or_throw(ctx, object, key, Value::number(number)).expect("set succeeds");
}

#[inline(never)]
fn allocate_garbage(ctx: &mut Context, count: usize) {
    for index in 0..count {
        let object = ctx.new_object();
        set_number(ctx, object, "x", index as f64);
    }
}

#[inline(never)]
fn allocate_cycles(ctx: &mut Context, count: usize) {
    let a_key = ctx.key("a");
    for _ in 0..count {
        let first = ctx.new_object();
        let second = ctx.new_object();
        ops::set_or_throw(ctx, first, a_key, Value::object(second)).expect("set");
        ops::set_or_throw(ctx, second, a_key, Value::object(first)).expect("set");
    }
}

#[test]
fn objects_reachable_only_from_the_stack_survive() {
    let mut ctx = Context::new_for_tests();
    let object = ctx.new_object();
    set_number(&mut ctx, object, "answer", 42.0);
    let boxed = Value::object(ctx.new_object());
    allocate_garbage(&mut ctx, 1000);
    ctx.collect_garbage();
    ctx.collect_garbage();
    assert_eq!(number_property(&mut ctx, object, "answer"), 42.0);
    let boxed = std::hint::black_box(boxed);
    assert!(ctx.heap.find_cell(boxed.payload()).is_some(), "a NaN-boxed value on the stack keeps its cell");
}

#[test]
fn unreachable_objects_are_freed() {
    let mut ctx = Context::new_for_tests();
    ctx.collect_garbage();
    let live_before = ctx.heap.stats.live_cells;
    allocate_garbage(&mut ctx, 10_000);
    ctx.collect_garbage();
    let live_after = ctx.heap.stats.live_cells;
    // The scan is conservative, so a few stale stack words may keep a handful alive.
    assert!(live_after < live_before + 100, "live cells grew from {live_before} to {live_after}");
}

#[test]
fn cycles_are_freed() {
    let mut ctx = Context::new_for_tests();
    ctx.collect_garbage();
    let live_before = ctx.heap.stats.live_cells;
    allocate_cycles(&mut ctx, 5_000);
    ctx.collect_garbage();
    assert!(ctx.heap.stats.live_cells < live_before + 100);
}

#[test]
fn interior_pointers_keep_cells_alive() {
    let mut ctx = Context::new_for_tests();
    let object = ctx.new_object();
    set_number(&mut ctx, object, "kept", 7.0);
    let interior = std::hint::black_box(object.addr() + 24);
    let object_addr = object.addr();
    allocate_garbage(&mut ctx, 100);
    ctx.collect_garbage();
    let found = ctx.heap.find_cell(interior).map(|cell| cell.as_ptr() as usize);
    assert_eq!(found, Some(object_addr));
    let object: Gc<JsObject> = Gc::from_addr(object_addr);
    assert_eq!(number_property(&mut ctx, object, "kept"), 7.0);
    std::hint::black_box(interior);
}

#[test]
fn value_lists_root_their_contents() {
    let mut ctx = Context::new_for_tests();
    let list = ctx.new_list();
    for index in 0..500 {
        let object = ctx.new_object();
        set_number(&mut ctx, object, "i", index as f64);
        list.get_mut().push(Value::object(object));
    }
    allocate_garbage(&mut ctx, 20_000);
    ctx.collect_garbage();
    for index in 0..500 {
        let object = list.get().get(index).as_object().expect("an object");
        assert_eq!(number_property(&mut ctx, object, "i"), index as f64);
    }
}

#[test]
fn registered_root_arrays_survive() {
    let mut ctx = Context::new_for_tests();
    let mut slots = Box::new([Value::UNDEFINED; 4]);
    for slot in slots.iter_mut() {
        let object = ctx.new_object();
        set_number(&mut ctx, object, "v", 3.0);
        *slot = Value::object(object);
    }
    ctx.add_root_array(slots.as_ptr(), slots.len());
    let addresses: Vec<usize> = slots.iter().map(|value| value.payload()).collect();
    let slots_pointer = Box::into_raw(slots);
    allocate_garbage(&mut ctx, 20_000);
    ctx.collect_garbage();
    for addr in addresses {
        let object: Gc<JsObject> = Gc::from_addr(addr);
        assert_eq!(number_property(&mut ctx, object, "v"), 3.0);
    }
    // SAFETY: the box was leaked above and is no longer registered after the context drops.
    drop(ctx);
    drop(unsafe { Box::from_raw(slots_pointer) });
}

#[test]
fn environments_trace_parent_and_slots() {
    let mut ctx = Context::new_for_tests();
    let parent = crate::env::new_env(&mut ctx, std::ptr::null_mut(), 2, Value::UNDEFINED);
    let kept = ctx.new_object();
    set_number(&mut ctx, kept, "p", 9.0);
    // SAFETY: slot 1 of a two-slot environment.
    unsafe { parent.add(kiln_abi::env_offset::SLOTS as usize + 8).cast::<Value>().write(Value::object(kept)) };
    let kept_addr = kept.addr();
    let child = crate::env::new_env(&mut ctx, parent, 1, Value::UNINITIALIZED);
    let parent_addr = parent as usize;
    let child = std::hint::black_box(child);
    allocate_garbage(&mut ctx, 20_000);
    ctx.collect_garbage();
    // SAFETY: `child` is a live one-slot environment whose parent has two slots.
    let (child_parent, child_slot, slot) =
        unsafe { (crate::env::parent(child), crate::env::slot(child, 0), crate::env::slot(crate::env::parent(child), 1)) };
    assert_eq!(child_parent as usize, parent_addr);
    assert_eq!(child_slot, Value::UNINITIALIZED);
    assert_eq!(slot.payload(), kept_addr);
    let object = slot.as_object().expect("object");
    assert_eq!(number_property(&mut ctx, object, "p"), 9.0);
}

#[test]
fn stress_mode_keeps_a_workload_correct() {
    let mut ctx = Context::new(ContextOptions { capture_output: true, gc_stress_interval: 1, ..ContextOptions::default() });
    let list = ctx.new_list();
    for index in 0..300 {
        let object = ctx.new_object();
        set_number(&mut ctx, object, "index", index as f64);
        let name = crate::string::from_str(&mut ctx, &format!("name-{index}"));
        let key = ctx.key("name");
        ops::set_or_throw(&mut ctx, object, key, Value::string(name)).expect("set");
        let array = crate::object::array::from_values(&mut ctx, &[Value::object(object), Value::number(index as f64)]);
        list.get_mut().push(Value::object(array));
    }
    for index in 0..300 {
        let array = list.get().get(index).as_object().expect("array");
        let object = ops::get_property(&mut ctx, array, PropertyKey::Index(0)).expect("get").as_object().expect("object");
        assert_eq!(number_property(&mut ctx, object, "index"), index as f64);
        let key = ctx.key("name");
        let name = ops::get_property(&mut ctx, object, key).expect("get");
        assert_eq!(name.as_string().map(|name| name.get().to_rust_string()), Some(format!("name-{index}")));
    }
    assert!(ctx.heap.stats.collections > 1000);
}

#[test]
fn short_lived_allocation_runs_in_bounded_memory() {
    let mut ctx = Context::new_for_tests();
    let keep = ctx.new_object();
    let key = ctx.key("next");
    for _ in 0..2_000_000 {
        let object = ctx.new_object();
        ops::set_or_throw(&mut ctx, object, key, Value::object(keep)).expect("set");
    }
    assert!(ctx.heap.stats.collections >= 10, "collections: {}", ctx.heap.stats.collections);
    // 8 MiB trigger plus spare pages: far below 100 MiB of pages.
    assert!(ctx.heap.stats.pages < 1600, "pages: {}", ctx.heap.stats.pages);
}

#[test]
fn cell_index_by_reciprocal_is_exact() {
    for &size in &[16usize, 48, 80, 112, 160, 224, 320, 448, 640, 1280, 2560, 3072, 5120, 6144, 8192] {
        let reciprocal = (1u64 << 32).div_ceil(size as u64);
        for offset in 0..(super::heap::PAGE_SIZE as u64) {
            assert_eq!(((offset * reciprocal) >> 32) as usize, offset as usize / size, "size {size} offset {offset}");
        }
    }
}

/// Sets `map[key] = value` through WeakMap.prototype.set.
fn weak_map_set(ctx: &mut Context, map: Value, key: Value, value: Value) {
    let set_key = ctx.key("set");
    let set = ops::get_value(ctx, map, set_key).expect("WeakMap.prototype.set");
    crate::object::function::call(ctx, set, map, &[key, value]).expect("set succeeds");
}

/// Adds an entry whose value holds its own key (key ← value ← map[key]): reachable only
/// through the map, so ephemeron marking must not keep it.
#[inline(never)]
fn add_self_referencing_entry(ctx: &mut Context, map: Value) {
    let key = ctx.new_object();
    let value = ctx.new_object();
    set_number(ctx, value, "payload", 1.0);
    let back = ctx.key("key");
    ops::set_or_throw(ctx, value, back, Value::object(key)).expect("set");
    weak_map_set(ctx, map, Value::object(key), Value::object(value));
}

#[inline(never)]
fn clobber_stack() {
    let mut junk = [0u64; 4096];
    std::hint::black_box(&mut junk);
}

#[test]
fn ephemerons_free_cycles_through_values_and_keep_values_of_live_keys() {
    let mut ctx = Context::new_for_tests();
    let global = ctx.realm.global;
    let constructor_key = ctx.key("WeakMap");
    let constructor = ops::get_property(&mut ctx, global, constructor_key).expect("WeakMap");
    let map = crate::object::function::construct(&mut ctx, constructor, &[], constructor).expect("new WeakMap");
    for _ in 0..100 {
        add_self_referencing_entry(&mut ctx, map);
    }
    let live_key = ctx.new_object();
    let live_value = ctx.new_object();
    set_number(&mut ctx, live_value, "kept", 5.0);
    weak_map_set(&mut ctx, map, Value::object(live_key), Value::object(live_value));
    let live_value_addr = live_value.addr();
    clobber_stack();
    ctx.collect_garbage();
    let remaining = match map.as_object().expect("map").get().kind() {
        crate::object::ObjectKind::WeakMap(table) => table.len(),
        _ => unreachable!("a WeakMap"),
    };
    // The conservative stack scan may keep a stray entry alive.
    assert!(remaining < 5, "{remaining} entries survived");
    let get_key = ctx.key("get");
    let get = ops::get_value(&mut ctx, map, get_key).expect("get");
    let value = crate::object::function::call(&mut ctx, get, map, &[Value::object(live_key)]).expect("get succeeds");
    assert_eq!(value.payload(), live_value_addr);
    let value = value.as_object().expect("object");
    assert_eq!(number_property(&mut ctx, value, "kept"), 5.0);
}

#[test]
fn inline_slots_grow_into_a_buffer_and_keep_their_values() {
    let mut ctx = Context::new_for_tests();
    let object = ctx.new_object();
    let names: Vec<String> = (0..40).map(|index| format!("p{index}")).collect();
    for (index, name) in names.iter().enumerate() {
        set_number(&mut ctx, object, name, index as f64);
        if index % 7 == 0 {
            allocate_garbage(&mut ctx, 2_000);
            ctx.collect_garbage();
        }
    }
    for (index, name) in names.iter().enumerate() {
        assert_eq!(number_property(&mut ctx, object, name), index as f64);
    }
    let key = ctx.key("p39");
    assert_eq!(ops::delete(&mut ctx, object, key).ok(), Some(true));
    ctx.collect_garbage();
    assert_eq!(number_property(&mut ctx, object, "p38"), 38.0);
}

#[test]
fn small_arrays_keep_elements_inline_and_grow() {
    let mut ctx = Context::new_for_tests();
    let kept = ctx.new_object();
    set_number(&mut ctx, kept, "x", 1.0);
    let array = crate::object::array::from_values(&mut ctx, &[Value::number(1.0), Value::object(kept)]);
    for index in 2..100u32 {
        ops::set_or_throw(&mut ctx, array, PropertyKey::Index(index), Value::number(index as f64)).expect("set");
        if index % 10 == 0 {
            allocate_garbage(&mut ctx, 1_000);
            ctx.collect_garbage();
        }
    }
    let element = ops::get_property(&mut ctx, array, PropertyKey::Index(1)).expect("get").as_object().expect("object");
    assert_eq!(number_property(&mut ctx, element, "x"), 1.0);
    let last = ops::get_property(&mut ctx, array, PropertyKey::Index(99)).expect("get");
    assert_eq!(last.as_number(), Some(99.0));
}

#[test]
fn lazily_swept_cells_are_reused_and_pages_released() {
    let mut ctx = Context::new_for_tests();
    ctx.collect_garbage();
    let pages_before = ctx.heap.stats.pages;
    for _ in 0..20 {
        allocate_garbage(&mut ctx, 20_000);
        ctx.collect_garbage();
    }
    assert!(ctx.heap.stats.freed_cells >= 20_000, "freed {}", ctx.heap.stats.freed_cells);
    // Each round reuses the previous round's dead cells: the page count stays bounded.
    assert!(ctx.heap.stats.pages < pages_before + 200, "pages grew from {pages_before} to {}", ctx.heap.stats.pages);
}

#[test]
fn changing_attributes_of_a_small_object_keeps_it_shaped() {
    let mut ctx = Context::new_for_tests();
    let object = ctx.new_object();
    set_number(&mut ctx, object, "a", 1.0);
    set_number(&mut ctx, object, "b", 2.0);
    let key = ctx.key("a");
    let descriptor = crate::object::PropertyDescriptor::data(Value::number(5.0), crate::object::Attributes::NONE);
    ops::define_property_or_throw(&mut ctx, object, key, descriptor).expect("define");
    assert!(!object.get().is_dictionary());
    assert_eq!(number_property(&mut ctx, object, "a"), 5.0);
    assert_eq!(number_property(&mut ctx, object, "b"), 2.0);
    // Read-only now: a sloppy store is ignored.
    let _ = ops::set_value(&mut ctx, Value::object(object), key, Value::number(9.0));
    assert_eq!(number_property(&mut ctx, object, "a"), 5.0);
}

/// A spare page the allocator takes back for another size class may lie outside the address
/// bounds the last collection computed (they cover only pages with cells); the conservative
/// scan must still find the cells in it.
#[test]
fn cells_in_reused_spare_pages_are_found_by_the_stack_scan() {
    use super::heap::Heap;
    use super::{CellHeader, CellKind};
    let mut heap = Heap::new();
    // Class 16 B: three pages' worth of cells, all of which die. Env cells have no destructor.
    let per_page = 4000;
    for _ in 0..3 * per_page {
        let cell = heap.alloc_raw(16).cast::<CellHeader>();
        // SAFETY: a fresh 16-byte cell.
        unsafe { cell.as_ptr().write(CellHeader::new(CellKind::Env)) };
    }
    // Class 32 B: a few cells that stay live.
    let live: Vec<_> = (0..10)
        .map(|_| {
            let cell = heap.alloc_raw(32).cast::<CellHeader>();
            // SAFETY: a fresh 32-byte cell.
            unsafe { cell.as_ptr().write(CellHeader::new(CellKind::Env)) };
            cell
        })
        .collect();
    // Two collections that keep only the 32-byte cells: the 16-byte pages become empty, then
    // spare.
    for _ in 0..2 {
        heap.finish_sweep();
        for cell in &live {
            heap.mark(cell.as_ptr());
        }
        heap.after_marking(0, None);
    }
    // A 48-byte cell in a reused page.
    let cell = heap.alloc_raw(48).cast::<CellHeader>();
    // SAFETY: a fresh 48-byte cell.
    unsafe { cell.as_ptr().write(CellHeader::new(CellKind::Env)) };
    heap.finish_sweep();
    assert_eq!(heap.find_cell(cell.as_ptr() as usize), Some(cell));
    for cell in &live {
        assert_eq!(heap.find_cell(cell.as_ptr() as usize), Some(*cell));
    }
    heap.release_all();
}

#[test]
fn trigger_reuses_the_high_water_up_to_a_cap() {
    use super::heap::Heap;
    const MIB: usize = 1 << 20;
    let mut heap = Heap::new();
    // Live bytes are simulated as external bytes reported by marking; allocation as noted
    // external bytes.
    let collect = |heap: &mut Heap, live: usize| {
        heap.finish_sweep();
        heap.after_marking(live, None);
    };
    heap.note_external(60 * MIB);
    collect(&mut heap, 60 * MIB);
    assert_eq!(heap.threshold(), 60 * MIB);
    // The heap held 120 MiB at this collection: with 30 MiB live, the next cycle may fill it.
    heap.note_external(60 * MIB);
    collect(&mut heap, 30 * MIB);
    assert_eq!(heap.threshold(), 90 * MIB);
    // With 10 MiB live, filling 120 MiB would take 11× the live bytes: capped at 3×.
    heap.note_external(90 * MIB);
    collect(&mut heap, 10 * MIB);
    assert_eq!(heap.threshold(), 30 * MIB);
    // A small heap may still reuse up to twice the minimum trigger.
    heap.note_external(30 * MIB);
    collect(&mut heap, MIB);
    assert_eq!(heap.threshold(), 2 * super::heap::MIN_GC_THRESHOLD);
    // Without a larger high water, the trigger is the live bytes (or the minimum).
    let mut heap = Heap::new();
    heap.note_external(8 * MIB);
    collect(&mut heap, 6 * MIB);
    heap.note_external(8 * MIB);
    collect(&mut heap, 6 * MIB);
    assert_eq!(heap.threshold(), super::heap::MIN_GC_THRESHOLD);
    // A high water only a little above twice the live bytes is not used: 20 MiB live after a
    // collection at 41 MiB.
    let mut heap = Heap::new();
    heap.note_external(21 * MIB);
    collect(&mut heap, 20 * MIB);
    heap.note_external(21 * MIB);
    collect(&mut heap, 20 * MIB);
    assert_eq!(heap.threshold(), 20 * MIB);
    heap.release_all();
}

/// Large cells made at a steady rate (a stream's chunk-sized strings) reuse the memory of the
/// ones collected before: once the heap is warm, none is asked of the system allocator.
#[test]
fn steady_large_cells_reuse_kept_memory() {
    let mut ctx = Context::new_for_tests();
    let text = vec![b'a'; 64 * 1024];
    let mut warm = None;
    for round in 0..2_000 {
        let string = ctx.alloc_string(crate::string::StrView::Latin1(&text));
        assert_eq!(string.get().len(), text.len());
        if warm.is_none() && ctx.heap.stats.collections >= 2 {
            warm = Some((round, ctx.heap.stats.large_allocations));
        }
    }
    let (round, before) = warm.expect("collections ran");
    assert!(round < 1_000, "warm after {round} rounds");
    let fresh = ctx.heap.stats.large_allocations - before;
    assert!(fresh <= 2, "{fresh} large allocations after warming up");
}

#[test]
fn compact_objects_take_small_cells_and_survive_dictionary_mode() {
    let mut ctx = Context::new_for_tests();
    let shape = ctx.root_shape;
    let prototype = Some(ctx.realm.object_prototype);
    let pair = crate::object::new_ordinary(&mut ctx, shape, prototype, 2);
    let cell = std::ptr::NonNull::new(pair.as_ptr().cast()).expect("a cell");
    assert_eq!(ctx.heap.cell_size(cell), crate::object::COMPACT_OBJECT_SIZE + 16);
    assert!(matches!(pair.get().kind(), crate::object::ObjectKind::Ordinary));
    assert!(pair.get_mut().kind_mut().is_none());
    // Past the inline slots, then into dictionary mode (the map lives in the boxed extra).
    for index in 0..40 {
        set_number(&mut ctx, pair, &format!("p{index}"), index as f64);
    }
    let key = ctx.key("p3");
    assert!(ops::delete(&mut ctx, pair, key).expect("delete"));
    assert!(pair.get().is_dictionary());
    allocate_garbage(&mut ctx, 20_000);
    ctx.collect_garbage();
    assert_eq!(number_property(&mut ctx, pair, "p39"), 39.0);
    assert!(matches!(pair.get().kind(), crate::object::ObjectKind::Ordinary));
}
