//! Timers and immediates, as node's `lib/internal/timers.js` keeps them: timeouts grouped in
//! one list per duration (insertion order inside a list, so equal timeouts fire in the order
//! they were set), the lists ordered by expiry then by creation ([`TimerLists`]); and the
//! immediate queue run by the check phase. This module owns the state of `Timeout` and
//! `Immediate` objects ([`TimerObject`]) and the two phase functions `run_timers` and
//! `run_check`; the JS API (`setTimeout`, `clearTimeout`, …) is `node/timers.rs`.
//!
//! Everything here that calls JS follows node's exception behaviour: a throwing timer ends the
//! `processTimers` call, the error is reported as uncaught, and processing starts again (so the
//! next timer runs without a tick drain in between); a throwing immediate leaves the rest of
//! its batch in the outstanding queue.

use super::{after_callback, now_ms, run_next_ticks, uncaught};
use crate::context::Context;
use crate::error::JsResult;
use crate::gc::{Gc, Tracer};
use crate::object::{JsObject, ObjectKind};
use crate::value::Value;
use std::collections::{BTreeSet, HashMap, VecDeque};
use std::hash::Hash;

/// The largest timeout node accepts (2^31 - 1 ms); longer ones become 1 ms.
pub const TIMEOUT_MAX: f64 = 2147483647.0;

/// One timer list instance (node's `TimersList`).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct TimerListId(u64);

/// What [`TimerLists::first_list`] reports about the list that expires first.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct ListInfo {
    /// The list.
    pub id: TimerListId,
    /// Its duration (every timer in it has this truncated `_idleTimeout`).
    pub msecs: u64,
    /// When its first timer is due, in loop milliseconds.
    pub expiry: u64,
}

/// node's timer lists: `timerListMap` (duration → list), `timerListQueue` (lists by expiry,
/// then by id) and the linked lists themselves. Generic over the timer handle so the ordering
/// rules can be tested without a heap; the runtime uses `Gc<JsObject>` (Timeout objects).
///
/// Removing a timer from the middle of a list is O(1): the list keeps `(sequence, timer)`
/// entries and a timer's current entry is recorded in `members`; entries that no longer match
/// are skipped when they reach the front, and compacted away when they pile up.
pub struct TimerLists<T> {
    by_duration: HashMap<u64, TimerListId>,
    lists: HashMap<TimerListId, TimerList<T>>,
    queue: BTreeSet<(u64, u64, TimerListId)>,
    members: HashMap<T, (TimerListId, u64)>,
    next_list: u64,
    next_order: u64,
    next_sequence: u64,
}

struct TimerList<T> {
    msecs: u64,
    expiry: u64,
    order: u64,
    entries: VecDeque<(u64, T)>,
    live: usize,
}

impl<T: Copy + Eq + Hash> Default for TimerLists<T> {
    fn default() -> TimerLists<T> {
        TimerLists::new()
    }
}

impl<T: Copy + Eq + Hash> TimerLists<T> {
    /// No timers.
    pub fn new() -> TimerLists<T> {
        TimerLists {
            by_duration: HashMap::new(),
            lists: HashMap::new(),
            queue: BTreeSet::new(),
            members: HashMap::new(),
            next_list: 0,
            next_order: 0,
            next_sequence: 0,
        }
    }

    /// node's `insert` + `L.append`: moves `item` to the end of the list for `msecs`, creating
    /// that list (due at `start + msecs`) if there is none.
    pub fn append(&mut self, item: T, msecs: u64, start: u64) {
        self.remove(item);
        let id = match self.by_duration.get(&msecs) {
            Some(&id) => id,
            None => {
                let id = TimerListId(self.next_list);
                self.next_list += 1;
                let order = self.next_order;
                self.next_order += 1;
                let expiry = start.saturating_add(msecs);
                self.lists.insert(id, TimerList { msecs, expiry, order, entries: VecDeque::new(), live: 0 });
                self.queue.insert((expiry, order, id));
                self.by_duration.insert(msecs, id);
                id
            }
        };
        let sequence = self.next_sequence;
        self.next_sequence += 1;
        let list = self.lists.get_mut(&id).expect("the list was found or created above");
        list.entries.push_back((sequence, item));
        list.live += 1;
        self.members.insert(item, (id, sequence));
    }

