//! Array.prototype.sort and Array.prototype.toSorted (§23.1.3.30, §23.1.3.34): the shared
//! SortIndexedProperties and CompareArrayElements steps, and the stable merge sort behind them.
//!
//! The elements are read into a rooted `ValueList` first; the sort itself permutes plain
//! `u32` positions into that list, so a comparator that runs JS (and may collect) never sees a
//! half-moved value, and a comparator that throws leaves the array untouched.

use super::operations::{
    install_methods,
    array_create, create_index_or_throw, delete_index_or_throw, get_if_present, get_index, is_packed_array,
    set_index_or_throw,
};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::{Gc, ValueList};
use crate::iteration::length_of_array_like;
use crate::object::function::{self, NativeCall};
use crate::object::JsObject;
use crate::value::{conv, Value};
use std::cmp::Ordering;

/// Installs Array.prototype.sort and Array.prototype.toSorted.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.array_prototype;
    install_methods(
        ctx,
        prototype,
        &[
            ("sort", 1, sort),
            ("toSorted", 1, to_sorted),
        ],
    );
}

/// Whether SortIndexedProperties skips holes (sort) or reads them as undefined (toSorted).
#[derive(Copy, Clone, PartialEq, Eq)]
enum Holes {
    Skip,
    ReadThrough,
}

/// The comparefn check both methods start with (step 1).
fn comparator_argument(ctx: &mut Context, comparator: Value) -> JsResult<Value> {
    if !comparator.is_undefined() && !comparator.is_callable() {
        return ctx.throw_type_error("The comparison function must be either a function or undefined");
    }
    Ok(comparator)
}

/// Array.prototype.sort ( comparefn ) (§23.1.3.30).
fn sort(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let comparator = comparator_argument(ctx, call.arg(0))?;
    let object = conv::to_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let sorted = sort_indexed_properties(ctx, object, length, comparator, Holes::Skip)?;
    let count = sorted.get().len();
    // Steps 7-9: write back, then delete the positions the holes moved to.
    if count as u64 == length && is_packed_array(object, length) {
        object.get_mut().elements.as_mut_slice().copy_from_slice(&sorted.get().items);
        return Ok(Value::object(object));
    }
    for index in 0..count {
        let value = sorted.get().get(index);
        set_index_or_throw(ctx, object, index as u64, value)?;
    }
    for index in count as u64..length {
        delete_index_or_throw(ctx, object, index)?;
    }
    Ok(Value::object(object))
}

/// Array.prototype.toSorted ( comparefn ) (§23.1.3.34).
fn to_sorted(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let comparator = comparator_argument(ctx, call.arg(0))?;
    let object = conv::to_object(ctx, call.this)?;
    let length = length_of_array_like(ctx, object)?;
    let target = array_create(ctx, length)?;
    let sorted = sort_indexed_properties(ctx, object, length, comparator, Holes::ReadThrough)?;
    for index in 0..sorted.get().len() {
        let value = sorted.get().get(index);
        create_index_or_throw(ctx, target, index as u64, value)?;
    }
    Ok(Value::object(target))
}

/// SortIndexedProperties (§23.1.3.30.1) with CompareArrayElements (§23.1.3.30.2): the sorted
/// elements in a rooted list. `undefined` sorts last without consulting the comparator, as
/// CompareArrayElements says, so it is set aside before sorting.
fn sort_indexed_properties(ctx: &mut Context, object: Gc<JsObject>, length: u64, comparator: Value, holes: Holes) -> JsResult<Gc<ValueList>> {
    let items = ctx.new_list();
    for index in 0..length {
        let value = match holes {
            Holes::Skip => get_if_present(ctx, object, index)?,
            Holes::ReadThrough => Some(get_index(ctx, object, index)?),
        };
        if let Some(value) = value {
            items.get_mut().push(value);
        }
    }
    let mut order: Vec<u32> = (0..items.get().len() as u32).filter(|&position| !items.get().get(position as usize).is_undefined()).collect();
    let undefined_count = items.get().len() - order.len();
    if order.len() > 1 {
        if comparator.is_undefined() {
            sort_by_strings(ctx, items, &mut order)?;
        } else {
            merge_sort(&mut order, &mut |left, right| {
                let (x, y) = (items.get().get(left as usize), items.get().get(right as usize));
                let result = function::call(ctx, comparator, Value::UNDEFINED, &[x, y])?;
                // A NaN result counts as +0 (step 4.c): not less.
                Ok(conv::to_number(ctx, result)? < 0.0)
            })?;
        }
    }
    let sorted = ctx.new_list();
    for &position in &order {
        let value = items.get().get(position as usize);
        sorted.get_mut().push(value);
    }
    for _ in 0..undefined_count {
        sorted.get_mut().push(Value::UNDEFINED);
    }
    Ok(sorted)
}

