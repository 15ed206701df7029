//! Cell allocation: 64 KiB-aligned pages, one size class per page, a free list per class, and
//! separately allocated large cells; plus the page bookkeeping the collector needs (mark
//! bitmaps, address → cell lookup for the conservative stack scan, sweeping).
//!
//! This file knows cell sizes and headers only; what a cell contains is `trace.rs`'s business.
//! It never decides *when* to collect — `Context::alloc_*` asks [`Heap::wants_collection`].

use super::{CellHeader, CellKind};
use crate::util::hash::FxBuildHasher;
use std::alloc::Layout;
use std::collections::HashMap;
use std::ptr::NonNull;

/// Size and alignment of a page; every page (small or large) starts on this boundary.
pub const PAGE_SIZE: usize = 1 << 16;
/// Cells larger than this get a page of their own.
pub const LARGE_CELL_THRESHOLD: usize = 8192;
/// The collection threshold never drops below this many bytes allocated since the last GC.
pub const MIN_GC_THRESHOLD: usize = 8 << 20;

const SIZE_CLASSES: [usize; 28] = [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 1024,
    1280, 1536, 2048, 2560, 3072, 4096, 5120, 6144, 8192,
];
/// At most this many empty pages (8 MiB) are kept for reuse instead of being freed.
const MAX_SPARE_PAGES: usize = 128;
const MARK_WORDS: usize = PAGE_SIZE / 16 / 64;
const LARGE_CLASS: usize = usize::MAX;

/// The header at the start of every page.
#[repr(C)]
struct PageHeader {
    /// Bytes per cell (the whole payload for a large page).
    cell_size: usize,
    /// `ceil(2^32 / cell_size)` (0 for large pages): `(offset * reciprocal) >> 32` is the cell
    /// index of any offset inside the page's first 64 KiB, without a division.
    reciprocal: u64,
    /// Number of cells.
    cell_count: usize,
    /// Address of cell 0.
    first_cell: usize,
    /// Size-class index, or `LARGE_CLASS`.
    class: usize,
    /// Bytes allocated for the page (for deallocation).
    allocation_size: usize,
    /// One mark bit per cell.
    marks: [u64; MARK_WORDS],
}

/// See `PageHeader::reciprocal`. Exact because offsets stay below 2^16 and cells are at
/// most 8 KiB, so the rounding error never reaches the next index.
fn reciprocal_of(cell_size: usize, class: usize) -> u64 {
    if class == LARGE_CLASS {
        0
    } else {
        (1u64 << 32).div_ceil(cell_size as u64)
    }
}

/// The index of the cell containing `addr` (which lies in the page's cell area).
#[inline(always)]
fn cell_index(page: &PageHeader, addr: usize) -> usize {
    let offset = (addr - page.first_cell) as u64;
    if page.reciprocal == 0 {
        return (offset / page.cell_size as u64) as usize;
    }
    ((offset * page.reciprocal) >> 32) as usize
}

const PAGE_HEADER_SIZE: usize = (std::mem::size_of::<PageHeader>() + 15) & !15;

/// A free cell: the Free header, then the next free cell of the same class.
#[repr(C)]
struct FreeCell {
    header: CellHeader,
    next: *mut FreeCell,
}

struct SizeClass {
    cell_size: usize,
    free: *mut FreeCell,
    pages: Vec<NonNull<PageHeader>>,
}

/// Counters for tests and `KILN_GC_STATS`-style diagnostics.
#[derive(Clone, Copy, Debug, Default)]
pub struct HeapStats {
    /// Number of collections so far.
    pub collections: u64,
    /// Cells alive after the last collection.
    pub live_cells: usize,
    /// Bytes (cells + approximate malloc'd payload) alive after the last collection.
    pub live_bytes: usize,
    /// Cells freed by the last collection.
    pub freed_cells: usize,
    /// Pages (small and large) currently held.
    pub pages: usize,
}

/// The cell allocator and page table of one context.
pub struct Heap {
    classes: Vec<SizeClass>,
    class_by_granule: Vec<u8>,
    large: Vec<NonNull<PageHeader>>,
    /// Empty small pages kept for reuse, so steady allocation does not fault pages in again.
    spare_pages: Vec<NonNull<PageHeader>>,
    chunks: HashMap<usize, NonNull<PageHeader>, FxBuildHasher>,
    lowest: usize,
    highest: usize,
    allocated_since_gc: usize,
    threshold: usize,
    stress_interval: u32,
    stress_counter: u32,
    /// True while a collection runs (allocation is then a bug).
    pub(crate) collecting: bool,
    /// Statistics of the last collection.
    pub stats: HeapStats,
}

