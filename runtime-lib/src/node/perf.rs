//! `internal:perf`, the clock under `perf_hooks` (`runtime-lib/lib/perf_hooks.js` builds the
//! API): the monotonic clock in milliseconds and the time origin, which is when the event
//! loop's clock started (the runtime's start, node's `timeOrigin` being its process start).

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::object::function::NativeCall;
use crate::object::Attributes;
use crate::value::Value;

/// `require('internal:perf')`: `monotonicNow()` (CLOCK_MONOTONIC in milliseconds),
/// `monotonicOrigin` (that clock at the time origin) and `timeOrigin` (the time origin as
/// milliseconds since the Unix epoch, with a fraction).
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let monotonic = monotonic_ms();
    // The loop's clock counts whole milliseconds since the runtime started; the origin is at
    // most one millisecond later than that start, which keeps `now()` non-negative.
    let elapsed = crate::event_loop::now_ms(ctx) as f64;
    let origin = monotonic - elapsed;
    let wall = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |since| since.as_secs_f64() * 1000.0);
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding)
        .property("monotonicOrigin", Value::number(origin), Attributes::DEFAULT)
        .property("timeOrigin", Value::number(wall - elapsed), Attributes::DEFAULT)
        .method("monotonicNow", 0, monotonic_now);
    Ok(Value::object(binding))
}

/// monotonicNow(): CLOCK_MONOTONIC in milliseconds, with the nanoseconds as a fraction.
fn monotonic_now(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    Ok(Value::number(monotonic_ms()))
}

fn monotonic_ms() -> f64 {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime fills the timespec it is given; CLOCK_MONOTONIC always exists on
    // Linux, so it cannot fail.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut now) };
    now.tv_sec as f64 * 1000.0 + now.tv_nsec as f64 / 1_000_000.0
}
