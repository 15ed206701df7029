//! Hidden classes: a [`Shape`] describes the named properties of objects that were built the
//! same way — which key is in which slot, with which attributes. Shapes form a transition tree
//! rooted at the context's empty shape: adding key K with attributes A to an object of shape S
//! moves it to the child `S --(K, A)--> S'`, shared by every object that took the same steps.
//!
//! Identity is the point: two objects have the same layout iff their shape pointers are equal,
//! which is what an inline cache compares. Slot `i` belongs to the shape in the chain whose
//! `slot_count` is `i + 1`. Lookups walk the chain for small shapes and build a hash table
//! lazily for larger ones. Transitions are strong references for now (shapes live as long as
//! the root, i.e. forever); weak transitions are future work.

use super::property::{Attributes, PropertyKey};
use crate::gc::{CellHeader, CellKind, CellType, Gc, Trace, Tracer};
use crate::util::hash::FxHashMap;
use std::cell::{OnceCell, RefCell};

/// Objects with more named properties than this switch to dictionary mode.
pub const MAX_SHAPED_PROPERTIES: u32 = 64;
const LINEAR_LOOKUP_LIMIT: u32 = 8;

/// A hidden class.
#[repr(C)]
pub struct Shape {
    header: CellHeader,
    parent: Option<Gc<Shape>>,
    key: Option<PropertyKey>,
    attributes: Attributes,
    dictionary: bool,
    slot_count: u32,
    transitions: RefCell<Transitions>,
    table: OnceCell<Box<ShapeTable>>,
}

enum Transitions {
    None,
    One(PropertyKey, Attributes, Gc<Shape>),
    Many(FxHashMap<(PropertyKey, u8), Gc<Shape>>),
}

struct ShapeTable {
    keys: Vec<(PropertyKey, Attributes)>,
    index: FxHashMap<PropertyKey, u32>,
}

// SAFETY: repr(C) with the header first; trace.rs traces and drops Shape cells as `Shape`.
unsafe impl CellType for Shape {
    const KIND: CellKind = CellKind::Shape;
}

impl Trace for Shape {
    fn trace(&self, tracer: &mut Tracer) {
        tracer.option(self.parent);
        if let Some(key) = self.key {
            key.trace(tracer);
        }
        match &*self.transitions.borrow() {
            Transitions::None => {}
            Transitions::One(key, _, child) => {
                key.trace(tracer);
                tracer.cell(*child);
            }
            Transitions::Many(children) => {
                for (&(key, _), &child) in children {
                    key.trace(tracer);
                    tracer.cell(child);
                }
            }
        }
    }
}

impl Shape {
    /// The payload of a root (empty) shape; `dictionary` marks the shared shape of
    /// dictionary-mode objects, which an inline cache never matches.
    pub fn root(dictionary: bool) -> Shape {
        Shape {
            header: CellHeader::new(CellKind::Shape),
            parent: None,
            key: None,
            attributes: Attributes::NONE,
            dictionary,
            slot_count: 0,
            transitions: RefCell::new(Transitions::None),
            table: OnceCell::new(),
        }
    }

    /// Number of named properties (= slots used).
    #[inline]
    pub fn slot_count(&self) -> u32 {
        self.slot_count
    }

    /// True for the dictionary-mode marker shape.
    #[inline]
    pub fn is_dictionary(&self) -> bool {
        self.dictionary
    }

    /// The slot and attributes of `key`, if this shape has it.
    pub fn lookup(&self, key: PropertyKey) -> Option<(u32, Attributes)> {
        if self.slot_count <= LINEAR_LOOKUP_LIMIT {
            let mut shape = self;
            while let Some(own_key) = shape.key {
                if own_key == key {
                    return Some((shape.slot_count - 1, shape.attributes));
                }
                shape = shape.parent?.get();
            }
            return None;
        }
        let table = self.table();
        let &slot = table.index.get(&key)?;
        Some((slot, table.keys[slot as usize].1))
    }

    /// Keys and attributes in slot (= insertion) order.
    pub fn keys(&self) -> Vec<(PropertyKey, Attributes)> {
        if self.slot_count > LINEAR_LOOKUP_LIMIT {
            return self.table().keys.clone();
        }
        self.collect_keys()
    }

    fn collect_keys(&self) -> Vec<(PropertyKey, Attributes)> {
        let mut keys = Vec::with_capacity(self.slot_count as usize);
        let mut shape = Some(self);
        while let Some(current) = shape {
            if let Some(key) = current.key {
                keys.push((key, current.attributes));
            }
            shape = current.parent.map(|parent| parent.get());
        }
        keys.reverse();
        keys
    }

    fn table(&self) -> &ShapeTable {
        self.table.get_or_init(|| {
            let keys = self.collect_keys();
            let index = keys.iter().enumerate().map(|(slot, &(key, _))| (key, slot as u32)).collect();
            Box::new(ShapeTable { keys, index })
        })
    }

    /// The parent shape (this shape minus its last property).
    pub fn parent(&self) -> Option<Gc<Shape>> {
        self.parent
    }

    /// The key this shape added (None for a root).
    pub fn last_key(&self) -> Option<PropertyKey> {
        self.key
    }

    /// The attributes of the key this shape added.
    pub fn last_attributes(&self) -> Attributes {
        self.attributes
    }

    /// The existing child for adding `(key, attributes)`, if any.
    pub fn find_transition(&self, key: PropertyKey, attributes: Attributes) -> Option<Gc<Shape>> {
        match &*self.transitions.borrow() {
            Transitions::None => None,
            Transitions::One(own_key, own_attributes, child) => {
                (*own_key == key && *own_attributes == attributes).then_some(*child)
            }
            Transitions::Many(children) => children.get(&(key, attributes.bits())).copied(),
        }
    }

    /// The payload of the child shape that adds `(key, attributes)` to `parent`.
    pub fn child_of(parent: Gc<Shape>, key: PropertyKey, attributes: Attributes) -> Shape {
        Shape {
            header: CellHeader::new(CellKind::Shape),
            parent: Some(parent),
            key: Some(key),
            attributes,
            dictionary: false,
            slot_count: parent.get().slot_count + 1,
            transitions: RefCell::new(Transitions::None),
            table: OnceCell::new(),
        }
    }

    /// Records `child` as the transition for `(key, attributes)`.
    pub fn add_transition(&self, key: PropertyKey, attributes: Attributes, child: Gc<Shape>) {
        let mut transitions = self.transitions.borrow_mut();
        match &mut *transitions {
            Transitions::None => *transitions = Transitions::One(key, attributes, child),
            Transitions::One(own_key, own_attributes, own_child) => {
                let mut children = FxHashMap::default();
                children.insert((*own_key, own_attributes.bits()), *own_child);
                children.insert((key, attributes.bits()), child);
                *transitions = Transitions::Many(children);
            }
            Transitions::Many(children) => {
                children.insert((key, attributes.bits()), child);
            }
        }
    }
}