    /// node's `L.remove`: takes `item` out of its list (the list itself stays, even empty).
    /// False when it was in none.
    pub fn remove(&mut self, item: T) -> bool {
        let Some((id, _)) = self.members.remove(&item) else { return false };
        if let Some(list) = self.lists.get_mut(&id) {
            list.live -= 1;
            if list.entries.len() > 2 * list.live + 32 {
                let members = &self.members;
                list.entries.retain(|(sequence, entry)| members.get(entry) == Some(&(id, *sequence)));
            }
        }
        true
    }

    /// True when `item` is in a list (node: `timer._idleNext` is set).
    pub fn contains(&self, item: T) -> bool {
        self.members.contains_key(&item)
    }

    /// The list that expires first (`timerListQueue.peek()`).
    pub fn first_list(&self) -> Option<ListInfo> {
        let &(expiry, _, id) = self.queue.first()?;
        let msecs = self.lists.get(&id).map_or(0, |list| list.msecs);
        Some(ListInfo { id, msecs, expiry })
    }

    /// The earliest expiry of any list.
    pub fn next_expiry(&self) -> Option<u64> {
        self.queue.first().map(|&(expiry, _, _)| expiry)
    }

    /// The first timer of list `id` (`L.peek(list)`), or None when it is empty or gone.
    pub fn peek(&mut self, id: TimerListId) -> Option<T> {
        let list = self.lists.get_mut(&id)?;
        while let Some(&(sequence, item)) = list.entries.front() {
            if self.members.get(&item) == Some(&(id, sequence)) {
                return Some(item);
            }
            list.entries.pop_front();
        }
        None
    }

    /// Gives list `id` a new expiry and a new id (it then sorts after lists with the same
    /// expiry), as `listOnTimeout` does when the list's next timer is not due yet.
    pub fn postpone(&mut self, id: TimerListId, expiry: u64) {
        let order = self.next_order;
        self.next_order += 1;
        let Some(list) = self.lists.get_mut(&id) else { return };
        self.queue.remove(&(list.expiry, list.order, id));
        list.expiry = expiry;
        list.order = order;
        self.queue.insert((expiry, order, id));
    }

    /// Deletes list `id` if it is still the list for its duration (end of `listOnTimeout`).
    pub fn delete_list_if_current(&mut self, id: TimerListId) {
        let Some(msecs) = self.lists.get(&id).map(|list| list.msecs) else { return };
        if self.by_duration.get(&msecs) == Some(&id) {
            self.delete_list(id);
        }
    }

    /// Deletes the list for `msecs` if it has no timers left (`unenroll`).
    pub fn delete_list_if_empty(&mut self, msecs: u64) {
        let Some(&id) = self.by_duration.get(&msecs) else { return };
        if self.lists.get(&id).is_some_and(|list| list.live == 0) {
            self.delete_list(id);
        }
    }

    /// True when no list exists.
    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// Every timer in a list.
    pub fn members(&self) -> impl Iterator<Item = T> + '_ {
        self.members.keys().copied()
    }

    fn delete_list(&mut self, id: TimerListId) {
        if let Some(list) = self.lists.remove(&id) {
            self.queue.remove(&(list.expiry, list.order, id));
            if self.by_duration.get(&list.msecs) == Some(&id) {
                self.by_duration.remove(&list.msecs);
            }
            for (_, item) in list.entries {
                if self.members.get(&item).is_some_and(|&(list_id, _)| list_id == id) {
                    self.members.remove(&item);
                }
            }
        }
    }
}

/// The internal state of a `Timeout` or `Immediate` object.
pub enum TimerObject {
    /// A `Timeout` (setTimeout / setInterval).
    Timeout(TimeoutState),
    /// An `Immediate` (setImmediate).
    Immediate(ImmediateState),
}

