//! `Map` (§24.1) and `Set` (§24.2): the constructors, their prototypes, and the Map and Set
//! Iterator objects (§24.1.5, §24.2.6); plus [`OrderedTable`], the insertion-ordered hash table
//! both keep their entries in.
//!
//! The table is an internal object (`ObjectKind::OrderedTable`) the Map or Set points to.
//! Entries live in a vector in insertion order; deletion leaves a tombstone (key `HOLE`), so a
//! cursor (an index) keeps its place while entries are added and removed, as the spec's
//! "entries list" semantics require: iterators see entries added during iteration and skip
//! deleted ones. When tombstones pile up an insertion compacts the entries into a *new* table;
//! the old one records which positions it dropped and points at its successor, and cursors
//! still on it translate their index when they next move (V8's obsolete-table scheme). A
//! `clear` does the same with "every cursor restarts at 0". Obsolete tables die with the last
//! iterator that uses them.
//!
//! Keys are compared with SameValueZero: numbers by bits after folding -0 into +0 (every NaN is
//! the canonical NaN), strings by contents (their cached hash), everything else by identity
//! (cells never move). This module does not touch the collector; weak collections are in
//! `weak.rs`.

use super::builder::{constructor, ObjectBuilder};
use super::operations::{close_on_throw, get_iterator_from_method, iterator_step_value, not_iterable_message, IteratorRecord};
use crate::context::Context;
use crate::error::{describe_value, JsResult, ThrowExt};
use crate::gc::{Gc, Tracer};
use crate::iteration::{iter_result, ArrayIterationKind};
use crate::object::function::{self, NativeCall, NativeFn};
use crate::object::{array, ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::string::{JsString, StrView};
use crate::value::Value;

/// Installs `Map`, `Set` and their iterator prototypes.
pub fn init(ctx: &mut Context) {
    install_map(ctx);
    install_set(ctx);
}

fn install_map(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.map_prototype = prototype;
    let map_constructor = constructor(ctx, "Map", 0, map_constructor, prototype);
    install_species(ctx, map_constructor);
    let methods: [(&str, u32, NativeFn); 8] = [
        ("get", 1, map_get),
        ("set", 2, map_set),
        ("has", 1, map_has),
        ("delete", 1, map_delete),
        ("clear", 0, map_clear),
        ("entries", 0, map_entries),
        ("forEach", 1, map_for_each),
        ("keys", 0, map_keys),
    ];
    let mut builder = ObjectBuilder::new(ctx, prototype);
    for (name, length, native) in methods {
        builder.method(name, length, native);
    }
    builder.accessor("size", Some(map_size), None).method("values", 0, map_values);
    let entries = super::iterator::method_of(ctx, prototype, "entries");
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let tag = ctx.intern_str("Map");
    ObjectBuilder::new(ctx, prototype)
        .define(iterator_key, Value::object(entries), Attributes::HIDDEN)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);

    let iterator_prototype = ctx.realm.iterator_prototype;
    let map_iterator_prototype = ctx.new_object_with_prototype(Some(iterator_prototype));
    ctx.realm.map_iterator_prototype = map_iterator_prototype;
    let tag = ctx.intern_str("Map Iterator");
    ObjectBuilder::new(ctx, map_iterator_prototype)
        .method("next", 0, map_iterator_next)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);
}

fn install_set(ctx: &mut Context) {
    let object_prototype = ctx.realm.object_prototype;
    let prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.set_prototype = prototype;
    let set_constructor = constructor(ctx, "Set", 0, set_constructor, prototype);
    install_species(ctx, set_constructor);
    let methods: [(&str, u32, NativeFn); 6] = [
        ("has", 1, set_has),
        ("add", 1, set_add),
        ("delete", 1, set_delete),
        ("clear", 0, set_clear),
        ("entries", 0, set_entries),
        ("forEach", 1, set_for_each),
    ];
    let mut builder = ObjectBuilder::new(ctx, prototype);
    for (name, length, native) in methods {
        builder.method(name, length, native);
    }
    builder.accessor("size", Some(set_size), None).method("values", 0, set_values);
    // Set.prototype.keys and [@@iterator] are the same function object as values (§24.2.4.17).
    let values = super::iterator::method_of(ctx, prototype, "values");
    let keys_key = ctx.key("keys");
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let tag = ctx.intern_str("Set");
    ObjectBuilder::new(ctx, prototype)
        .define(keys_key, Value::object(values), Attributes::HIDDEN)
        .define(iterator_key, Value::object(values), Attributes::HIDDEN)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);

    let iterator_prototype = ctx.realm.iterator_prototype;
    let set_iterator_prototype = ctx.new_object_with_prototype(Some(iterator_prototype));
    ctx.realm.set_iterator_prototype = set_iterator_prototype;
    let tag = ctx.intern_str("Set Iterator");
    ObjectBuilder::new(ctx, set_iterator_prototype)
        .method("next", 0, set_iterator_next)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);
}

/// `get C[@@species]` (§24.1.2.2, §24.2.2.2): returns `this`.
fn install_species(ctx: &mut Context, constructor: Gc<JsObject>) {
    let species = PropertyKey::Symbol(ctx.symbols.species);
    ObjectBuilder::new(ctx, constructor).accessor_with_key(species, "[Symbol.species]", Some(get_species), None);
}