/// The default order: by the UTF-16 code units of each element's ToString (§23.1.3.30.2 steps
/// 5-10). Each element is converted once, up front.
fn sort_by_strings(ctx: &mut Context, items: Gc<ValueList>, order: &mut [u32]) -> JsResult<()> {
    let strings = ctx.new_list();
    for index in 0..items.get().len() {
        let value = items.get().get(index);
        let text = if value.is_undefined() { Value::UNDEFINED } else { Value::string(conv::to_string(ctx, value)?) };
        strings.get_mut().push(text);
    }
    let text_at = |position: u32| strings.get().get(position as usize).as_string();
    merge_sort(order, &mut |left, right| {
        Ok(match (text_at(left), text_at(right)) {
            (Some(x), Some(y)) => x.get().compare(y.get()) == Ordering::Less,
            _ => false,
        })
    })
}

/// Sorts `items` stably with a fallible comparator: `less(a, b)` says whether `a` must come
/// before `b` (the comparator's result is < 0). The comparisons follow V8's TimSort where it
/// matters most: natural runs are found from the left (`less(next, previous)`) and extended by
/// binary insertion (`less(pivot, middle)`), so arrays shorter than 64 elements see the same
/// comparator calls as in node; longer runs are merged pairwise. An error from the comparator
/// stops the sort and is returned; `items` then holds some permutation of its input.
pub fn merge_sort<T: Copy, E>(items: &mut [T], less: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
    let length = items.len();
    if length < 2 {
        return Ok(());
    }
    let min_run = min_run_length(length);
    let mut runs = Vec::new();
    let mut low = 0;
    while low < length {
        let mut run = count_and_make_run(&mut items[low..], less)?;
        if run < min_run {
            let forced = min_run.min(length - low);
            binary_insertion_sort(&mut items[low..low + forced], run, less)?;
            run = forced;
        }
        runs.push((low, low + run));
        low += run;
    }
    let mut scratch = Vec::with_capacity(length / 2 + 1);
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            match *pair {
                [(start, middle), (_, end)] => {
                    merge_adjacent(items, start, middle, end, &mut scratch, less)?;
                    merged.push((start, end));
                }
                [single] => merged.push(single),
                _ => {}
            }
        }
        runs = merged;
    }
    Ok(())
}

/// TimSort's minimum run length for `length` elements: `length` itself below 64, else a
/// value in 32..=64 that makes the number of runs a power of two or just below.
fn min_run_length(mut length: usize) -> usize {
    let mut low_bits = 0;
    while length >= 64 {
        low_bits |= length & 1;
        length >>= 1;
    }
    length + low_bits
}