/// A Timeout's fields (node keeps them as `_idleTimeout`, `_onTimeout`, … properties).
pub struct TimeoutState {
    /// `_onTimeout`: the callback, or undefined once cleared.
    pub callback: Value,
    /// `_timerArgs`. Also held by this object, which is what roots them.
    pub args: Vec<Value>,
    /// `_idleTimeout`: the duration in ms (1 ..= TIMEOUT_MAX), or -1 once cleared.
    pub idle_timeout: f64,
    /// `_idleStart`: loop time when it was (re)scheduled.
    pub idle_start: u64,
    /// `_repeat`: the interval of a setInterval timer.
    pub repeat: Option<f64>,
    /// `[kRefed]`: keeps the process alive while scheduled.
    pub refed: bool,
    /// `_destroyed`: fired (and not repeating) or cleared.
    pub destroyed: bool,
    /// `[kHasPrimitive]`: `[Symbol.toPrimitive]` was called, so clearTimeout(id) finds it.
    pub has_primitive: bool,
    /// `[async_id_symbol]`, which `[Symbol.toPrimitive]` returns.
    pub async_id: u64,
}

/// An Immediate's fields.
pub struct ImmediateState {
    /// `_onImmediate`: the callback, or undefined once run or cleared.
    pub callback: Value,
    /// `_argv`. Also held by this object, which is what roots them.
    pub args: Vec<Value>,
    /// `[kRefed]`.
    pub refed: bool,
    /// `_destroyed`.
    pub destroyed: bool,
    /// `[async_id_symbol]`.
    pub async_id: u64,
}

impl TimerObject {
    /// Reports the callback and arguments.
    pub fn trace(&self, tracer: &mut Tracer) {
        let (callback, args) = match self {
            TimerObject::Timeout(state) => (state.callback, &state.args),
            TimerObject::Immediate(state) => (state.callback, &state.args),
        };
        tracer.value(callback);
        tracer.values(args);
        tracer.external(args.capacity() * 8);
    }
}

/// The Timeout state of `object`, if it is a Timeout.
pub fn timeout_state(object: Gc<JsObject>) -> Option<&'static mut TimeoutState> {
    match object.get_mut().kind_mut() {
        Some(ObjectKind::Timer(timer)) => match &mut **timer {
            TimerObject::Timeout(state) => Some(state),
            TimerObject::Immediate(_) => None,
        },
        _ => None,
    }
}

/// The Immediate state of `object`, if it is an Immediate.
pub fn immediate_state(object: Gc<JsObject>) -> Option<&'static mut ImmediateState> {
    match object.get_mut().kind_mut() {
        Some(ObjectKind::Timer(timer)) => match &mut **timer {
            TimerObject::Immediate(state) => Some(state),
            TimerObject::Timeout(_) => None,
        },
        _ => None,
    }
}

fn timeout(object: Gc<JsObject>) -> &'static mut TimeoutState {
    timeout_state(object).unwrap_or_else(|| crate::util::fatal("a timer list holds a non-Timeout"))
}

fn immediate(object: Gc<JsObject>) -> &'static mut ImmediateState {
    immediate_state(object).unwrap_or_else(|| crate::util::fatal("the immediate queue holds a non-Immediate"))
}

/// The loop's timers and immediates.
#[derive(Default)]
pub struct Timers {
    /// Scheduled Timeout objects.
    pub lists: TimerLists<Gc<JsObject>>,
    /// node's `refCount`: scheduled, ref'ed timeouts (they keep the loop alive).
    pub ref_count: usize,
    /// `knownTimersById`: timeouts whose id was taken with `[Symbol.toPrimitive]`.
    known_by_id: HashMap<u64, Gc<JsObject>>,
    /// Immediates set since the check phase started (`immediateQueue`).
    immediate_queue: VecDeque<Gc<JsObject>>,
    /// The batch the check phase is working through (`outstandingQueue`).
    outstanding: VecDeque<Gc<JsObject>>,
    /// `immediateInfo[kCount]`: immediates waiting to run.
    pub immediate_count: usize,
    /// `immediateInfo[kRefCount]`: ref'ed immediates waiting to run.
    pub immediate_ref_count: usize,
    /// `immediateInfo[kHasOutstanding]`.
    has_outstanding: bool,
}

impl Timers {
    /// Reports every scheduled timer and queued immediate.
    pub fn trace(&self, tracer: &mut Tracer) {
        for timer in self.lists.members() {
            tracer.cell(timer);
        }
        for &timer in self.known_by_id.values() {
            tracer.cell(timer);
        }
        for &immediate in self.immediate_queue.iter().chain(self.outstanding.iter()) {
            tracer.cell(immediate);
        }
    }