impl Heap {
    /// An empty heap.
    pub fn new() -> Heap {
        let classes = SIZE_CLASSES
            .iter()
            .map(|&cell_size| SizeClass { cell_size, free: std::ptr::null_mut(), pages: Vec::new() })
            .collect();
        let mut class_by_granule = vec![0u8; 1024 / 16 + 1];
        for (granule, class) in class_by_granule.iter_mut().enumerate() {
            let size = granule * 16;
            *class = SIZE_CLASSES.iter().position(|&cell| cell >= size).unwrap_or(0) as u8;
        }
        Heap {
            classes,
            class_by_granule,
            large: Vec::new(),
            spare_pages: Vec::new(),
            chunks: HashMap::default(),
            lowest: usize::MAX,
            highest: 0,
            allocated_since_gc: 0,
            threshold: MIN_GC_THRESHOLD,
            stress_interval: 0,
            stress_counter: 0,
            collecting: false,
            stats: HeapStats::default(),
        }
    }

    /// Collect at every `interval`-th allocation (0 turns stress mode off).
    pub fn set_stress_interval(&mut self, interval: u32) {
        self.stress_interval = interval;
        self.stress_counter = 0;
    }

    /// True when the next allocation should be preceded by a collection.
    #[inline]
    pub fn wants_collection(&mut self) -> bool {
        if self.stress_interval != 0 {
            self.stress_counter += 1;
            if self.stress_counter >= self.stress_interval {
                self.stress_counter = 0;
                return true;
            }
        }
        self.allocated_since_gc >= self.threshold
    }

    /// Counts `bytes` of malloc'd payload (vectors, tables) towards the next collection.
    #[inline]
    pub fn note_external(&mut self, bytes: usize) {
        self.allocated_since_gc += bytes;
    }

    /// Allocates an uninitialized cell of `size` bytes (8-aligned). The caller writes a valid
    /// cell (header first) before anything else can run. Never collects.
    pub fn alloc_raw(&mut self, size: usize) -> NonNull<u8> {
        debug_assert!(!self.collecting, "allocation during collection");
        let size = size.max(16);
        if size > LARGE_CELL_THRESHOLD {
            return self.alloc_large(size);
        }
        let class = if size <= 1024 {
            self.class_by_granule[size.div_ceil(16)] as usize
        } else {
            SIZE_CLASSES.iter().position(|&cell| cell >= size).unwrap_or(SIZE_CLASSES.len() - 1)
        };
        if self.classes[class].free.is_null() {
            self.add_page(class);
        }
        let state = &mut self.classes[class];
        let cell = state.free;
        // SAFETY: `cell` is a non-null free cell of this class (add_page guarantees one), so
        // its `next` field is initialized.
        state.free = unsafe { (*cell).next };
        self.allocated_since_gc += state.cell_size;
        match NonNull::new(cell.cast::<u8>()) {
            Some(pointer) => pointer,
            None => crate::util::fatal("empty free list after adding a page"),
        }
    }

    fn add_page(&mut self, class: usize) {
        let cell_size = self.classes[class].cell_size;
        let cell_count = (PAGE_SIZE - PAGE_HEADER_SIZE) / cell_size;
        let page = match self.spare_pages.pop() {
            Some(page) => {
                // SAFETY: a spare page is a live, empty small page; we re-format its header.
                unsafe {
                    let header = page.as_ptr();
                    (*header).cell_size = cell_size;
                    (*header).reciprocal = reciprocal_of(cell_size, class);
                    (*header).cell_count = cell_count;
                    (*header).class = class;
                    (*header).marks = [0; MARK_WORDS];
                }
                let start = page.as_ptr() as usize;
                self.lowest = self.lowest.min(start);
                self.highest = self.highest.max(start + PAGE_SIZE);
                page
            }
            None => self.map_page(PAGE_SIZE, cell_size, cell_count, class),
        };
        // SAFETY: the page was just allocated and its header written by `map_page`.
        let header = unsafe { page.as_ref() };
        let mut free: *mut FreeCell = self.classes[class].free;
        for index in (0..header.cell_count).rev() {
            let cell = (header.first_cell + index * cell_size) as *mut FreeCell;
            // SAFETY: `cell` lies inside the page's cell area, which is writable and aligned.
            unsafe { cell.write(FreeCell { header: CellHeader::new(CellKind::Free), next: free }) };
            free = cell;
        }
        self.classes[class].free = free;
        self.classes[class].pages.push(page);
    }

