//! Cell allocation: 64 KiB-aligned pages, one size class per page, and separately allocated
//! large cells; plus the page bookkeeping the collector needs (mark bitmaps, address → cell
//! lookup for the conservative stack scan, lazy sweeping).
//!
//! Sweeping is lazy and has no free lists: after a collection, a page's mark bitmap says which
//! cells are live, and the allocator walks each page of a class in address order, bumping
//! through each run of unmarked cells (finalizing a cell first when it held a dead object).
//! A fresh or emptied page is one run, and a dead cell is touched once, when it is reused. A collection first finishes the sweep (`finish_sweep`), so that while it
//! marks, every cell is either allocated or `Free`.
//!
//! This file knows cell sizes and headers only; what a cell contains is `trace.rs`'s business
//! (it calls [`finalize_cell`] on dead cells). It never decides *when* to collect —
//! `Context::alloc_*` asks [`Heap::wants_collection`].

use super::trace::finalize_cell;
use super::{CellHeader, CellKind};
use crate::util::hash::FxBuildHasher;
use std::alloc::Layout;
use std::collections::HashMap;
use std::ptr::NonNull;

/// Size and alignment of a page; every page (small or large) starts on this boundary.
pub const PAGE_SIZE: usize = 1 << 16;
/// Cells larger than this get a page of their own.
pub const LARGE_CELL_THRESHOLD: usize = 8192;
/// Small pages are carved out of arenas of this size (and alignment), which the kernel may back
/// with transparent huge pages (`MADV_HUGEPAGE`): a heap of tens of megabytes in 4 KiB pages
/// misses the TLB on most object accesses, while marking and in compiled code alike (measured:
/// binary_trees ran twice as fast with huge pages).
const ARENA_SIZE: usize = 2 << 20;
/// How many arenas a heap maps before it asks for huge pages (see `Heap::arena_page`).
const SMALL_PAGE_ARENAS: usize = 2;
/// Arenas without a page in use kept mapped (beyond the `MAX_SPARE_PAGES` formatted ones).
const MAX_EMPTY_ARENAS: usize = 8;
/// The collection threshold never drops below this many bytes allocated since the last GC.
pub const MIN_GC_THRESHOLD: usize = 8 << 20;
/// Reusing memory the heap held before (`Heap::high_water`), a cycle may allocate up to this
/// many times the live bytes before collecting (at least `2 * MIN_GC_THRESHOLD`).
const MAX_GROWTH_FACTOR: usize = 3;

const SIZE_CLASSES: [usize; 32] = [
    16, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 320, 384, 448, 512,
    640, 768, 1024, 1280, 1536, 2048, 2560, 3072, 4096, 5120, 6144, 8192,
];
/// Bytes per entry of `Heap::class_by_granule`.
const GRANULE: usize = 16;
/// At most this many empty pages (8 MiB) are kept for reuse instead of being freed.
const MAX_SPARE_PAGES: usize = 128;
const MARK_WORDS: usize = PAGE_SIZE / 16 / 64;
const LARGE_CLASS: usize = usize::MAX;
/// Bytes left unused at the end of a small page's cell area. A compact object's cell ends
/// before the `JsObject` type does (`object::COMPACT_OBJECT_SIZE`); the slack keeps the bytes a
/// `&JsObject` to the page's last cell nominally spans inside the page.
const CELL_AREA_SLACK: usize = std::mem::size_of::<crate::object::JsObject>() - crate::object::COMPACT_OBJECT_SIZE;
/// The class of a spare page (formatted with no cells).
const SPARE_CLASS: usize = usize::MAX - 1;
/// Marks an entry of `Heap::arena_free` (a `PAGE_SIZE`-aligned address) as not fresh.
const USED_PIECE: usize = 1;
// A zeroed cell area is a run of `Free` cells (see `format_small_page`).
const _: () = assert!(CellKind::Free as u8 == 0);

/// The header at the start of every page.
#[repr(C)]
struct PageHeader {
    /// Bytes per cell (the whole payload for a large page).
    cell_size: usize,
    /// `ceil(2^32 / cell_size)` (0 for large pages): `(offset * reciprocal) >> 32` is the cell
    /// index of any offset inside the page's first 64 KiB, without a division.
    reciprocal: u64,
    /// Number of cells (0 for a spare page, so no address inside it is a cell).
    cell_count: usize,
    /// Address of cell 0.
    first_cell: usize,
    /// Size-class index, `LARGE_CLASS` or `SPARE_CLASS`.
    class: usize,
    /// Bytes allocated for the page (for deallocation).
    allocation_size: usize,
    /// One mark bit per cell. Between collections: the cells that survived the last one.
    marks: [u64; MARK_WORDS],
}