fn get_species(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this)
}

// ---------------------------------------------------------------------------------------------
// The ordered table
// ---------------------------------------------------------------------------------------------

/// A key as the table's index hashes and compares it (SameValueZero on normalized keys).
#[derive(Copy, Clone)]
struct TableKey {
    value: Value,
    /// The value's hash, kept so that probing and growing never read a string cell again; for
    /// a Latin-1 string of at most seven units, its text itself (see [`short_text`]), so that
    /// two such keys compare without reading either cell.
    hash: u64,
}

/// Set in a [`TableKey`] hash that holds a short string's text (string hashes are 32-bit).
const SHORT_TEXT: u64 = 1 << 63;

/// A Latin-1 string of at most seven units packed with its length (bits 56..63) and
/// [`SHORT_TEXT`]: equal packings are equal texts.
fn short_text(string: &JsString) -> Option<u64> {
    match string.view() {
        StrView::Latin1(bytes) if bytes.len() <= 7 => {
            let mut packed = [0u8; 8];
            packed[..bytes.len()].copy_from_slice(bytes);
            packed[7] = bytes.len() as u8;
            Some(u64::from_le_bytes(packed) | SHORT_TEXT)
        }
        _ => None,
    }
}

impl TableKey {
    fn new(value: Value) -> TableKey {
        let hash = match value.as_string() {
            Some(string) => short_text(string.get()).unwrap_or_else(|| u64::from(string.get().hash())),
            None if value.is_bigint() => crate::bigint::hash(value),
            None => value.bits(),
        };
        TableKey { value, hash }
    }

    /// Whether the entry with key `value` and hash `hash` holds this key.
    #[inline]
    fn matches(&self, value: Value, hash: u64) -> bool {
        // The same value (for strings: the same string, as when a key read from one
        // collection is looked up in another) needs no comparison of contents.
        if self.value.bits() == value.bits() {
            return true;
        }
        if self.hash != hash {
            return false;
        }
        match (self.value.as_string(), value.as_string()) {
            (Some(_), Some(_)) if self.hash & SHORT_TEXT != 0 => true,
            (Some(a), Some(b)) => a.get().content_eq(b.get()),
            _ if self.value.is_bigint() && value.is_bigint() => crate::bigint::equal(self.value, value),
            _ => self.value == value,
        }
    }
}

/// What became of a table that was replaced.
enum Transition {
    /// The table is current.
    Current,
    /// Compacted: the sorted positions whose (deleted) entries were dropped.
    Compacted(Vec<u32>),
    /// Cleared: every position maps to 0 in the successor.
    Cleared,
}

/// One entry of a table: a deleted entry's key is `HOLE`.
#[derive(Copy, Clone)]
struct Entry {
    key: Value,
    value: Value,
    /// The key's [`TableKey`] hash, so that probing and rebuilding the index never read a key.
    hash: u64,
}

/// An empty slot of [`OrderedTable::slots`].
const EMPTY_SLOT: u32 = 0;
/// A slot whose entry was deleted; probing goes past it.
const DELETED_SLOT: u32 = u32::MAX;
/// The fewest slots an index has once it has any.
const MIN_SLOTS: usize = 8;

/// The entries of a Map or Set (a Set stores `undefined` values).
pub struct OrderedTable {
    /// Entries in insertion order.
    entries: Vec<Entry>,
    /// The index: an open-addressing table (linear probing, a power-of-two length, at most
    /// three quarters used) of `EMPTY_SLOT`, `DELETED_SLOT` or a live entry's position + 1,
    /// placed by the entry's hash ([`slot_of`]).
    slots: Vec<u32>,
    /// `64 - log2(slots.len())`: the shift [`slot_of`] takes.
    shift: u32,
    /// Slots that are not empty (live and deleted).
    used: usize,
    /// Live entries.
    live: usize,
    /// After a replacement: the table that replaced this one.
    successor: Option<Gc<JsObject>>,
    transition: Transition,
}