    /// node's `insert(item, msecs, start)`: (re)schedules `timer` `msecs` after `start`.
    pub fn insert(&mut self, timer: Gc<JsObject>, msecs: f64, start: u64) {
        timeout(timer).idle_start = start;
        self.lists.append(timer, msecs.trunc() as u64, start);
    }

    /// node's `insertGuarded` (Timeout#refresh): reschedules from now and re-arms a timer
    /// that already fired, which then gets `new_async_id`.
    pub fn insert_guarded(&mut self, timer: Gc<JsObject>, refed: bool, start: u64, new_async_id: u64) {
        let msecs = timeout(timer).idle_timeout;
        if msecs < 0.0 {
            return;
        }
        self.insert(timer, msecs, start);
        let state = timeout(timer);
        let was_destroyed = state.destroyed;
        if was_destroyed {
            state.destroyed = false;
            state.async_id = new_async_id;
            if refed {
                self.ref_count += 1;
            }
        } else if refed != state.refed {
            if refed {
                self.ref_count += 1;
            } else {
                self.ref_count -= 1;
            }
        }
        state.refed = refed;
    }

    /// node's `unenroll` (clearTimeout): unschedules `timer` for good.
    pub fn unenroll(&mut self, timer: Gc<JsObject>) {
        let state = timeout(timer);
        if state.destroyed {
            return;
        }
        state.destroyed = true;
        if state.has_primitive {
            self.known_by_id.remove(&state.async_id);
        }
        self.lists.remove(timer);
        let msecs = state.idle_timeout;
        if msecs >= 0.0 {
            self.lists.delete_list_if_empty(msecs.trunc() as u64);
        }
        state.idle_timeout = -1.0;
        if state.refed {
            self.ref_count -= 1;
        }
    }

    /// Records that `timer`'s id was handed out, so `clearTimeout(id)` can find it.
    pub fn remember_id(&mut self, timer: Gc<JsObject>) {
        let state = timeout(timer);
        state.has_primitive = true;
        if !state.destroyed {
            self.known_by_id.insert(state.async_id, timer);
        }
    }

    /// The timeout whose id `[Symbol.toPrimitive]` returned.
    pub fn timer_by_id(&self, id: u64) -> Option<Gc<JsObject>> {
        self.known_by_id.get(&id).copied()
    }

    /// Timeout#ref / #unref.
    pub fn set_timeout_ref(&mut self, timer: Gc<JsObject>, refed: bool) {
        let state = timeout(timer);
        if state.refed == refed {
            return;
        }
        state.refed = refed;
        if !state.destroyed {
            if refed {
                self.ref_count += 1;
            } else {
                self.ref_count -= 1;
            }
        }
    }

    /// Queues a new Immediate (the `Immediate` constructor): counted and ref'ed.
    pub fn push_immediate(&mut self, object: Gc<JsObject>) {
        let state = immediate(object);
        state.refed = true;
        self.immediate_ref_count += 1;
        self.immediate_count += 1;
        self.immediate_queue.push_back(object);
    }

    /// Immediate#ref / #unref.
    pub fn set_immediate_ref(&mut self, object: Gc<JsObject>, refed: bool) {
        let state = immediate(object);
        if state.destroyed || state.refed == refed {
            return;
        }
        state.refed = refed;
        if refed {
            self.immediate_ref_count += 1;
        } else {
            self.immediate_ref_count -= 1;
        }
    }

    /// clearImmediate: the immediate is skipped when its turn comes.
    pub fn clear_immediate(&mut self, object: Gc<JsObject>) {
        let state = immediate(object);
        if state.destroyed {
            return;
        }
        self.immediate_count -= 1;
        state.destroyed = true;
        if state.refed {
            self.immediate_ref_count -= 1;
        }
        state.refed = false;
        state.callback = Value::UNDEFINED;
        state.args.clear();
        self.immediate_queue.retain(|&queued| queued != object);
    }

    /// Marks a timeout that will not run again as destroyed and drops its ref.
    fn destroy(&mut self, timer: Gc<JsObject>) {
        let state = timeout(timer);
        if state.destroyed {
            return;
        }
        state.destroyed = true;
        if state.refed {
            self.ref_count -= 1;
        }
        if state.has_primitive {
            self.known_by_id.remove(&state.async_id);
        }
    }
}

