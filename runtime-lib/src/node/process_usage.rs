//! The clocks and resource figures of `process`: `hrtime` (and `hrtime.bigint`), `uptime`,
//! `memoryUsage` (and `memoryUsage.rss`), `cpuUsage`, `resourceUsage`, and `chdir`, with node's
//! argument checks and errors.

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{ErrorKind, JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, Attributes, JsObject, PropertyKey};
use crate::value::{conv, Value};
use std::sync::OnceLock;

/// When the runtime started (CLOCK_MONOTONIC nanoseconds), for `uptime`.
static START: OnceLock<u64> = OnceLock::new();

/// Installs the methods on `process`.
pub fn install(ctx: &mut Context, process: Gc<JsObject>) {
    START.get_or_init(monotonic_ns);
    ObjectBuilder::new(ctx, process)
        .method("hrtime", 1, hrtime)
        .method("uptime", 0, uptime)
        .method("memoryUsage", 0, memory_usage)
        .method("cpuUsage", 1, cpu_usage)
        .method("resourceUsage", 0, resource_usage)
        .method("chdir", 1, chdir);
    for (holder, name, length, native) in [
        ("hrtime", "bigint", 0, hrtime_bigint as function::NativeFn),
        ("memoryUsage", "rss", 0, memory_rss as function::NativeFn),
    ] {
        let key = ctx.key(holder);
        if let Some(method) = ops::get_property(ctx, process, key).ok().and_then(|m| m.as_object()) {
            ObjectBuilder::new(ctx, method).method(name, length, native);
        }
    }
    let exec_argv = array::from_values(ctx, &[]);
    let key = ctx.key("execArgv");
    ops::define_fresh(ctx, process, key, Value::object(exec_argv), Attributes::DEFAULT);
}

/// CLOCK_MONOTONIC in nanoseconds.
fn monotonic_ns() -> u64 {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime fills the timespec it is given; CLOCK_MONOTONIC always exists on
    // Linux.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut now) };
    now.tv_sec as u64 * 1_000_000_000 + now.tv_nsec as u64
}

/// process.hrtime([time]): `[seconds, nanoseconds]` of a monotonic clock, or the time since
/// `time` (an earlier result).
fn hrtime(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let now = monotonic_ns();
    let previous = call.arg(0);
    let mut elapsed = now;
    if !previous.is_undefined() {
        let Some(list) = previous.as_object().filter(|o| o.get().is_array()) else {
            return super::errors::throw_invalid_arg_type(ctx, "time", "an instance of Array", previous);
        };
        let length_key = ctx.key("length");
        let length = ops::get_property(ctx, list, length_key)?;
        let length = conv::to_number(ctx, length)?;
        if length != 2.0 {
            let message = format!("The value of \"time\" is out of range. It must be 2. Received {length}");
            let error = super::errors::node_error(ctx, ErrorKind::RangeError, "ERR_OUT_OF_RANGE", &message);
            return ctx.throw_value(Value::object(error));
        }
        let seconds = ops::get_property(ctx, list, PropertyKey::Index(0))?;
        let seconds = conv::to_number(ctx, seconds)?;
        let nanos = ops::get_property(ctx, list, PropertyKey::Index(1))?;
        let nanos = conv::to_number(ctx, nanos)?;
        let before = (seconds * 1e9 + nanos) as i128;
        elapsed = (i128::from(now) - before).max(0) as u64;
    }
    let seconds = Value::number((elapsed / 1_000_000_000) as f64);
    let nanos = Value::number((elapsed % 1_000_000_000) as f64);
    Ok(Value::object(array::from_values(ctx, &[seconds, nanos])))
}

/// process.hrtime.bigint(): the monotonic clock in nanoseconds, as a BigInt.
fn hrtime_bigint(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(crate::bigint::new(ctx, num_bigint::BigInt::from(monotonic_ns())))
}

/// process.uptime(): seconds since the program started.
fn uptime(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    let start = *START.get_or_init(monotonic_ns);
    Ok(Value::number(monotonic_ns().saturating_sub(start) as f64 / 1e9))
}

/// The resident set size in bytes (`/proc/self/statm`).
fn rss_bytes() -> f64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|text| text.split_whitespace().nth(1)?.parse::<f64>().ok())
        .unwrap_or(0.0);
    // SAFETY: sysconf has no preconditions.
    let page_size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(1) as f64;
    pages * page_size
}