/// See `PageHeader::reciprocal`. Exact because offsets stay below 2^16 and cells are at
/// most 8 KiB, so the rounding error never reaches the next index.
fn reciprocal_of(cell_size: usize, class: usize) -> u64 {
    if class >= SPARE_CLASS {
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
        return (offset / page.cell_size.max(1) as u64) as usize;
    }
    ((offset * page.reciprocal) >> 32) as usize
}

const PAGE_HEADER_SIZE: usize = (std::mem::size_of::<PageHeader>() + 15) & !15;

/// The allocation state of one size class.
struct SizeClass {
    cell_size: usize,
    /// The pages of this class that hold live cells or are being allocated in.
    pages: Vec<NonNull<PageHeader>>,
    /// `pages[..next_page]` have been handed to the allocator since the last collection.
    next_page: usize,
    /// The page being allocated in (null when none).
    current: *mut PageHeader,
    /// The index of the first cell of `current` after the free run being allocated from.
    cursor: usize,
    /// The free run being allocated from: the address of its next cell, and the end of the
    /// run (cells of `current` that the last collection did not mark, handed out in order).
    run_next: usize,
    run_end: usize,
}

/// Counters for tests and diagnostics.
#[derive(Clone, Copy, Debug, Default)]
pub struct HeapStats {
    /// Number of collections so far.
    pub collections: u64,
    /// Cells alive after the last collection.
    pub live_cells: usize,
    /// Bytes (cells + approximate malloc'd payload) alive after the last collection.
    pub live_bytes: usize,
    /// Cells found dead by the last collection (finalized lazily, when reused or at the next
    /// collection).
    pub freed_cells: usize,
    /// Pages (small and large, spare ones included) currently held.
    pub pages: usize,
    /// Large pages whose memory came from the system allocator (not from a kept one).
    pub large_allocations: u64,
}

/// The cell allocator and page table of one context.
pub struct Heap {
    classes: Vec<SizeClass>,
    class_by_granule: Vec<u8>,
    large: Vec<NonNull<PageHeader>>,
    /// Freed large allocations kept for the next large cells (a stream's chunk-sized strings
    /// and buffers die and are made again every chunk; giving each back to malloc would map
    /// and unmap it each time): (allocation size, memory), oldest first, and their total size.
    large_spares: std::collections::VecDeque<(usize, *mut u8)>,
    large_spare_bytes: usize,
    /// Small pages found without a live cell by the last collection, with their dead cells not
    /// yet finalized. Their class reuses them first; another class takes them after finalizing.
    empty_pages: Vec<NonNull<PageHeader>>,
    /// Formatted empty pages kept for reuse, so steady allocation does not fault pages in again.
    spare_pages: Vec<NonNull<PageHeader>>,
    chunks: HashMap<usize, NonNull<PageHeader>, FxBuildHasher>,
    /// Arenas (`ARENA_SIZE`-aligned start → number of its pages in use).
    arenas: HashMap<usize, u32, FxBuildHasher>,
    /// Unused page-sized pieces of arenas (their addresses, `| USED_PIECE` for a piece that was
    /// a page before and so holds old contents).
    arena_free: Vec<usize>,
    lowest: usize,
    highest: usize,
    allocated_since_gc: usize,
    /// Cells allocated since the last collection (for `HeapStats::freed_cells`).
    cells_since_gc: usize,
    threshold: usize,
    /// The most bytes (live plus allocated since) the heap has held at a collection: memory the
    /// process has touched already, which the trigger lets the next cycle use (see
    /// `after_marking`).
    high_water: usize,
    stress_interval: u32,
    stress_counter: u32,
    /// True while a collection runs (allocation is then a bug).
    pub(crate) collecting: bool,
    /// `KILN_GC_LOG` is set: each collection prints one line of statistics to stderr.
    pub(crate) log: bool,
    /// Statistics of the last collection.
    pub stats: HeapStats,
}