    fn alloc_large(&mut self, size: usize) -> NonNull<u8> {
        let allocation_size = (PAGE_HEADER_SIZE + size).div_ceil(PAGE_SIZE) * PAGE_SIZE;
        let page = self.map_page(allocation_size, size, 1, LARGE_CLASS);
        self.large.push(page);
        self.allocated_since_gc += size;
        // SAFETY: the header was written by `map_page`.
        let first = unsafe { page.as_ref().first_cell };
        match NonNull::new(first as *mut u8) {
            Some(pointer) => pointer,
            None => crate::util::fatal("null large cell"),
        }
    }

    fn map_page(&mut self, allocation_size: usize, cell_size: usize, cell_count: usize, class: usize) -> NonNull<PageHeader> {
        let layout = match Layout::from_size_align(allocation_size, PAGE_SIZE) {
            Ok(layout) => layout,
            Err(_) => crate::util::fatal("invalid page layout"),
        };
        // SAFETY: the layout has a non-zero size.
        let memory = unsafe { std::alloc::alloc(layout) };
        let Some(page) = NonNull::new(memory.cast::<PageHeader>()) else {
            std::alloc::handle_alloc_error(layout)
        };
        let first_cell = memory as usize + PAGE_HEADER_SIZE;
        // SAFETY: the allocation is at least PAGE_HEADER_SIZE bytes and suitably aligned.
        unsafe {
            page.as_ptr().write(PageHeader {
                cell_size,
                reciprocal: reciprocal_of(cell_size, class),
                cell_count,
                first_cell,
                class,
                allocation_size,
                marks: [0; MARK_WORDS],
            })
        };
        if class == LARGE_CLASS {
            // A large page's cell starts with a Free header until the caller initializes it.
            // SAFETY: the cell area is inside the allocation.
            unsafe { (first_cell as *mut CellHeader).write(CellHeader::new(CellKind::Free)) };
        }
        let start = memory as usize;
        for chunk in (start..start + allocation_size).step_by(PAGE_SIZE) {
            self.chunks.insert(chunk >> 16, page);
        }
        self.lowest = self.lowest.min(start);
        self.highest = self.highest.max(start + allocation_size);
        self.stats.pages += 1;
        page
    }

    fn unmap_page(&mut self, page: NonNull<PageHeader>) {
        // SAFETY: the page is one of ours and still mapped.
        let allocation_size = unsafe { page.as_ref().allocation_size };
        let start = page.as_ptr() as usize;
        for chunk in (start..start + allocation_size).step_by(PAGE_SIZE) {
            self.chunks.remove(&(chunk >> 16));
        }
        let layout = match Layout::from_size_align(allocation_size, PAGE_SIZE) {
            Ok(layout) => layout,
            Err(_) => crate::util::fatal("invalid page layout"),
        };
        // SAFETY: the page was allocated with exactly this layout and is no longer referenced.
        unsafe { std::alloc::dealloc(page.as_ptr().cast::<u8>(), layout) };
        self.stats.pages -= 1;
    }

    /// The live cell containing `addr` (interior pointers included), if any. Used by the
    /// conservative stack scan; never dereferences memory outside our pages.
    pub fn find_cell(&self, addr: usize) -> Option<NonNull<CellHeader>> {
        if addr < self.lowest || addr >= self.highest {
            return None;
        }
        let page = *self.chunks.get(&(addr >> 16))?;
        // SAFETY: the chunk map holds only live pages.
        let header = unsafe { page.as_ref() };
        if addr < header.first_cell {
            return None;
        }
        let index = cell_index(header, addr);
        if index >= header.cell_count {
            return None;
        }
        let cell = (header.first_cell + index * header.cell_size) as *mut CellHeader;
        // SAFETY: `cell` is the start of a cell slot inside the page; every slot starts with a
        // header word (Free or a live kind).
        let kind = unsafe { (*cell).kind() };
        if kind == CellKind::Free {
            return None;
        }
        NonNull::new(cell)
    }