/// process.memoryUsage(): `rss`, and the collector's heap figures as `heapTotal` (bytes of
/// pages) and `heapUsed` (bytes live after the last collection plus those allocated since).
fn memory_usage(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    let stats = &ctx.heap.stats;
    let heap_total = (stats.pages * crate::gc::heap::PAGE_SIZE) as f64;
    let heap_used = stats.live_bytes as f64;
    let result = ctx.new_object();
    ObjectBuilder::new(ctx, result)
        .property("rss", Value::number(rss_bytes()), Attributes::DEFAULT)
        .property("heapTotal", Value::number(heap_total), Attributes::DEFAULT)
        .property("heapUsed", Value::number(heap_used), Attributes::DEFAULT)
        .property("external", Value::number(0.0), Attributes::DEFAULT)
        .property("arrayBuffers", Value::number(0.0), Attributes::DEFAULT);
    Ok(Value::object(result))
}

/// process.memoryUsage.rss().
fn memory_rss(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(Value::number(rss_bytes()))
}

/// getrusage(RUSAGE_SELF).
fn rusage() -> libc::rusage {
    // SAFETY: an all-zero rusage is a valid value; getrusage fills it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: RUSAGE_SELF with a valid out pointer.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    usage
}

fn micros(time: libc::timeval) -> f64 {
    time.tv_sec as f64 * 1e6 + time.tv_usec as f64
}

/// process.cpuUsage([previous]): user and system CPU time in microseconds, or the difference
/// from `previous`.
fn cpu_usage(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let usage = rusage();
    let (mut user, mut system) = (micros(usage.ru_utime), micros(usage.ru_stime));
    let previous = call.arg(0);
    if !previous.is_undefined() {
        let Some(object) = previous.as_object().filter(|_| !previous.is_callable()) else {
            return super::errors::throw_invalid_arg_type(ctx, "prevValue", "of type object", previous);
        };
        for (name, total) in [("user", &mut user), ("system", &mut system)] {
            let key = ctx.key(name);
            let value = ops::get_property(ctx, object, key)?;
            let Some(number) = value.as_number() else {
                return super::errors::throw_invalid_arg_type(ctx, &format!("prevValue.{name}"), "of type number", value);
            };
            if !(0.0..=f64::from(u32::MAX) * 1e6).contains(&number) || !number.is_finite() {
                let shown = crate::error::describe_value(ctx, value);
                let message = format!("The property 'prevValue.{name}' is invalid. Received {shown}");
                let error = super::errors::node_error(ctx, ErrorKind::RangeError, "ERR_INVALID_ARG_VALUE", &message);
                return ctx.throw_value(Value::object(error));
            }
            *total -= number;
        }
    }
    let result = ctx.new_object();
    ObjectBuilder::new(ctx, result)
        .property("user", Value::number(user), Attributes::DEFAULT)
        .property("system", Value::number(system), Attributes::DEFAULT);
    Ok(Value::object(result))
}

/// process.resourceUsage(): getrusage's figures under node's names.
fn resource_usage(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    let usage = rusage();
    let fields: [(&str, f64); 16] = [
        ("userCPUTime", micros(usage.ru_utime)),
        ("systemCPUTime", micros(usage.ru_stime)),
        ("maxRSS", usage.ru_maxrss as f64),
        ("sharedMemorySize", usage.ru_ixrss as f64),
        ("unsharedDataSize", usage.ru_idrss as f64),
        ("unsharedStackSize", usage.ru_isrss as f64),
        ("minorPageFault", usage.ru_minflt as f64),
        ("majorPageFault", usage.ru_majflt as f64),
        ("swappedOut", usage.ru_nswap as f64),
        ("fsRead", usage.ru_inblock as f64),
        ("fsWrite", usage.ru_oublock as f64),
        ("ipcSent", usage.ru_msgsnd as f64),
        ("ipcReceived", usage.ru_msgrcv as f64),
        ("signalsCount", usage.ru_nsignals as f64),
        ("voluntaryContextSwitches", usage.ru_nvcsw as f64),
        ("involuntaryContextSwitches", usage.ru_nivcsw as f64),
    ];
    let result = ctx.new_object();
    for (name, value) in fields {
        let key = ctx.key(name);
        ops::define_fresh(ctx, result, key, Value::number(value), Attributes::DEFAULT);
    }
    Ok(Value::object(result))
}

/// process.chdir(directory): node's uv error (with the current directory as `path` and the
/// argument as `dest`) when it fails.
fn chdir(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let argument = call.arg(0);
    let Some(text) = argument.as_string() else {
        return super::errors::throw_invalid_arg_type(ctx, "directory", "of type string", argument);
    };
    let directory = text.get().to_rust_string();
    if let Err(error) = std::env::set_current_dir(&directory) {
        let errno = super::fs::uv::errno_of(&error);
        let cwd = std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        let error = super::fs::uv::UvError::with_dest(errno, "chdir", &cwd, &directory).to_js(ctx);
        return ctx.throw_value(Value::object(error));
    }
    Ok(Value::UNDEFINED)
}