impl Heap {
    /// An empty heap.
    pub fn new() -> Heap {
        // A loop, not `collect()`: the `from_iter` instance `collect` makes has a symbol hash
        // that changes with unrelated edits, and start-up code is placed by symbol name
        // (`compiler/src/link/startup_functions.txt`).
        let mut classes = Vec::with_capacity(SIZE_CLASSES.len());
        for &cell_size in &SIZE_CLASSES {
            classes.push(SizeClass { cell_size, pages: Vec::new(), next_page: 0, current: std::ptr::null_mut(), cursor: 0, run_next: 0, run_end: 0 });
        }
        let mut class_by_granule = vec![0u8; 1024 / GRANULE + 1];
        for (granule, class) in class_by_granule.iter_mut().enumerate() {
            let size = granule * GRANULE;
            *class = SIZE_CLASSES.iter().position(|&cell| cell >= size).unwrap_or(0) as u8;
        }
        Heap {
            classes,
            class_by_granule,
            large: Vec::new(),
            large_spares: std::collections::VecDeque::new(),
            large_spare_bytes: 0,
            empty_pages: Vec::new(),
            spare_pages: Vec::new(),
            chunks: HashMap::default(),
            arenas: HashMap::default(),
            arena_free: Vec::new(),
            lowest: usize::MAX,
            highest: 0,
            allocated_since_gc: 0,
            cells_since_gc: 0,
            threshold: MIN_GC_THRESHOLD,
            high_water: 0,
            stress_interval: 0,
            stress_counter: 0,
            collecting: false,
            log: std::env::var_os("KILN_GC_LOG").is_some_and(|value| !value.is_empty()),
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

    /// Bytes to allocate after the last collection before the next one (for tests).
    #[cfg(test)]
    pub(crate) fn threshold(&self) -> usize {
        self.threshold
    }

    /// Counts `bytes` of malloc'd payload (vectors, tables) towards the next collection.
    #[inline]
    pub fn note_external(&mut self, bytes: usize) {
        self.allocated_since_gc += bytes;
    }

    /// Allocates an uninitialized cell of `size` bytes (8-aligned). The caller writes a valid
    /// cell (header first) before anything else can run. Never collects.
    #[inline]
    pub fn alloc_raw(&mut self, size: usize) -> NonNull<u8> {
        self.alloc_raw_sized(size).0
    }

    /// `alloc_raw`, also returning the usable size of the cell (its size class).
    ///
    /// The fast path is a bump through the current free run of the size class: the next cell
    /// is handed out (finalized first if a dead cell was there) and a cell a few steps ahead is
    /// prefetched, since the allocator touches memory the program has not used since the
    /// last collection.
    #[inline]
    pub fn alloc_raw_sized(&mut self, size: usize) -> (NonNull<u8>, usize) {
        debug_assert!(!self.collecting, "allocation during collection");
        if size > 1024 {
            let cell = self.alloc_big(size);
            // SAFETY: a cell start: masking finds its page header.
            return (cell, self.cell_size(cell.cast()));
        }
        let class = self.class_by_granule[size.div_ceil(GRANULE)] as usize;
        let state = &mut self.classes[class];
        let cell_size = state.cell_size;
        self.allocated_since_gc += cell_size;
        self.cells_since_gc += 1;
        let cell = state.run_next;
        if cell < state.run_end {
            state.run_next = cell + cell_size;
            prefetch_for_write(cell + 4 * cell_size);
            // SAFETY: `cell` is an unmarked cell of the current page, not handed out since the
            // last collection: `Free`, or dead and not finalized yet.
            unsafe {
                let header = cell as *mut CellHeader;
                if (*header).kind() != CellKind::Free {
                    reuse_dead_cell(header);
                }
                return (NonNull::new_unchecked(cell as *mut u8), cell_size);
            }
        }
        (self.alloc_in_next_run(class), cell_size)
    }

    #[inline(never)]
    fn alloc_big(&mut self, size: usize) -> NonNull<u8> {
        if size > LARGE_CELL_THRESHOLD {
            return self.alloc_large(size);
        }
        let class = SIZE_CLASSES.iter().position(|&cell| cell >= size).unwrap_or(SIZE_CLASSES.len() - 1);
        let cell_size = self.classes[class].cell_size;
        self.allocated_since_gc += cell_size;
        self.cells_since_gc += 1;
        let state = &mut self.classes[class];
        let cell = state.run_next;
        if cell < state.run_end {
            state.run_next = cell + cell_size;
            // SAFETY: as in `alloc_raw_sized`.
            unsafe {
                let header = cell as *mut CellHeader;
                if (*header).kind() != CellKind::Free {
                    reuse_dead_cell(header);
                }
                return NonNull::new_unchecked(cell as *mut u8);
            }
        }
        self.alloc_in_next_run(class)
    }

    /// The current free run of `class` is used up: finds the next run of unmarked cells in its
    /// current page, or in its next page with one (adding a page when none is left), and
    /// allocates the run's first cell.
    #[inline(never)]
    fn alloc_in_next_run(&mut self, class: usize) -> NonNull<u8> {
        loop {
            let state = &mut self.classes[class];
            if !state.current.is_null() {
                // SAFETY: `current` is a live page of this class, considered up to `cursor`.
                if let Some((start, end)) = unsafe { next_free_run(state.current, state.cursor) } {
                    // SAFETY: as above; the run's cells lie inside the page.
                    let first = unsafe { (*state.current).first_cell };
                    let cell_size = state.cell_size;
                    let cell = first + start * cell_size;
                    state.cursor = end;
                    state.run_next = cell + cell_size;
                    state.run_end = first + end * cell_size;
                    // SAFETY: an unmarked cell not handed out since the last collection.
                    unsafe {
                        let header = cell as *mut CellHeader;
                        if (*header).kind() != CellKind::Free {
                            reuse_dead_cell(header);
                        }
                        return NonNull::new_unchecked(cell as *mut u8);
                    }
                }
            }
            let state = &mut self.classes[class];
            if state.next_page < state.pages.len() {
                state.current = state.pages[state.next_page].as_ptr();
                state.next_page += 1;
            } else {
                let page = self.new_page(class);
                let state = &mut self.classes[class];
                state.pages.push(page);
                state.next_page = state.pages.len();
                state.current = page.as_ptr();
            }
            let state = &mut self.classes[class];
            state.cursor = 0;
            state.run_next = 0;
            state.run_end = 0;
        }
    }

    /// A page for `class` with no live cell: an empty page of the same class (its dead cells
    /// are finalized as they are reused), else any other empty page or spare page, else a new
    /// one.
    fn new_page(&mut self, class: usize) -> NonNull<PageHeader> {
        if let Some(position) = self.empty_pages.iter().rposition(|page| {
            // SAFETY: empty pages are live pages.
            unsafe { page.as_ref().class == class }
        }) {
            return self.empty_pages.swap_remove(position);
        }
        let (page, zeroed) = match self.empty_pages.pop() {
            Some(page) => {
                // SAFETY: an empty page from the last collection: no cell in it is marked.
                unsafe { finalize_dead_cells(page.as_ptr(), 0) };
                (page, false)
            }
            None => match self.spare_pages.pop() {
                Some(page) => (page, false),
                None => self.map_page(PAGE_SIZE, 16, 0, SPARE_CLASS),
            },
        };
        let cell_size = self.classes[class].cell_size;
        // SAFETY: the page has no allocated cell left; we format it for the class (a page
        // never used since it was mapped reads as zeros, i.e. all cells `Free`, already).
        unsafe { format_small_page(page.as_ptr(), cell_size, class, zeroed) };
        // A spare page may lie outside the bounds the last collection computed (they cover
        // only pages with cells): the conservative scan must find cells in it.
        let start = page.as_ptr() as usize;
        self.lowest = self.lowest.min(start);
        self.highest = self.highest.max(start + PAGE_SIZE);
        page
    }

    fn alloc_large(&mut self, size: usize) -> NonNull<u8> {
        let allocation_size = (PAGE_HEADER_SIZE + size).div_ceil(PAGE_SIZE) * PAGE_SIZE;
        let (page, _) = self.map_page(allocation_size, size, 1, LARGE_CLASS);
        self.large.push(page);
        self.allocated_since_gc += size;
        self.cells_since_gc += 1;
        // SAFETY: the header was written by `map_page`.
        let first = unsafe { page.as_ref().first_cell };
        match NonNull::new(first as *mut u8) {
            Some(pointer) => pointer,
            None => crate::util::fatal("null large cell"),
        }
    }

    /// A new page with its header written; also true when its cell area is zeroed memory that
    /// was never used (a fresh piece of an arena), which reads as `Free` cells.
    fn map_page(&mut self, allocation_size: usize, cell_size: usize, cell_count: usize, class: usize) -> (NonNull<PageHeader>, bool) {
        let (memory, zeroed) = if allocation_size == PAGE_SIZE {
            self.arena_page()
        } else {
            (std::ptr::null_mut(), false)
        };
        // A kept large allocation of the size, or up to twice it (the page keeps its real size).
        let mut allocation_size = allocation_size;
        let memory = if memory.is_null() && allocation_size > PAGE_SIZE {
            match self.large_spares.iter().rposition(|&(size, _)| size >= allocation_size && size <= 2 * allocation_size) {
                Some(index) => {
                    let (size, spare) = self.large_spares.remove(index).expect("a found spare");
                    self.large_spare_bytes -= size;
                    allocation_size = size;
                    spare
                }
                None => memory,
            }
        } else {
            memory
        };
        let memory = if memory.is_null() {
            let layout = match Layout::from_size_align(allocation_size, PAGE_SIZE) {
                Ok(layout) => layout,
                Err(_) => crate::util::fatal("invalid page layout"),
            };
            if class == LARGE_CLASS {
                self.stats.large_allocations += 1;
            }
            // SAFETY: the layout has a non-zero size.
            let memory = unsafe { std::alloc::alloc(layout) };
            if memory.is_null() {
                std::alloc::handle_alloc_error(layout)
            }
            memory
        } else {
            memory
        };
        let Some(page) = NonNull::new(memory.cast::<PageHeader>()) else {
            crate::util::fatal("null page")
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
        (page, zeroed)
    }

    /// A page-sized, page-aligned piece of an arena (mapping a new arena when none is free), or
    /// null when the system refuses a new arena (the caller then uses the Rust allocator); and
    /// whether the piece was never used (still the zeros the kernel mapped: formatting it need
    /// not write its cells, so a small heap faults in only the 4 KiB pages it allocates in).
    fn arena_page(&mut self) -> (*mut u8, bool) {
        if self.arena_free.is_empty() {
            // The first arenas stay in small pages: a 2 MiB huge page for a heap of a few
            // hundred kilobytes would add to a small program's resident memory.
            let huge = self.arenas.len() >= SMALL_PAGE_ARENAS;
            let Some(arena) = map_arena(huge) else { return (std::ptr::null_mut(), false) };
            self.arenas.insert(arena, 0);
            // Lowest address last: popped first.
            self.arena_free.extend((0..ARENA_SIZE / PAGE_SIZE).rev().map(|index| arena + index * PAGE_SIZE));
        }
        let Some(piece) = self.arena_free.pop() else { return (std::ptr::null_mut(), false) };
        let page = piece & !USED_PIECE;
        if let Some(used) = self.arenas.get_mut(&(page & !(ARENA_SIZE - 1))) {
            *used += 1;
        }
        (page as *mut u8, piece & USED_PIECE == 0)
    }

    /// Unmaps arenas none of whose pages is in use while more than `MAX_EMPTY_ARENAS` are, and
    /// more than the heap is expected to fill again before the next collection (the live
    /// bytes plus the trigger): an arena unmapped and mapped again costs its page faults and
    /// the zeroing of its memory once more.
    fn release_empty_arenas(&mut self) {
        let empty: Vec<usize> = self.arenas.iter().filter(|(_, &used)| used == 0).map(|(&arena, _)| arena).collect();
        let in_use = self.arenas.len() - empty.len();
        let expected = (self.stats.live_bytes + self.threshold).div_ceil(ARENA_SIZE);
        let keep = MAX_EMPTY_ARENAS.max(expected.saturating_sub(in_use));
        if empty.len() <= keep {
            return;
        }
        for &arena in &empty[keep..] {
            self.arenas.remove(&arena);
            self.arena_free.retain(|&piece| piece & !(ARENA_SIZE - 1) != arena);
            unmap_arena(arena);
        }
    }

    fn unmap_page(&mut self, page: NonNull<PageHeader>) {
        // SAFETY: the page is one of ours and still mapped.
        let allocation_size = unsafe { page.as_ref().allocation_size };
        let start = page.as_ptr() as usize;
        for chunk in (start..start + allocation_size).step_by(PAGE_SIZE) {
            self.chunks.remove(&(chunk >> 16));
        }
        self.stats.pages -= 1;
        let arena = start & !(ARENA_SIZE - 1);
        if let Some(used) = self.arenas.get_mut(&arena) {
            // A piece of an arena: back to the arena's free pieces; the arena is unmapped once
            // none of its pages is in use.
            *used -= 1;
            self.arena_free.push(start | USED_PIECE);
            if *used == 0 {
                self.release_empty_arenas();
            }
            return;
        }
        if allocation_size <= MAX_LARGE_SPARE {
            self.large_spares.push_back((allocation_size, page.as_ptr().cast::<u8>()));
            self.large_spare_bytes += allocation_size;
            // As much as a cycle allocates is kept (within bounds; twice the trigger, which
            // counts cell sizes, not the page-rounded allocations): a program that makes large
            // cells at a steady rate (a stream's chunks) then maps none in steady state, and
            // the peak is no higher, since those cells were all live before the collection.
            let limit = (2 * self.threshold).clamp(MIN_LARGE_SPARES_BYTES, MAX_LARGE_SPARES_BYTES);
            while self.large_spare_bytes > limit {
                let Some((size, oldest)) = self.large_spares.pop_front() else { break };
                self.large_spare_bytes -= size;
                free_large(size, oldest);
            }
            return;
        }
        free_large(allocation_size, page.as_ptr().cast::<u8>());
    }

    /// The allocated cell containing `addr` (interior pointers included), if any. Used by the
    /// conservative stack scan while collecting (when every cell is allocated or `Free`);
    /// never dereferences memory outside our pages.
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
            if *word & bit != 0 {
                return false;
            }
            *word |= bit;
            true
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

    /// Before marking: finalizes every dead cell the allocator has not reused since the last
    /// collection (writing `Free` into it), moves pages that were empty to the spare pool, and
    /// clears every mark bit. Afterwards each cell is either allocated or `Free`.
    pub(crate) fn finish_sweep(&mut self) {
        for class in 0..self.classes.len() {
            let state = &mut self.classes[class];
            let current = state.current;
            // Cells of `current` before the rest of the free run have been handed out.
            let cursor = if current.is_null() {
                0
            } else {
                // SAFETY: `current` is a live page of this class.
                let (first, cell_size) = unsafe { ((*current).first_cell, (*current).cell_size) };
                if state.run_next < state.run_end {
                    (state.run_next - first) / cell_size
                } else {
                    state.cursor
                }
            };
            let next_page = state.next_page;
            for (position, page) in state.pages.iter().enumerate() {
                let page = page.as_ptr();
                // SAFETY: the pages of a class are live; the allocator has considered the
                // cells of `pages[..next_page]` before `current`'s cursor, and no other.
                unsafe {
                    if page == current {
                        finalize_dead_cells(page, cursor);
                    } else if position >= next_page {
                        finalize_dead_cells(page, 0);
                    }
                    (*page).marks = [0; MARK_WORDS];
                }
            }
            state.next_page = 0;
            state.current = std::ptr::null_mut();
            state.cursor = 0;
            state.run_next = 0;
            state.run_end = 0;
        }
        for page in std::mem::take(&mut self.empty_pages) {
            // SAFETY: an empty page: no cell in it is live; we finalize them all and retire it.
            unsafe {
                finalize_dead_cells(page.as_ptr(), 0);
                format_small_page(page.as_ptr(), 16, SPARE_CLASS, false);
            }
            self.retire_page(page);
        }
        for page in &self.large {
            // SAFETY: clearing the mark bit of a live large page.
            unsafe { (*page.as_ptr()).marks[0] = 0 };
        }
    }

    /// Keeps an emptied small page for reuse, or releases it when enough are kept.
    fn retire_page(&mut self, page: NonNull<PageHeader>) {
        if self.spare_pages.len() < MAX_SPARE_PAGES {
            self.spare_pages.push(page);
        } else {
            self.unmap_page(page);
        }
    }

    /// After marking: the marks say which cells are live. Frees unmarked large cells (with
    /// `finalize`), sets aside small pages without a live cell (`empty_pages`), counts the
    /// live bytes and resets the trigger. Dead small cells are finalized lazily.
    /// `started`: when the collection began (given when logging, to print its duration).
    pub(crate) fn after_marking(&mut self, external_live_bytes: usize, started: Option<std::time::Instant>) {
        let mut live_cells = 0usize;
        let mut live_bytes = external_live_bytes;
        let mut empty = Vec::new();
        for class in 0..self.classes.len() {
            let state = &mut self.classes[class];
            let cell_size = state.cell_size;
            state.pages.retain(|&page| {
                // SAFETY: the page is live; reading its mark bitmap.
                let live: usize = unsafe { (*page.as_ptr()).marks.iter().map(|word| word.count_ones() as usize).sum() };
                if live == 0 {
                    empty.push(page);
                    return false;
                }
                live_cells += live;
                live_bytes += live * cell_size;
                true
            });
        }
        self.empty_pages = empty;
        let mut kept_large = Vec::with_capacity(self.large.len());
        let mut dead_large = Vec::new();
        for &page in &self.large {
            let page_ptr = page.as_ptr();
            // SAFETY: the large page is live; its single cell starts at `first_cell`.
            let (cell, marked, size) = unsafe {
                ((*page_ptr).first_cell as *mut CellHeader, (*page_ptr).marks[0] & 1 != 0, (*page_ptr).cell_size)
            };
            // SAFETY: reading the header of the page's only cell.
            let kind = unsafe { (*cell).kind() };
            if kind != CellKind::Free && marked {
                live_cells += 1;
                live_bytes += size;
                kept_large.push(page);
            } else {
                if kind != CellKind::Free {
                    if let Some(cell) = NonNull::new(cell) {
                        finalize_cell(cell);
                    }
                }
                dead_large.push(page);
            }
        }
        self.large = kept_large;
        for page in dead_large {
            self.unmap_page(page);
        }
        while self.spare_pages.len() > MAX_SPARE_PAGES {
            if let Some(page) = self.spare_pages.pop() {
                self.unmap_page(page);
            }
        }
        self.recompute_bounds();
        let previous_live = self.stats.live_cells;
        self.stats.freed_cells = (previous_live + self.cells_since_gc).saturating_sub(live_cells);
        // The heap held this much at this collection (what survived the last one plus what was
        // allocated since).
        self.high_water = self.high_water.max(self.stats.live_bytes + self.allocated_since_gc);
        self.allocated_since_gc = 0;
        self.cells_since_gc = 0;
        // Collect once as much has been allocated as survived (so the heap grows to about twice
        // the live bytes), or once the heap is back at the largest size it held before, if
        // that comes later: that memory has been touched already, so using it again raises
        // neither the peak RSS nor the page faults, and a phase with fewer live bytes than an
        // earlier one collects less often. The reuse is capped at `MAX_GROWTH_FACTOR` times
        // the live bytes (or twice the minimum trigger), so that after a passing spike the
        // heap shrinks back and its arenas are released (`release_empty_arenas`).
        // The high water is used only when it is over 1/16 above the ordinary trigger: a heap
        // whose live bytes merely wobble would otherwise creep upwards by the wobble.
        let cap = live_bytes.saturating_mul(MAX_GROWTH_FACTOR).max(2 * MIN_GC_THRESHOLD);
        let reuse = self.high_water.saturating_sub(live_bytes).min(cap);
        let ordinary = live_bytes.max(MIN_GC_THRESHOLD);
        self.threshold = if reuse >= ordinary + ordinary / 16 { reuse } else { ordinary };
        self.stats.collections += 1;
        self.stats.live_cells = live_cells;
        self.stats.live_bytes = live_bytes;
        if self.log {
            eprintln!(
                "kiln gc #{}: live {} cells, {} KiB; freed {} cells; next after {} KiB; {} pages; {} us",
                self.stats.collections,
                live_cells,
                live_bytes >> 10,
                self.stats.freed_cells,
                self.threshold >> 10,
                self.stats.pages,
                started.map_or(0, |started| started.elapsed().as_micros())
            );
        }
    }

    fn recompute_bounds(&mut self) {
        self.lowest = usize::MAX;
        self.highest = 0;
        let pages = self
            .classes
            .iter()
            .flat_map(|class| class.pages.iter())
            .chain(self.large.iter())
            .chain(self.empty_pages.iter());
        for page in pages {
            let start = page.as_ptr() as usize;
            // SAFETY: the page is live.
            let size = unsafe { page.as_ref().allocation_size };
            self.lowest = self.lowest.min(start);
            self.highest = self.highest.max(start + size);
        }
    }

    /// Visits every allocated cell, dead ones not yet finalized included; used to finalize
    /// everything when the context drops.
    pub(crate) fn for_each_cell(&self, visit: &mut dyn FnMut(NonNull<CellHeader>)) {
        for page in self.classes.iter().flat_map(|class| class.pages.iter()).chain(self.empty_pages.iter()) {
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
        let mut pages: Vec<_> = self.classes.iter_mut().flat_map(|class| std::mem::take(&mut class.pages)).collect();
        for class in &mut self.classes {
            class.current = std::ptr::null_mut();
            class.next_page = 0;
            class.cursor = 0;
            class.run_next = 0;
            class.run_end = 0;
        }
        pages.append(&mut self.empty_pages);
        pages.append(&mut self.large);
        pages.append(&mut self.spare_pages);
        for page in pages {
            self.unmap_page(page);
        }
        for (arena, _) in std::mem::take(&mut self.arenas) {
            unmap_arena(arena);
        }
        self.arena_free.clear();
    }

    /// The usable size of the cell at `cell` (its size-class slot).
    pub fn cell_size(&self, cell: NonNull<CellHeader>) -> usize {
        let page = (cell.as_ptr() as usize & !(PAGE_SIZE - 1)) as *const PageHeader;
        // SAFETY: as in `mark`, masking a cell start finds its page header.
        unsafe { (*page).cell_size }
    }
}

/// The largest large allocation kept for reuse, and the bounds of the bytes kept so (the
/// collection threshold between them).
const MAX_LARGE_SPARE: usize = 1 << 20;
const MIN_LARGE_SPARES_BYTES: usize = 4 << 20;
const MAX_LARGE_SPARES_BYTES: usize = 64 << 20;

/// Gives a large page's memory (`size` bytes, allocated by `map_page`) back to the allocator.
fn free_large(size: usize, memory: *mut u8) {
    let layout = match Layout::from_size_align(size, PAGE_SIZE) {
        Ok(layout) => layout,
        Err(_) => crate::util::fatal("invalid page layout"),
    };
    // SAFETY: the memory was allocated with exactly this layout and is no longer referenced.
    unsafe { std::alloc::dealloc(memory, layout) };
}

/// Maps a new `ARENA_SIZE`-aligned arena of `ARENA_SIZE` bytes, asking for transparent huge
/// pages for it when `huge`; None when the system refuses.
fn map_arena(huge: bool) -> Option<usize> {
    // Map twice the size and trim the unaligned ends.
    let length = 2 * ARENA_SIZE;
    // SAFETY: an anonymous private mapping at an address of the system's choosing.
    let memory = unsafe {
        libc::mmap(std::ptr::null_mut(), length, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
    };
    if memory == libc::MAP_FAILED {
        return None;
    }
    let start = memory as usize;
    let aligned = (start + ARENA_SIZE - 1) & !(ARENA_SIZE - 1);
    // SAFETY: both ranges lie inside the mapping just made and are not used.
    unsafe {
        if aligned > start {
            libc::munmap(start as *mut libc::c_void, aligned - start);
        }
        let end = start + length;
        if end > aligned + ARENA_SIZE {
            libc::munmap((aligned + ARENA_SIZE) as *mut libc::c_void, end - aligned - ARENA_SIZE);
        }
        #[cfg(target_os = "linux")]
        if huge {
            libc::madvise(aligned as *mut libc::c_void, ARENA_SIZE, libc::MADV_HUGEPAGE);
        }
    }
    Some(aligned)
}

/// Unmaps an arena made by [`map_arena`] none of whose pages is in use.
fn unmap_arena(arena: usize) {
    // SAFETY: per the contract, nothing refers to the arena's memory any more.
    unsafe { libc::munmap(arena as *mut libc::c_void, ARENA_SIZE) };
}

/// (Re)formats a small page for cells of `cell_size` (`SPARE_CLASS`: no cells): every cell
/// `Free`, no marks. `cells_zeroed`: the cell area is all zeros (a fresh arena piece), which
/// already reads as `Free` cells, so it is not written (nor faulted in).
///
/// # Safety
/// `page` is a live small page none of whose cells is allocated (or needs finalizing); when
/// `cells_zeroed`, its cell area is zeros.
unsafe fn format_small_page(page: *mut PageHeader, cell_size: usize, class: usize, cells_zeroed: bool) {
    // SAFETY: per the contract; we write the header and the cells' header words.
    unsafe {
        let cell_count = if class == SPARE_CLASS { 0 } else { (PAGE_SIZE - PAGE_HEADER_SIZE - CELL_AREA_SLACK) / cell_size };
        (*page).cell_size = cell_size;
        (*page).reciprocal = reciprocal_of(cell_size, class);
        (*page).cell_count = cell_count;
        (*page).class = class;
        (*page).marks = [0; MARK_WORDS];
        if cells_zeroed {
            // Zero is the `Free` header.
            return;
        }
        let first_cell = (*page).first_cell;
        for index in 0..cell_count {
            ((first_cell + index * cell_size) as *mut CellHeader).write(CellHeader::new(CellKind::Free));
        }
    }
}

/// Finalizes every unmarked, allocated cell of `page` from index `from` on and writes `Free`
/// into it.
///
/// # Safety
/// `page` is a live small page whose marks say which cells are live, and whose unmarked cells
/// from `from` on are dead (unreachable).
unsafe fn finalize_dead_cells(page: *mut PageHeader, from: usize) {
    // SAFETY: per the contract.
    unsafe {
        let (first_cell, cell_size, cell_count) = ((*page).first_cell, (*page).cell_size, (*page).cell_count);
        for index in from..cell_count {
            if (*page).marks[index / 64] & (1u64 << (index % 64)) != 0 {
                continue;
            }
            let cell = (first_cell + index * cell_size) as *mut CellHeader;
            if (*cell).kind() != CellKind::Free {
                finalize_cell(NonNull::new_unchecked(cell));
                #[cfg(debug_assertions)]
                std::ptr::write_bytes(cell.cast::<u8>(), 0xdb, cell_size);
                cell.write(CellHeader::new(CellKind::Free));
            }
        }
    }
}

/// The next run of cells of `page` at or after index `from` that the last collection did not
/// mark, as `(first index, end index)`; None when the page has no unmarked cell left.
///
/// # Safety
/// `page` is a live small page.
#[inline]
unsafe fn next_free_run(page: *mut PageHeader, from: usize) -> Option<(usize, usize)> {
    // SAFETY: per the contract; only the page header is read.
    unsafe {
        let cell_count = (*page).cell_count;
        let marks = &(*page).marks;
        let mut index = from;
        // The first unmarked cell.
        let start = loop {
            if index >= cell_count {
                return None;
            }
            let word = index / 64;
            let free = !marks[word] & (u64::MAX << (index % 64));
            if free != 0 {
                break word * 64 + free.trailing_zeros() as usize;
            }
            index = (word + 1) * 64;
        };
        if start >= cell_count {
            return None;
        }
        // The first marked cell after it (or the end of the page).
        let mut index = start + 1;
        let end = loop {
            if index >= cell_count {
                break cell_count;
            }
            let word = index / 64;
            let used = marks[word] & (u64::MAX << (index % 64));
            if used != 0 {
                break (word * 64 + used.trailing_zeros() as usize).min(cell_count);
            }
            index = (word + 1) * 64;
        };
        Some((start, end))
    }
}

/// Asks the processor to start loading the first two lines of a cell the allocator will hand
/// out soon: finalizing a dead object reads both (harmless for any address: a prefetch never
/// faults).
#[inline(always)]
fn prefetch_for_write(addr: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching has no architectural effect and never faults.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(addr as *const i8);
        _mm_prefetch::<_MM_HINT_T0>(addr.wrapping_add(64) as *const i8);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = addr;
}

/// Finalizes a dead cell the allocator is about to reuse.
#[inline(never)]
fn reuse_dead_cell(cell: *mut CellHeader) {
    if let Some(cell) = NonNull::new(cell) {
        finalize_cell(cell);
    }
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new()
    }
}