    /// Sets the mark bit of the cell starting at `cell`; true if it was not marked before.
    #[inline(always)]
    pub(crate) fn mark(&self, cell: *const CellHeader) -> bool {
        let addr = cell as usize;
        let page = (addr & !(PAGE_SIZE - 1)) as *mut PageHeader;
        // SAFETY: every cell start lies in the first 64 KiB of its page (large cells start right
        // after the header), so masking the address finds the page header.
        unsafe {
            let index = cell_index(&*page, addr);
            let word = &mut (*page).marks[index / 64];
            let bit = 1u64 << (index % 64);
            let was_marked = *word & bit != 0;
            *word |= bit;
            !was_marked
        }
    }

    /// True when the cell starting at `cell` is marked (weak-reference processing asks this
    /// between marking and sweeping).
    #[inline(always)]
    pub(crate) fn is_marked(&self, cell: *const CellHeader) -> bool {
        let addr = cell as usize;
        let page = (addr & !(PAGE_SIZE - 1)) as *const PageHeader;
        // SAFETY: as in `mark`: masking a cell start finds its page header.
        unsafe {
            let index = cell_index(&*page, addr);
            (*page).marks[index / 64] & (1u64 << (index % 64)) != 0
        }
    }

    /// Frees every unmarked cell (finalizing it with `finalize`), clears the marks, rebuilds the
    /// free lists, releases empty pages and resets the trigger from `live_bytes`.
    pub(crate) fn sweep(&mut self, finalize: &mut dyn FnMut(NonNull<CellHeader>), external_live_bytes: usize) {
        let mut live_cells = 0usize;
        let mut live_bytes = external_live_bytes;
        let mut freed = 0usize;
        let mut empty_pages = Vec::new();
        for class in 0..self.classes.len() {
            let cell_size = self.classes[class].cell_size;
            let mut free_head: *mut FreeCell = std::ptr::null_mut();
            let mut free_tail: *mut FreeCell = std::ptr::null_mut();
            let mut kept_pages = Vec::with_capacity(self.classes[class].pages.len());
            for &page in &self.classes[class].pages {
                let page_ptr = page.as_ptr();
                // SAFETY: the page is live; we only touch its header and cell slots.
                let (first_cell, cell_count) = unsafe { ((*page_ptr).first_cell, (*page_ptr).cell_count) };
                let mut page_live = 0usize;
                let mut page_free_head: *mut FreeCell = std::ptr::null_mut();
                let mut page_free_tail: *mut FreeCell = std::ptr::null_mut();
                for index in 0..cell_count {
                    let cell = (first_cell + index * cell_size) as *mut CellHeader;
                    // SAFETY: `cell` is a cell slot of this page; the mark bitmap is in the header.
                    let (kind, marked) = unsafe { ((*cell).kind(), (*page_ptr).marks[index / 64] & (1 << (index % 64)) != 0) };
                    if kind != CellKind::Free && marked {
                        page_live += 1;
                        continue;
                    }
                    if kind != CellKind::Free {
                        if let Some(cell) = NonNull::new(cell) {
                            finalize(cell);
                        }
                        freed += 1;
                    }
                    let free = cell.cast::<FreeCell>();
                    // SAFETY: the slot is dead (or already free); we overwrite it with a free cell.
                    unsafe {
                        #[cfg(debug_assertions)]
                        std::ptr::write_bytes(cell.cast::<u8>(), 0xdb, cell_size);
                        free.write(FreeCell { header: CellHeader::new(CellKind::Free), next: std::ptr::null_mut() });
                        if page_free_tail.is_null() {
                            page_free_head = free;
                        } else {
                            (*page_free_tail).next = free;
                        }
                    }
                    page_free_tail = free;
                }
                // SAFETY: clearing the page's own mark bitmap.
                unsafe { (*page_ptr).marks = [0; MARK_WORDS] };
                if page_live == 0 {
                    empty_pages.push(page);
                    continue;
                }
                live_cells += page_live;
                live_bytes += page_live * cell_size;
                kept_pages.push(page);
                if !page_free_head.is_null() {
                    if free_tail.is_null() {
                        free_head = page_free_head;
                    } else {
                        // SAFETY: `free_tail` is a free cell written above.
                        unsafe { (*free_tail).next = page_free_head };
                    }
                    free_tail = page_free_tail;
                }
            }
            self.classes[class].pages = kept_pages;
            self.classes[class].free = free_head;
        }
        let mut kept_large = Vec::with_capacity(self.large.len());
        for &page in &self.large {
            let page_ptr = page.as_ptr();
            // SAFETY: the large page is live; its single cell starts at `first_cell`.
            let (cell, marked, size) = unsafe {
                ((*page_ptr).first_cell as *mut CellHeader, (*page_ptr).marks[0] & 1 != 0, (*page_ptr).cell_size)
            };
            // SAFETY: reading the header of the page's only cell.
            let kind = unsafe { (*cell).kind() };
            if kind != CellKind::Free && marked {
                // SAFETY: clearing the page's own mark bitmap.
                unsafe { (*page_ptr).marks[0] = 0 };
                live_cells += 1;
                live_bytes += size;
                kept_large.push(page);
            } else {
                if kind != CellKind::Free {
                    if let Some(cell) = NonNull::new(cell) {
                        finalize(cell);
                    }
                    freed += 1;
                }
                empty_pages.push(page);
            }
        }
        self.large = kept_large;
        for page in empty_pages {
            // SAFETY: the page is still mapped; reading its class.
            let class = unsafe { page.as_ref().class };
            if class != LARGE_CLASS && self.spare_pages.len() < MAX_SPARE_PAGES {
                self.spare_pages.push(page);
            } else {
                self.unmap_page(page);
            }
        }
        self.recompute_bounds();
        self.allocated_since_gc = 0;
        self.threshold = live_bytes.max(MIN_GC_THRESHOLD);
        self.stats.collections += 1;
        self.stats.live_cells = live_cells;
        self.stats.live_bytes = live_bytes;
        self.stats.freed_cells = freed;
    }