/// The timers phase (node's `RunTimers`): runs every list whose expiry has passed. Does
/// nothing when no timer is due.
pub fn run_timers(ctx: &mut Context) {
    let now = now_ms(ctx);
    match ctx.event_loop.timers.lists.next_expiry() {
        Some(expiry) if expiry <= now => {}
        _ => return,
    }
    // A throwing callback ends processTimers; node reports it and calls again with the same
    // `now`, so the next timer runs without a tick drain before it.
    while process_timers(ctx, now).is_err() {
        uncaught::report_exception(ctx);
    }
    after_callback(ctx);
}

/// node's `processTimers(now)`.
fn process_timers(ctx: &mut Context, now: u64) -> JsResult<()> {
    let mut ran_one_list = false;
    while let Some(list) = ctx.event_loop.timers.lists.first_list() {
        if list.expiry > now {
            return Ok(());
        }
        if ran_one_list {
            run_next_ticks(ctx)?;
        } else {
            ran_one_list = true;
        }
        list_on_timeout(ctx, list, now)?;
    }
    Ok(())
}

/// node's `listOnTimeout(list, now)`: runs the list's due timers in order.
fn list_on_timeout(ctx: &mut Context, list: ListInfo, now: u64) -> JsResult<()> {
    let mut ran_one_timer = false;
    while let Some(timer) = ctx.event_loop.timers.lists.peek(list.id) {
        let idle_start = timeout(timer).idle_start;
        // Timers set during this run start after `now`: they wait for a later run.
        if now < idle_start.saturating_add(list.msecs) {
            let expiry = idle_start.saturating_add(list.msecs).max(now + 1);
            ctx.event_loop.timers.lists.postpone(list.id, expiry);
            return Ok(());
        }
        if ran_one_timer {
            run_next_ticks(ctx)?;
        } else {
            ran_one_timer = true;
        }
        ctx.event_loop.timers.lists.remove(timer);
        let state = timeout(timer);
        if !state.callback.is_callable() {
            ctx.event_loop.timers.destroy(timer);
            continue;
        }
        let start = if state.repeat.is_some() { now_ms(ctx) } else { 0 };
        let callback = state.callback;
        // The arguments are also held by `timer` (a rooted local), so this copy needs no root.
        let args = state.args.clone();
        let method = ("Timeout", "_onTimeout", (|timer| !timeout(timer).destroyed) as fn(Gc<JsObject>) -> bool);
        let result = crate::stack_trace::call_as_method(ctx, method, callback, timer, &args);
        let state = timeout(timer);
        match state.repeat {
            Some(repeat) if state.idle_timeout != -1.0 => {
                state.idle_timeout = repeat;
                ctx.event_loop.timers.insert(timer, repeat, start);
            }
            _ => {
                if !ctx.event_loop.timers.lists.contains(timer) {
                    ctx.event_loop.timers.destroy(timer);
                }
            }
        }
        result?;
    }
    ctx.event_loop.timers.lists.delete_list_if_current(list.id);
    Ok(())
}

/// The check phase (node's `CheckImmediate`): runs the immediates queued before it started.
/// Immediates set meanwhile wait for the next iteration.
pub fn run_check(ctx: &mut Context) {
    if ctx.event_loop.timers.immediate_count == 0 {
        return;
    }
    loop {
        // Each call is one MakeCallback: a throw reports the error and skips the tick drain.
        match process_immediate(ctx) {
            Ok(()) => after_callback(ctx),
            Err(_) => uncaught::report_exception(ctx),
        }
        if !ctx.event_loop.timers.has_outstanding {
            break;
        }
    }
}