/// The first slot probed for `hash` (Fibonacci hashing: every bit of the hash reaches the
/// product's high bits, which index the table).
#[inline]
fn slot_of(hash: u64, shift: u32) -> usize {
    (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

impl OrderedTable {
    fn new() -> OrderedTable {
        OrderedTable { entries: Vec::new(), slots: Vec::new(), shift: 64, used: 0, live: 0, successor: None, transition: Transition::Current }
    }

    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        for entry in &self.entries {
            tracer.value(entry.key);
            tracer.value(entry.value);
        }
        tracer.option(self.successor);
        tracer.external(self.entries.capacity() * std::mem::size_of::<Entry>() + self.slots.capacity() * 4);
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.live
    }

    /// True when there are no live entries.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The index slot holding `key`'s position, and the position.
    fn find_slot(&self, key: &TableKey) -> Option<(usize, u32)> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = slot_of(key.hash, self.shift);
        loop {
            match self.slots[slot] {
                EMPTY_SLOT => return None,
                DELETED_SLOT => {}
                stored => {
                    let entry = &self.entries[stored as usize - 1];
                    if key.matches(entry.key, entry.hash) {
                        return Some((slot, stored - 1));
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    fn find(&self, key: Value) -> Option<u32> {
        self.find_slot(&TableKey::new(key)).map(|(_, position)| position)
    }

    /// Appends an entry for `key`, which the table lacks; returns the bytes its buffers grew by.
    fn push(&mut self, key: TableKey, value: Value) -> usize {
        let mut grew = 0;
        if (self.used + 1) * 4 > self.slots.len() * 3 {
            grew += self.rebuild_index((self.live + 1) * 2);
        }
        if self.entries.len() == self.entries.capacity() {
            grew += self.entries.capacity().max(4) * std::mem::size_of::<Entry>();
        }
        let position = self.entries.len() as u32;
        self.entries.push(Entry { key: key.value, value, hash: key.hash });
        let slot = self.free_slot(key.hash);
        if self.slots[slot] == EMPTY_SLOT {
            self.used += 1;
        }
        self.slots[slot] = position + 1;
        self.live += 1;
        grew
    }

    /// The first empty or deleted slot on `hash`'s probe sequence.
    fn free_slot(&self, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut slot = slot_of(hash, self.shift);
        while !matches!(self.slots[slot], EMPTY_SLOT | DELETED_SLOT) {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// Makes a fresh index for the live entries with room for `wanted` of them (deleted slots
    /// dropped); returns the bytes it grew by.
    fn rebuild_index(&mut self, wanted: usize) -> usize {
        let size = (wanted * 4 / 3 + 1).next_power_of_two().max(MIN_SLOTS);
        let old_size = self.slots.len();
        self.slots = vec![EMPTY_SLOT; size];
        self.shift = 64 - size.trailing_zeros();
        for (position, entry) in self.entries.iter().enumerate() {
            if !entry.key.is_hole() {
                let slot = self.free_slot(entry.hash);
                self.slots[slot] = position as u32 + 1;
            }
        }
        self.used = self.live;
        size.saturating_sub(old_size) * 4
    }

    /// Deletes `key`'s entry; whether there was one.
    fn remove(&mut self, key: Value) -> bool {
        let Some((slot, position)) = self.find_slot(&TableKey::new(key)) else { return false };
        self.slots[slot] = DELETED_SLOT;
        self.entries[position as usize] = Entry { key: Value::HOLE, value: Value::UNDEFINED, hash: 0 };
        self.live -= 1;
        true
    }

    /// The live entries in order (for inspection and tests).
    pub fn live_entries(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.entries.iter().filter(|entry| !entry.key.is_hole()).map(|entry| (entry.key, entry.value))
    }
}

/// -0 becomes +0 (Map.prototype.set step 5, Set.prototype.add step 4) and every NaN the one
/// NaN (arithmetic may make others), so equal keys have equal bits; other values as is.
fn normalize_key(key: Value) -> Value {
    match key.as_number() {
        // `-0.0 == 0.0`, so this folds both zeros into +0.
        Some(number) if number == 0.0 => Value::number(0.0),
        Some(number) if number.is_nan() => Value::NAN,
        _ => key,
    }
}

fn table_of(table: Gc<JsObject>) -> &'static mut OrderedTable {
    match table.get_mut().kind_mut() {
        Some(ObjectKind::OrderedTable(table)) => table,
        _ => crate::util::fatal("a Map or Set points at a non-table"),
    }
}

fn new_table(ctx: &mut Context) -> Gc<JsObject> {
    let shape = ctx.root_shape;
    ctx.alloc(JsObject::new(shape, None, ObjectKind::OrderedTable(Box::new(OrderedTable::new()))))
}

/// The current table of a Map or Set object.
fn current_table(collection: Gc<JsObject>) -> Gc<JsObject> {
    match *collection.get().kind() {
        ObjectKind::Map(table) | ObjectKind::Set(table) => table,
        _ => crate::util::fatal("not a Map or Set"),
    }
}

fn replace_table(collection: Gc<JsObject>, table: Gc<JsObject>) {
    match collection.get_mut().kind_mut() {
        Some(ObjectKind::Map(current) | ObjectKind::Set(current)) => *current = table,
        _ => crate::util::fatal("not a Map or Set"),
    }
}

/// Adds or updates `key` (already normalized) in the collection's table; may compact first.
fn table_set(ctx: &mut Context, collection: Gc<JsObject>, key: Value, value: Value) {
    let table = current_table(collection);
    let key = TableKey::new(key);
    if let Some((_, position)) = table_of(table).find_slot(&key) {
        table_of(table).entries[position as usize].value = value;
        return;
    }
    let data = table_of(table);
    let deleted = data.entries.len() - data.len();
    let table = if data.entries.len() >= 16 && deleted * 2 >= data.entries.len() { compact(ctx, collection, table) } else { table };
    let grew = table_of(table).push(key, value);
    if grew != 0 {
        ctx.heap.note_external(grew);
    }
}

/// Moves the live entries of `old` into a new table that replaces it.
fn compact(ctx: &mut Context, collection: Gc<JsObject>, old: Gc<JsObject>) -> Gc<JsObject> {
    let fresh = new_table(ctx);
    let (old_data, new_data) = (table_of(old), table_of(fresh));
    let mut removed = Vec::new();
    new_data.entries.reserve(old_data.len() * 2);
    for (position, entry) in old_data.entries.iter().enumerate() {
        if entry.key.is_hole() {
            removed.push(position as u32);
        } else {
            new_data.entries.push(*entry);
        }
    }
    new_data.live = new_data.entries.len();
    new_data.rebuild_index(new_data.live * 2);
    retire(old_data, fresh, Transition::Compacted(removed));
    replace_table(collection, fresh);
    fresh
}

fn retire(old: &mut OrderedTable, successor: Gc<JsObject>, transition: Transition) {
    *old = OrderedTable { successor: Some(successor), transition, ..OrderedTable::new() };
}

fn table_delete(collection: Gc<JsObject>, key: Value) -> bool {
    table_of(current_table(collection)).remove(normalize_key(key))
}

fn table_clear(ctx: &mut Context, collection: Gc<JsObject>) {
    let table = current_table(collection);
    if table_of(table).entries.is_empty() {
        return;
    }
    let fresh = new_table(ctx);
    retire(table_of(table), fresh, Transition::Cleared);
    replace_table(collection, fresh);
}

/// A position in a collection's entries that survives compaction and clearing.
#[derive(Copy, Clone)]
struct Cursor {
    table: Gc<JsObject>,
    index: u32,
}

impl Cursor {
    /// The next live entry at or after the cursor (following replaced tables first), and the
    /// cursor just past it; None at the end.
    fn next_entry(self) -> Option<((Value, Value), Cursor)> {
        let (mut table, mut index) = (self.table, self.index);
        loop {
            let data = table_of(table);
            let Some(successor) = data.successor else { break };
            match &data.transition {
                Transition::Compacted(removed) => index -= removed.partition_point(|&position| position < index) as u32,
                Transition::Cleared | Transition::Current => index = 0,
            }
            table = successor;
        }
        let entries = &table_of(table).entries;
        while let Some(entry) = entries.get(index as usize) {
            index += 1;
            if !entry.key.is_hole() {
                return Some(((entry.key, entry.value), Cursor { table, index }));
            }
        }
        None
    }
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

fn allocate_collection(ctx: &mut Context, call: &NativeCall, name: &str, is_map: bool) -> JsResult<Gc<JsObject>> {
    if !call.is_construct() {
        return ctx.throw_type_error(&format!("Constructor {name} requires 'new'"));
    }
    let default = if is_map { ctx.realm.map_prototype } else { ctx.realm.set_prototype };
    let prototype = function::prototype_from_constructor(ctx, call.new_target, default)?;
    let table = new_table(ctx);
    let kind = if is_map { ObjectKind::Map(table) } else { ObjectKind::Set(table) };
    let shape = ctx.root_shape;
    Ok(ctx.alloc(JsObject::new(shape, Some(prototype), kind)))
}

/// Get(target, adderName) checked for callability, with V8's message.
pub(crate) fn get_adder(ctx: &mut Context, target: Gc<JsObject>, name: &str) -> JsResult<Value> {
    let key = ctx.key(name);
    let adder = ops::get_property(ctx, target, key)?;
    if !adder.is_callable() {
        let text = crate::error::primitive_text(ctx, adder);
        let object = describe_value(ctx, Value::object(target));
        return ctx.throw_type_error(&format!("'{text}' returned for property '{name}' of object '{object}' is not a function"));
    }
    Ok(adder)
}

/// GetIterator(iterable, sync) for the collection constructors, with V8's not-iterable message.
pub(crate) fn open_iterable(ctx: &mut Context, iterable: Value) -> JsResult<IteratorRecord> {
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    let method = ops::get_value(ctx, iterable, iterator_key)?;
    if !method.is_callable() {
        let message = not_iterable_message(ctx, iterable);
        return ctx.throw_type_error(&message);
    }
    get_iterator_from_method(ctx, iterable, method)
}

/// AddEntriesFromIterable (§24.1.1.2): calls `adder` on `target` with each entry's `0` and `1`.
pub(crate) fn add_entries_from_iterable(ctx: &mut Context, target: Gc<JsObject>, iterable: Value, adder: Value) -> JsResult<()> {
    let record = open_iterable(ctx, iterable)?;
    while let Some(item) = iterator_step_value(ctx, record)? {
        let Some(entry) = item.as_object() else {
            let text = describe_value(ctx, item);
            let result = ctx.throw_type_error(&format!("Iterator value {text} is not an entry object"));
            return close_on_throw(ctx, record, result);
        };
        let key = ops::get_property(ctx, entry, PropertyKey::Index(0));
        let key = close_on_throw(ctx, record, key)?;
        let value = ops::get_property(ctx, entry, PropertyKey::Index(1));
        let value = close_on_throw(ctx, record, value)?;
        let result = function::call(ctx, adder, Value::object(target), &[key, value]);
        close_on_throw(ctx, record, result)?;
    }
    Ok(())
}

/// Map ( [ iterable ] ) (§24.1.1.1).
fn map_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let map = allocate_collection(ctx, call, "Map", true)?;
    let iterable = call.arg(0);
    if iterable.is_nullish() {
        return Ok(Value::object(map));
    }
    let adder = get_adder(ctx, map, "set")?;
    add_entries_from_iterable(ctx, map, iterable, adder)?;
    Ok(Value::object(map))
}

/// Set ( [ iterable ] ) (§24.2.1.1).
fn set_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let set = allocate_collection(ctx, call, "Set", false)?;
    let iterable = call.arg(0);
    if iterable.is_nullish() {
        return Ok(Value::object(set));
    }
    let adder = get_adder(ctx, set, "add")?;
    // A plain array with the built-in iterator and the built-in adder: no JS can observe the
    // difference, so add its elements directly.
    if let Some(source) = iterable.as_object() {
        if is_native(adder, set_add) && super::operations::array_iteration_is_pristine(ctx, source) && !source.get().has_sparse_elements() {
            let length = array::length(source) as usize;
            for index in 0..length {
                let element = source.get().dense_elements().get(index).copied().unwrap_or(Value::HOLE);
                let element = if element.is_hole() { Value::UNDEFINED } else { element };
                table_set(ctx, set, normalize_key(element), Value::UNDEFINED);
            }
            return Ok(Value::object(set));
        }
    }
    let record = open_iterable(ctx, iterable)?;
    while let Some(item) = iterator_step_value(ctx, record)? {
        let result = function::call(ctx, adder, Value::object(set), &[item]);
        close_on_throw(ctx, record, result)?;
    }
    Ok(Value::object(set))
}

/// How V8's Torque built-ins name a value they were about to call: `number 1`, `string "s"`,
/// `boolean true`, `object null`, `undefined`, `object`, `symbol`.
pub(crate) fn typed_value_text(ctx: &mut Context, value: Value) -> String {
    if value.is_undefined() {
        return "undefined".to_string();
    }
    if value.is_null() {
        return "object null".to_string();
    }
    if value.is_symbol() {
        return "symbol".to_string();
    }
    if value.is_object() {
        return if value.is_callable() { "function" } else { "object" }.to_string();
    }
    let type_name = crate::value::ops::type_of(ctx, value).get().to_rust_string();
    match value.as_string() {
        Some(text) => format!("{type_name} \"{}\"", text.get().to_rust_string()),
        None => format!("{type_name} {}", crate::error::primitive_text(ctx, value)),
    }
}

/// True when `value` is the built-in function implemented by `native`.
fn is_native(value: Value, native: NativeFn) -> bool {
    use crate::object::function::{FunctionData, FunctionVariant};
    match value.as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::Function(FunctionData { variant: FunctionVariant::Native { function, .. }, .. })) => {
            std::ptr::fn_addr_eq(*function, native)
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Map.prototype
// ---------------------------------------------------------------------------------------------

/// RequireInternalSlot(M, [[MapData]]) with V8's message.
fn this_map(ctx: &mut Context, this: Value, method: &str) -> JsResult<Gc<JsObject>> {
    if let Some(object) = this.as_object() {
        if matches!(*object.get().kind(), ObjectKind::Map(_)) {
            return Ok(object);
        }
    }
    let text = describe_value(ctx, this);
    ctx.throw_type_error(&format!("Method Map.prototype.{method} called on incompatible receiver {text}"))
}

/// RequireInternalSlot(S, [[SetData]]) with V8's message.
fn this_set(ctx: &mut Context, this: Value, method: &str) -> JsResult<Gc<JsObject>> {
    if let Some(object) = this.as_object() {
        if matches!(*object.get().kind(), ObjectKind::Set(_)) {
            return Ok(object);
        }
    }
    let text = describe_value(ctx, this);
    ctx.throw_type_error(&format!("Method Set.prototype.{method} called on incompatible receiver {text}"))
}

fn lookup(collection: Gc<JsObject>, key: Value) -> Option<Value> {
    let data = table_of(current_table(collection));
    data.find(normalize_key(key)).map(|position| data.entries[position as usize].value)
}

/// Map.prototype.get (§24.1.3.6).
fn map_get(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let map = this_map(ctx, call.this, "get")?;
    Ok(lookup(map, call.arg(0)).unwrap_or(Value::UNDEFINED))
}

/// Map.prototype.set (§24.1.3.9).
fn map_set(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let map = this_map(ctx, call.this, "set")?;
    table_set(ctx, map, normalize_key(call.arg(0)), call.arg(1));
    Ok(Value::object(map))
}

/// Map.prototype.has (§24.1.3.7).
fn map_has(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let map = this_map(ctx, call.this, "has")?;
    Ok(Value::boolean(lookup(map, call.arg(0)).is_some()))
}

/// Map.prototype.delete (§24.1.3.3).
fn map_delete(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let map = this_map(ctx, call.this, "delete")?;
    Ok(Value::boolean(table_delete(map, call.arg(0))))
}

/// Map.prototype.clear (§24.1.3.1).
fn map_clear(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let map = this_map(ctx, call.this, "clear")?;
    table_clear(ctx, map);
    Ok(Value::UNDEFINED)
}

/// get Map.prototype.size (§24.1.3.10).
fn map_size(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(map) = call.this.as_object().filter(|object| matches!(*object.get().kind(), ObjectKind::Map(_))) else {
        let text = describe_value(ctx, call.this);
        return ctx.throw_type_error(&format!("Method get Map.prototype.size called on incompatible receiver {text}"));
    };
    Ok(Value::number(table_of(current_table(map)).len() as f64))
}

/// Map.prototype.forEach (§24.1.3.5): entries added during the walk are visited, deleted
/// ones skipped.
fn map_for_each(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let map = this_map(ctx, call.this, "forEach")?;
    for_each(ctx, map, call, true)
}

fn for_each(ctx: &mut Context, collection: Gc<JsObject>, call: &NativeCall, is_map: bool) -> JsResult<Value> {
    let callback = call.arg(0);
    if !callback.is_callable() {
        let text = typed_value_text(ctx, callback);
        return ctx.throw_type_error(&format!("{text} is not a function"));
    }
    let this_arg = call.arg(1);
    let mut cursor = Cursor { table: current_table(collection), index: 0 };
    while let Some(((key, value), next)) = cursor.next_entry() {
        // The cursor's table stays alive in this frame's local across the call.
        cursor = next;
        let value = if is_map { value } else { key };
        function::call(ctx, callback, this_arg, &[value, key, Value::object(collection)])?;
    }
    Ok(Value::UNDEFINED)
}

/// Map.prototype.entries (§24.1.3.4), also [@@iterator].
fn map_entries(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let map = this_map(ctx, call.this, "entries")?;
    Ok(create_iterator(ctx, map, ArrayIterationKind::Entries, true))
}

/// Map.prototype.keys (§24.1.3.8).
fn map_keys(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let map = this_map(ctx, call.this, "keys")?;
    Ok(create_iterator(ctx, map, ArrayIterationKind::Keys, true))
}

/// Map.prototype.values (§24.1.3.11).
fn map_values(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let map = this_map(ctx, call.this, "values")?;
    Ok(create_iterator(ctx, map, ArrayIterationKind::Values, true))
}

// ---------------------------------------------------------------------------------------------
// Set.prototype
// ---------------------------------------------------------------------------------------------

/// Set.prototype.has (§24.2.4.8).
fn set_has(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let set = this_set(ctx, call.this, "has")?;
    Ok(Value::boolean(lookup(set, call.arg(0)).is_some()))
}

/// Set.prototype.add (§24.2.4.1).
fn set_add(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let set = this_set(ctx, call.this, "add")?;
    let key = normalize_key(call.arg(0));
    if table_of(current_table(set)).find(key).is_none() {
        table_set(ctx, set, key, Value::UNDEFINED);
    }
    Ok(Value::object(set))
}

/// Set.prototype.delete (§24.2.4.4).
fn set_delete(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let set = this_set(ctx, call.this, "delete")?;
    Ok(Value::boolean(table_delete(set, call.arg(0))))
}

/// Set.prototype.clear (§24.2.4.2).
fn set_clear(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let set = this_set(ctx, call.this, "clear")?;
    table_clear(ctx, set);
    Ok(Value::UNDEFINED)
}

/// get Set.prototype.size (§24.2.4.14).
fn set_size(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(set) = call.this.as_object().filter(|object| matches!(*object.get().kind(), ObjectKind::Set(_))) else {
        let text = describe_value(ctx, call.this);
        return ctx.throw_type_error(&format!("Method get Set.prototype.size called on incompatible receiver {text}"));
    };
    Ok(Value::number(table_of(current_table(set)).len() as f64))
}

/// Set.prototype.forEach (§24.2.4.7).
fn set_for_each(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let set = this_set(ctx, call.this, "forEach")?;
    for_each(ctx, set, call, false)
}

/// Set.prototype.entries (§24.2.4.5).
fn set_entries(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let set = this_set(ctx, call.this, "entries")?;
    Ok(create_iterator(ctx, set, ArrayIterationKind::Entries, false))
}

/// Set.prototype.values (§24.2.4.18), also `keys` and [@@iterator].
fn set_values(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let set = this_set(ctx, call.this, "values")?;
    Ok(create_iterator(ctx, set, ArrayIterationKind::Values, false))
}

// ---------------------------------------------------------------------------------------------
// Iterators
// ---------------------------------------------------------------------------------------------

/// The state of a Map or Set Iterator: a cursor into the collection's entries.
pub struct CollectionIteratorState {
    /// The table the cursor is in; None once the iterator is exhausted.
    table: Option<Gc<JsObject>>,
    /// The next position in `table`.
    index: u32,
    /// What to yield (a Set's Keys iteration is Values).
    kind: ArrayIterationKind,
}

impl CollectionIteratorState {
    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        tracer.option(self.table);
    }

    /// What the iterator yields.
    pub fn kind(&self) -> ArrayIterationKind {
        self.kind
    }

    /// The entries the iterator has still to yield, without advancing it (for inspection).
    pub fn remaining_entries(&self) -> Vec<(Value, Value)> {
        let mut out = Vec::new();
        let Some(table) = self.table else { return out };
        let mut cursor = Cursor { table, index: self.index };
        while let Some((entry, next)) = cursor.next_entry() {
            out.push(entry);
            cursor = next;
        }
        out
    }
}

/// CreateMapIterator (§24.1.5.1) / CreateSetIterator (§24.2.6.1).
fn create_iterator(ctx: &mut Context, collection: Gc<JsObject>, kind: ArrayIterationKind, is_map: bool) -> Value {
    let state = CollectionIteratorState { table: Some(current_table(collection)), index: 0, kind };
    let (prototype, kind) = if is_map {
        (ctx.realm.map_iterator_prototype, ObjectKind::MapIterator(state))
    } else {
        (ctx.realm.set_iterator_prototype, ObjectKind::SetIterator(state))
    };
    let shape = ctx.root_shape;
    Value::object(ctx.alloc(JsObject::new(shape, Some(prototype), kind)))
}

/// %MapIteratorPrototype%.next (§24.1.5.2.1).
fn map_iterator_next(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iterator_next(ctx, call.this, true)
}

/// %SetIteratorPrototype%.next (§24.2.6.2.1).
fn set_iterator_next(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iterator_next(ctx, call.this, false)
}

fn iterator_next(ctx: &mut Context, this: Value, is_map: bool) -> JsResult<Value> {
    Ok(match iterator_step(ctx, this, is_map)? {
        Some(value) => iter_result(ctx, value, false),
        None => iter_result(ctx, Value::UNDEFINED, true),
    })
}

/// The next value of a Map or Set iterator (None at the end), without the result object.
fn iterator_step(ctx: &mut Context, this: Value, is_map: bool) -> JsResult<Option<Value>> {
    let state = match this.as_object().and_then(|object| object.get_mut().kind_mut()) {
        Some(ObjectKind::MapIterator(state)) if is_map => state,
        Some(ObjectKind::SetIterator(state)) if !is_map => state,
        _ => {
            let text = describe_value(ctx, this);
            let name = if is_map { "Map" } else { "Set" };
            return ctx.throw_type_error(&format!("Method {name} Iterator.prototype.next called on incompatible receiver {text}"));
        }
    };
    let Some(table) = state.table else { return Ok(None) };
    let kind = state.kind;
    let Some(((key, value), next)) = (Cursor { table, index: state.index }).next_entry() else {
        state.table = None;
        return Ok(None);
    };
    state.table = Some(next.table);
    state.index = next.index;
    Ok(Some(match kind {
        ArrayIterationKind::Keys => key,
        ArrayIterationKind::Values if is_map => value,
        ArrayIterationKind::Values => key,
        ArrayIterationKind::Entries => {
            let second = if is_map { value } else { key };
            Value::object(array::from_values(ctx, &[key, second]))
        }
    }))
}

/// IteratorStep + IteratorValue for an iterator record whose `next` is the intrinsic
/// %MapIteratorPrototype%.next or %SetIteratorPrototype%.next: the next value (HOLE at the
/// end) without the result object that calling `next` would make and the loop would only
/// read back. None when `next` is any other function.
pub(crate) fn intrinsic_step(ctx: &mut Context, iterator: Value, next: Value) -> Option<JsResult<Value>> {
    let function = next.as_object()?;
    let data = function.get().function()?;
    let crate::object::function::FunctionVariant::Native { function: native, .. } = &data.variant else { return None };
    let native = *native as usize;
    let is_map = if native == map_iterator_next as NativeFn as usize {
        true
    } else if native == set_iterator_next as NativeFn as usize {
        false
    } else {
        return None;
    };
    Some(iterator_step(ctx, iterator, is_map).map(|step| step.unwrap_or(Value::HOLE)))
}

/// What `util.inspect` shows of a keyed collection or its iterator.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CollectionKind {
    /// A Map: `Map(n) { k => v }`.
    Map,
    /// A Set: `Set(n) { v }`.
    Set,
    /// A Map Iterator: `[Map Iterator] { … }` or `[Map Entries] { [k, v] }`.
    MapIterator,
    /// A Set Iterator.
    SetIterator,
    /// A WeakMap: `WeakMap { <items unknown> }`.
    WeakMap,
    /// A WeakSet.
    WeakSet,
}

impl CollectionKind {
    /// The type name node uses in prefixes (`Map`, `Set`, …).
    pub fn type_name(self) -> &'static str {
        match self {
            CollectionKind::Map | CollectionKind::MapIterator => "Map",
            CollectionKind::Set | CollectionKind::SetIterator => "Set",
            CollectionKind::WeakMap => "WeakMap",
            CollectionKind::WeakSet => "WeakSet",
        }
    }
}

/// A snapshot of a collection for `util.inspect` (node's `previewEntries`): the values to show,
/// flattened as `[key, value, key, value, …]` when `key_value`, else `[value, …]`, kept in a
/// GC list so they stay alive while the inspector runs getters.
pub struct CollectionPreview {
    /// What the object is.
    pub kind: CollectionKind,
    /// The entries to show (empty for weak collections).
    pub entries: Gc<crate::gc::ValueList>,
    /// True when `entries` holds key/value pairs.
    pub key_value: bool,
}

/// The preview of a Map, Set, their iterators, WeakMap or WeakSet; None for other objects.
pub fn collection_preview(ctx: &mut Context, object: Gc<JsObject>) -> Option<CollectionPreview> {
    let (kind, pairs, key_value) = match object.get().kind() {
        ObjectKind::Map(table) => (CollectionKind::Map, table_of(*table).live_entries().collect::<Vec<_>>(), true),
        ObjectKind::Set(table) => {
            let keys = table_of(*table).live_entries().map(|(key, _)| (key, Value::UNDEFINED)).collect();
            (CollectionKind::Set, keys, false)
        }
        ObjectKind::MapIterator(state) => {
            let entries = state.remaining_entries();
            match state.kind {
                ArrayIterationKind::Keys => (CollectionKind::MapIterator, entries.iter().map(|&(key, _)| (key, Value::UNDEFINED)).collect(), false),
                ArrayIterationKind::Values => (CollectionKind::MapIterator, entries.iter().map(|&(_, value)| (value, Value::UNDEFINED)).collect(), false),
                ArrayIterationKind::Entries => (CollectionKind::MapIterator, entries, true),
            }
        }
        ObjectKind::SetIterator(state) => {
            let entries = state.remaining_entries();
            let key_value = state.kind == ArrayIterationKind::Entries;
            (CollectionKind::SetIterator, entries.iter().map(|&(key, _)| (key, key)).collect(), key_value)
        }
        ObjectKind::WeakMap(_) => (CollectionKind::WeakMap, Vec::new(), true),
        ObjectKind::WeakSet(_) => (CollectionKind::WeakSet, Vec::new(), false),
        _ => return None,
    };
    // The values are still held by the collection while the list is allocated.
    let entries = ctx.new_list();
    for (key, value) in pairs {
        entries.get_mut().push(key);
        if key_value {
            entries.get_mut().push(value);
        }
    }
    Some(CollectionPreview { kind, entries, key_value })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call_method(ctx: &mut Context, target: Value, name: &str, args: &[Value]) -> Value {
        let key = ctx.key(name);
        let method = ops::get_value(ctx, target, key).expect("method");
        function::call(ctx, method, target, args).expect("call")
    }

    fn new_map(ctx: &mut Context) -> Value {
        let constructor = Value::object(ctx.realm.map_prototype);
        let key = PropertyKey::String(ctx.atoms.constructor);
        let constructor = ops::get_value(ctx, constructor, key).expect("constructor");
        function::construct(ctx, constructor, &[], constructor).expect("new Map")
    }

    #[test]
    fn iterators_survive_compaction_and_clear() {
        let mut ctx = Context::new_for_tests();
        let map = new_map(&mut ctx);
        for index in 0..100 {
            call_method(&mut ctx, map, "set", &[Value::int(index), Value::int(index * 10)]);
        }
        let iterator = call_method(&mut ctx, map, "keys", &[]);
        let first = call_method(&mut ctx, iterator, "next", &[]);
        let value_key = PropertyKey::String(ctx.atoms.value);
        assert_eq!(ops::get_value(&mut ctx, first, value_key).expect("value"), Value::int(0));
        // Delete 1..90 and insert enough to trigger a compaction.
        for index in 1..90 {
            call_method(&mut ctx, map, "delete", &[Value::int(index)]);
        }
        for index in 100..120 {
            call_method(&mut ctx, map, "set", &[Value::int(index), Value::UNDEFINED]);
        }
        ctx.collect_garbage();
        let mut seen = Vec::new();
        loop {
            let result = call_method(&mut ctx, iterator, "next", &[]);
            let done_key = PropertyKey::String(ctx.atoms.done);
            if ops::get_value(&mut ctx, result, done_key).expect("done") == Value::TRUE {
                break;
            }
            let value = ops::get_value(&mut ctx, result, value_key).expect("value");
            seen.push(value.as_number().expect("number") as i64);
            if seen.len() == 5 {
                call_method(&mut ctx, map, "clear", &[]);
                call_method(&mut ctx, map, "set", &[Value::int(7), Value::UNDEFINED]);
            }
        }
        assert_eq!(seen, vec![90, 91, 92, 93, 94, 7]);
    }

    #[test]
    fn keys_use_same_value_zero() {
        let mut ctx = Context::new_for_tests();
        let map = new_map(&mut ctx);
        call_method(&mut ctx, map, "set", &[Value::number(-0.0), Value::int(1)]);
        call_method(&mut ctx, map, "set", &[Value::NAN, Value::int(2)]);
        let text = crate::string::from_str(&mut ctx, "a long key that is not an atom");
        call_method(&mut ctx, map, "set", &[Value::string(text), Value::int(3)]);
        let other = crate::string::from_str(&mut ctx, "a long key that is not an atom");
        assert_eq!(call_method(&mut ctx, map, "get", &[Value::number(0.0)]), Value::int(1));
        assert_eq!(call_method(&mut ctx, map, "get", &[Value::number(f64::NAN)]), Value::int(2));
        assert_eq!(call_method(&mut ctx, map, "get", &[Value::string(other)]), Value::int(3));
    }
}