    fn recompute_bounds(&mut self) {
        self.lowest = usize::MAX;
        self.highest = 0;
        let pages = self.classes.iter().flat_map(|class| class.pages.iter()).chain(self.large.iter());
        for page in pages {
            let start = page.as_ptr() as usize;
            // SAFETY: the page is live.
            let size = unsafe { page.as_ref().allocation_size };
            self.lowest = self.lowest.min(start);
            self.highest = self.highest.max(start + size);
        }
    }

    /// Visits every live (allocated) cell; used to finalize everything when the context drops.
    pub(crate) fn for_each_cell(&self, visit: &mut dyn FnMut(NonNull<CellHeader>)) {
        for class in &self.classes {
            for page in &class.pages {
                // SAFETY: the page is live.
                let header = unsafe { page.as_ref() };
                for index in 0..header.cell_count {
                    let cell = (header.first_cell + index * header.cell_size) as *mut CellHeader;
                    // SAFETY: each slot starts with a header word.
                    if unsafe { (*cell).kind() } != CellKind::Free {
                        if let Some(cell) = NonNull::new(cell) {
                            visit(cell);
                        }
                    }
                }
            }
        }
        for page in &self.large {
            // SAFETY: the page is live.
            let cell = unsafe { page.as_ref().first_cell } as *mut CellHeader;
            // SAFETY: the page's cell starts with a header word.
            if unsafe { (*cell).kind() } != CellKind::Free {
                if let Some(cell) = NonNull::new(cell) {
                    visit(cell);
                }
            }
        }
    }

    /// Releases every page without finalizing cells (the caller finalized them already).
    pub(crate) fn release_all(&mut self) {
        let pages: Vec<_> = self.classes.iter_mut().flat_map(|class| std::mem::take(&mut class.pages)).collect();
        for class in &mut self.classes {
            class.free = std::ptr::null_mut();
        }
        let spare = std::mem::take(&mut self.spare_pages);
        for page in pages.into_iter().chain(std::mem::take(&mut self.large)).chain(spare) {
            self.unmap_page(page);
        }
    }

    /// The usable size of the cell at `cell` (its size-class slot).
    pub fn cell_size(&self, cell: NonNull<CellHeader>) -> usize {
        let page = (cell.as_ptr() as usize & !(PAGE_SIZE - 1)) as *const PageHeader;
        // SAFETY: as in `mark`, masking a cell start finds its page header.
        unsafe { (*page).cell_size }
    }
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new()
    }
}