/// The length of the run at the start of `items` (non-descending, or strictly descending and
/// then reversed in place, which keeps the sort stable).
fn count_and_make_run<T: Copy, E>(items: &mut [T], less: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<usize, E> {
    if items.len() < 2 {
        return Ok(items.len());
    }
    let descending = less(items[1], items[0])?;
    let mut run = 2;
    while run < items.len() {
        let before = less(items[run], items[run - 1])?;
        if before != descending {
            break;
        }
        run += 1;
    }
    if descending {
        items[..run].reverse();
    }
    Ok(run)
}

/// Inserts `items[sorted..]` one by one into the sorted prefix, each after every element it is
/// not less than (stability).
fn binary_insertion_sort<T: Copy, E>(items: &mut [T], sorted: usize, less: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
    for start in sorted.max(1)..items.len() {
        let pivot = items[start];
        let (mut left, mut right) = (0, start);
        while left < right {
            let middle = left + (right - left) / 2;
            if less(pivot, items[middle])? {
                right = middle;
            } else {
                left = middle + 1;
            }
        }
        items.copy_within(left..start, left + 1);
        items[left] = pivot;
    }
    Ok(())
}

/// Merges the sorted runs `items[start..middle]` and `items[middle..end]`, taking from the left
/// run unless the right element is less (stability).
fn merge_adjacent<T: Copy, E>(
    items: &mut [T],
    start: usize,
    middle: usize,
    end: usize,
    scratch: &mut Vec<T>,
    less: &mut impl FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    scratch.clear();
    scratch.extend_from_slice(&items[start..middle]);
    let (mut left, mut right, mut out) = (0, middle, start);
    while left < scratch.len() && right < end {
        match less(items[right], scratch[left]) {
            Ok(true) => {
                items[out] = items[right];
                right += 1;
            }
            Ok(false) => {
                items[out] = scratch[left];
                left += 1;
            }
            Err(error) => {
                items[out..right].copy_from_slice(&scratch[left..]);
                return Err(error);
            }
        }
        out += 1;
    }
    items[out..out + scratch.len() - left].copy_from_slice(&scratch[left..]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pseudo_random(count: usize, modulo: u32) -> Vec<u32> {
        let mut state = 0x2545_f491_u32;
        (0..count)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        for count in [0, 1, 2, 7, 8, 9, 16, 17, 100, 1000] {
            let keys = pseudo_random(count, 10);
            let mut ours: Vec<(u32, usize)> = keys.iter().copied().zip(0..).collect();
            let mut expected = ours.clone();
            expected.sort_by_key(|&(key, _)| key);
            merge_sort::<_, ()>(&mut ours, &mut |a, b| Ok(a.0 < b.0)).expect("no error");
            assert_eq!(ours, expected, "count {count}");
        }
    }

    #[test]
    fn equal_elements_keep_their_order() {
        let mut items: Vec<(u8, u8)> = vec![(1, 0), (0, 1), (1, 2), (0, 3), (1, 4), (0, 5), (1, 6), (0, 7), (1, 8), (0, 9), (1, 10)];
        merge_sort::<_, ()>(&mut items, &mut |a, b| Ok(a.0 < b.0)).expect("no error");
        let seconds: Vec<u8> = items.iter().map(|item| item.1).collect();
        assert_eq!(seconds, [1, 3, 5, 7, 9, 0, 2, 4, 6, 8, 10]);
    }

    #[test]
    fn a_comparator_error_stops_the_sort_and_keeps_a_permutation() {
        let mut items: Vec<u32> = pseudo_random(50, 1000);
        let mut sorted_input = items.clone();
        sorted_input.sort();
        let mut calls = 0;
        let result = merge_sort(&mut items, &mut |a, b| {
            calls += 1;
            if calls == 60 {
                return Err("boom");
            }
            Ok(a < b)
        });
        assert_eq!(result, Err("boom"));
        items.sort();
        assert_eq!(items, sorted_input);
    }

    #[test]
    fn short_arrays_see_v8s_comparisons() {
        let mut items = vec![3, 1, 2, 5, 4];
        let mut calls = Vec::new();
        merge_sort::<_, ()>(&mut items, &mut |a, b| {
            calls.push((a, b));
            Ok(a < b)
        })
        .expect("no error");
        assert_eq!(items, [1, 2, 3, 4, 5]);
        assert_eq!(calls, [(1, 3), (2, 1), (2, 3), (2, 1), (5, 2), (5, 3), (4, 3), (4, 5)]);
    }

    #[test]
    fn runs_and_min_run_lengths() {
        assert_eq!(min_run_length(63), 63);
        assert_eq!(min_run_length(64), 32);
        assert_eq!(min_run_length(65), 33);
        assert_eq!(min_run_length(1000), 63);
        let mut descending: Vec<u32> = (0..200).rev().collect();
        merge_sort::<_, ()>(&mut descending, &mut |a, b| Ok(a < b)).expect("no error");
        assert_eq!(descending, (0..200).collect::<Vec<u32>>());
    }

    #[test]
    fn inconsistent_comparators_terminate() {
        let mut items: Vec<u32> = (0..100).collect();
        merge_sort::<_, ()>(&mut items, &mut |_, _| Ok(true)).expect("no error");
        assert_eq!(items.len(), 100);
    }
}