/// node's `processImmediate`.
fn process_immediate(ctx: &mut Context) -> JsResult<()> {
    let timers = &mut ctx.event_loop.timers;
    if timers.outstanding.is_empty() {
        timers.outstanding = std::mem::take(&mut timers.immediate_queue);
        timers.has_outstanding = true;
    }
    let mut ran_one = false;
    while !ctx.event_loop.timers.outstanding.is_empty() {
        if ran_one {
            run_next_ticks(ctx)?;
        } else {
            ran_one = true;
        }
        let Some(object) = ctx.event_loop.timers.outstanding.pop_front() else { break };
        let state = immediate(object);
        if state.destroyed {
            continue;
        }
        state.destroyed = true;
        let timers = &mut ctx.event_loop.timers;
        timers.immediate_count -= 1;
        if state.refed {
            timers.immediate_ref_count -= 1;
        }
        state.refed = false;
        let callback = state.callback;
        // The arguments stay on `object` (a rooted local) until the call returns, so this
        // copy needs no root.
        let args = state.args.clone();
        let method = ("Immediate", "_onImmediate", (|object| immediate(object).callback.is_callable()) as fn(Gc<JsObject>) -> bool);
        let result = crate::stack_trace::call_as_method(ctx, method, callback, object, &args);
        let state = immediate(object);
        state.callback = Value::UNDEFINED;
        state.args = Vec::new();
        result?;
    }
    ctx.event_loop.timers.has_outstanding = false;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(lists: &mut TimerLists<u32>, now: u64) -> Vec<u32> {
        // A model of processTimers without callbacks.
        let mut fired = Vec::new();
        while let Some(list) = lists.first_list() {
            if list.expiry > now {
                break;
            }
            loop {
                let Some(item) = lists.peek(list.id) else {
                    lists.delete_list_if_current(list.id);
                    break;
                };
                fired.push(item);
                lists.remove(item);
            }
        }
        fired
    }

    #[test]
    fn equal_timeouts_fire_in_insertion_order() {
        let mut lists = TimerLists::new();
        for item in [3, 1, 2] {
            lists.append(item, 5, 100);
        }
        assert_eq!(due(&mut lists, 104), Vec::<u32>::new());
        assert_eq!(due(&mut lists, 105), vec![3, 1, 2]);
        assert!(lists.is_empty());
    }

    #[test]
    fn lists_sort_by_expiry_then_creation() {
        let mut lists = TimerLists::new();
        lists.append(1, 10, 0);
        lists.append(2, 5, 5);
        lists.append(3, 1, 0);
        assert_eq!(lists.first_list().map(|list| list.msecs), Some(1));
        assert_eq!(due(&mut lists, 10), vec![3, 1, 2]);
    }

    #[test]
    fn removal_skips_entries_and_empty_lists_can_be_deleted() {
        let mut lists = TimerLists::new();
        lists.append(1, 4, 0);
        lists.append(2, 4, 0);
        assert!(lists.remove(1));
        assert!(!lists.remove(1));
        assert!(!lists.contains(1));
        lists.delete_list_if_empty(4);
        assert!(!lists.is_empty());
        assert!(lists.remove(2));
        lists.delete_list_if_empty(4);
        assert!(lists.is_empty());
        assert_eq!(lists.next_expiry(), None);
    }

    #[test]
    fn reappending_moves_a_timer_to_the_end() {
        let mut lists = TimerLists::new();
        lists.append(1, 3, 0);
        lists.append(2, 3, 0);
        lists.append(1, 3, 1);
        let list = lists.first_list().expect("one list");
        assert_eq!(lists.peek(list.id), Some(2));
        lists.remove(2);
        assert_eq!(lists.peek(list.id), Some(1));
    }

    #[test]
    fn postponed_lists_sort_after_lists_with_the_same_expiry() {
        let mut lists = TimerLists::new();
        lists.append(1, 2, 0);
        lists.append(2, 4, 0);
        let first = lists.first_list().expect("two lists");
        assert_eq!(first.msecs, 2);
        lists.postpone(first.id, 4);
        assert_eq!(lists.first_list().map(|list| list.msecs), Some(4));
    }

    #[test]
    fn stale_entries_are_compacted() {
        let mut lists = TimerLists::new();
        lists.append(0, 7, 0);
        for item in 1..1000 {
            lists.append(item, 7, 0);
            lists.remove(item);
        }
        let list = lists.first_list().expect("one list");
        let entries = lists.lists.get(&list.id).map_or(0, |list| list.entries.len());
        assert!(entries < 64, "{entries} entries kept");
        assert_eq!(lists.peek(list.id), Some(0));
    }
}
