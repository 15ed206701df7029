//! `internal:os`, the native half of node's `os` (`runtime-lib/lib/os.js` builds the API): what
//! libuv reports on Linux — uname, the host name, the passwd entry, `/proc` figures (uptime,
//! memory, load, per-CPU times), network interfaces (getifaddrs), scheduling priority, the
//! CPU affinity count — and the `os.constants` tables. Natives that can fail take a context
//! object last and fill in `errno`, `code`, `message` and `syscall` there (as node's binding
//! does); the JavaScript side turns that into a SystemError.

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Gc;
use crate::object::function::NativeCall;
use crate::object::{array, ops, Attributes, JsObject};
use crate::value::{conv, Value};
use std::ffi::CStr;

/// `require('internal:os')`.
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    let constants = constants(ctx);
    ObjectBuilder::new(ctx, binding)
        .property("constants", Value::object(constants), Attributes::DEFAULT)
        .method("getHostname", 1, get_hostname)
        .method("getOSInformation", 1, get_os_information)
        .method("getHomeDirectory", 1, get_home_directory)
        .method("getUserInfo", 1, get_user_info)
        .method("getUptime", 1, get_uptime)
        .method("getTotalMem", 0, get_total_mem)
        .method("getFreeMem", 0, get_free_mem)
        .method("getLoadAvg", 0, get_load_avg)
        .method("getCPUs", 0, get_cpus)
        .method("getInterfaceAddresses", 1, get_interface_addresses)
        .method("getPriority", 2, get_priority)
        .method("setPriority", 3, set_priority)
        .method("getAvailableParallelism", 0, get_available_parallelism);
    Ok(Value::object(binding))
}

fn string(ctx: &mut Context, text: &str) -> Value {
    Value::string(crate::string::from_str(ctx, text))
}

/// Records a failed call in the context object `target` (node's `CollectUVExceptionInfo`) and
/// returns undefined.
fn fail(ctx: &mut Context, target: Value, errno: i32, syscall: &str) -> JsResult<Value> {
    let Some(target) = target.as_object() else { return Ok(Value::UNDEFINED) };
    let (code, message) = super::fs::uv::name_and_message(errno);
    let values = [
        ("errno", Value::number(-f64::from(errno))),
        ("code", string(ctx, code)),
        ("message", string(ctx, message)),
        ("syscall", string(ctx, syscall)),
    ];
    for (name, value) in values {
        let key = ctx.key(name);
        ops::set_or_throw(ctx, target, key, value)?;
    }
    Ok(Value::UNDEFINED)
}

fn c_text(pointer: *const libc::c_char) -> String {
    if pointer.is_null() {
        return String::new();
    }
    // SAFETY: the C library returned a NUL-terminated string that lives while we copy it.
    unsafe { CStr::from_ptr(pointer) }.to_string_lossy().into_owned()
}

/// getHostname(ctx).
fn get_hostname(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let mut buffer = [0u8; 256];
    // SAFETY: the buffer is writable for its length.
    if unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len()) } != 0 {
        return fail(ctx, call.arg(0), super::fs::uv::last_errno(), "uv_os_gethostname");
    }
    let end = buffer.iter().position(|byte| *byte == 0).unwrap_or(buffer.len());
    let name = String::from_utf8_lossy(&buffer[..end]).into_owned();
    Ok(string(ctx, &name))
}

/// getOSInformation(ctx): [sysname, version, release, machine] from uname(2).
fn get_os_information(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    // SAFETY: uname fills zeroed storage of the right type.
    let mut names: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `names` is a valid out pointer.
    if unsafe { libc::uname(&mut names) } != 0 {
        return fail(ctx, call.arg(0), super::fs::uv::last_errno(), "uv_os_uname");
    }
    let fields = [
        c_text(names.sysname.as_ptr()),
        c_text(names.version.as_ptr()),
        c_text(names.release.as_ptr()),
        c_text(names.machine.as_ptr()),
    ];
    let list = ctx.new_list();
    for field in &fields {
        let value = string(ctx, field);
        list.get_mut().push(value);
    }
    let values = list.get().items.clone();
    Ok(Value::object(array::from_values(ctx, &values)))
}

/// The passwd entry of `uid`: (name, uid, gid, home, shell).
fn passwd(uid: libc::uid_t) -> Result<(String, u32, u32, String, String), i32> {
    let mut size = 4096usize;
    loop {
        let mut buffer = vec![0u8; size];
        // SAFETY: getpwuid_r fills zeroed storage and points its strings into `buffer`.
        let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: every pointer is valid for the sizes given.
        let status = unsafe { libc::getpwuid_r(uid, &mut entry, buffer.as_mut_ptr().cast(), buffer.len(), &mut result) };
        if status == libc::ERANGE && size < 1 << 20 {
            size *= 2;
            continue;
        }
        if status != 0 {
            return Err(status);
        }
        if result.is_null() {
            return Err(libc::ENOENT);
        }
        return Ok((c_text(entry.pw_name), entry.pw_uid, entry.pw_gid, c_text(entry.pw_dir), c_text(entry.pw_shell)));
    }
}

/// getHomeDirectory(ctx): the passwd home of the effective user (os.js checks `HOME` first,
/// as libuv's `uv_os_homedir` does).
fn get_home_directory(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    // SAFETY: geteuid cannot fail.
    match passwd(unsafe { libc::geteuid() }) {
        Ok((_, _, _, home, _)) => Ok(string(ctx, &home)),
        Err(errno) => fail(ctx, call.arg(0), errno, "uv_os_homedir"),
    }
}

/// getUserInfo(ctx): { uid, gid, username, homedir, shell } (null prototype) of the effective
/// user.
fn get_user_info(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    // SAFETY: geteuid cannot fail.
    let (name, uid, gid, home, shell) = match passwd(unsafe { libc::geteuid() }) {
        Ok(entry) => entry,
        Err(errno) => return fail(ctx, call.arg(0), errno, "uv_os_get_passwd"),
    };
    let info = ctx.new_object_with_prototype(None);
    let values = [
        ("uid", Value::number(f64::from(uid))),
        ("gid", Value::number(f64::from(gid))),
        ("username", string(ctx, &name)),
        ("homedir", string(ctx, &home)),
        ("shell", string(ctx, &shell)),
    ];
    for (key, value) in values {
        let key = ctx.key(key);
        ops::define_fresh(ctx, info, key, value, Attributes::DEFAULT);
    }
    Ok(Value::object(info))
}

fn read_proc(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// getUptime(ctx): seconds since boot (`/proc/uptime`, else CLOCK_BOOTTIME whole seconds).
fn get_uptime(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(uptime) = read_proc("/proc/uptime").and_then(|text| text.split_whitespace().next()?.parse::<f64>().ok()) {
        return Ok(Value::number(uptime));
    }
    // SAFETY: clock_gettime fills a zeroed timespec.
    let mut now: libc::timespec = unsafe { std::mem::zeroed() };
    // SAFETY: `now` is a valid out pointer.
    if unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut now) } != 0 {
        return fail(ctx, call.arg(0), super::fs::uv::last_errno(), "uv_uptime");
    }
    Ok(Value::number(now.tv_sec as f64))
}

/// A `/proc/meminfo` figure in bytes.
fn meminfo(field: &str) -> Option<f64> {
    let text = read_proc("/proc/meminfo")?;
    let line = text.lines().find(|line| line.starts_with(field))?;
    let kilobytes: f64 = line[field.len()..].split_whitespace().next()?.parse().ok()?;
    Some(kilobytes * 1024.0)
}

fn sysinfo() -> Option<libc::sysinfo> {
    // SAFETY: sysinfo fills zeroed storage of the right type.
    let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
    // SAFETY: `info` is a valid out pointer.
    (unsafe { libc::sysinfo(&mut info) } == 0).then_some(info)
}

/// getTotalMem(): MemTotal in bytes.
fn get_total_mem(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    let total = meminfo("MemTotal:")
        .or_else(|| sysinfo().map(|info| info.totalram as f64 * f64::from(info.mem_unit)))
        .unwrap_or(0.0);
    Ok(Value::number(total))
}

/// getFreeMem(): MemAvailable in bytes (what libuv calls free memory).
fn get_free_mem(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    let free = meminfo("MemAvailable:")
        .or_else(|| sysinfo().map(|info| info.freeram as f64 * f64::from(info.mem_unit)))
        .unwrap_or(0.0);
    Ok(Value::number(free))
}

/// getLoadAvg(): [1, 5, 15] minute load averages.
fn get_load_avg(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    let from_proc = read_proc("/proc/loadavg").and_then(|text| {
        let mut fields = text.split_whitespace().map(|field| field.parse::<f64>().ok());
        Some([fields.next()??, fields.next()??, fields.next()??])
    });
    let loads = from_proc
        .or_else(|| sysinfo().map(|info| info.loads.map(|load| load as f64 / 65536.0)))
        .unwrap_or([0.0; 3]);
    let values = loads.map(Value::number);
    Ok(Value::object(array::from_values(ctx, &values)))
}

/// getCPUs(): a flat array, seven entries per CPU: model, speed (MHz), then user, nice, sys,
/// idle and irq times in milliseconds. Times come from `/proc/stat`, models from
/// `/proc/cpuinfo`, speeds from cpufreq (0 without it), as libuv reads them.
fn get_cpus(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    // SAFETY: sysconf has no memory effects.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    let multiplier = (1000 / ticks).max(1);
    let stat = read_proc("/proc/stat").unwrap_or_default();
    let mut cpus: Vec<(u32, [u64; 5])> = Vec::new();
    for line in stat.lines() {
        let Some(rest) = line.strip_prefix("cpu") else { continue };
        let mut fields = rest.split_whitespace();
        let Some(Ok(number)) = fields.next().map(str::parse::<u32>) else { continue };
        let values: Vec<u64> = fields.take(6).filter_map(|field| field.parse().ok()).collect();
        if values.len() < 6 {
            continue;
        }
        // user nice system idle iowait irq
        cpus.push((number, [values[0], values[1], values[2], values[3], values[5]].map(|ticks| ticks * multiplier)));
    }
    let models = cpu_models();
    let list = ctx.new_list();
    for (index, (number, times)) in cpus.iter().enumerate() {
        let model = models.get(index).cloned().unwrap_or_else(|| "unknown".to_string());
        let model = string(ctx, &model);
        let speed = read_proc(&format!("/sys/devices/system/cpu/cpu{number}/cpufreq/scaling_cur_freq"))
            .and_then(|text| text.trim().parse::<u64>().ok())
            .map(|kilohertz| kilohertz / 1000)
            .unwrap_or(0);
        list.get_mut().push(model);
        list.get_mut().push(Value::number(speed as f64));
        for time in times {
            list.get_mut().push(Value::number(*time as f64));
        }
    }
    let values = list.get().items.clone();
    Ok(Value::object(array::from_values(ctx, &values)))
}

/// The model name of each processor in `/proc/cpuinfo`, in order.
fn cpu_models() -> Vec<String> {
    let text = read_proc("/proc/cpuinfo").unwrap_or_default();
    let key = if cfg!(any(target_arch = "x86_64", target_arch = "x86")) { "model name" } else { "Processor" };
    let mut models = Vec::new();
    for line in text.lines() {
        let Some((name, value)) = line.split_once(':') else { continue };
        let name = name.trim();
        if name == key || (name == "model name" && !cfg!(any(target_arch = "x86_64", target_arch = "x86"))) {
            models.push(value.trim().to_string());
        }
    }
    models
}

/// getInterfaceAddresses(ctx): a flat array, seven entries per address: name, address,
/// netmask, family ('IPv4' / 'IPv6'), mac, internal, scopeid (-1 for IPv4).
fn get_interface_addresses(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let addresses = match interface_addresses() {
        Ok(addresses) => addresses,
        Err(errno) => return fail(ctx, call.arg(0), errno, "uv_interface_addresses"),
    };
    let list = ctx.new_list();
    for address in &addresses {
        let texts = [&address.name, &address.address, &address.netmask, &address.family.to_string(), &address.mac];
        for text in texts {
            let value = string(ctx, text);
            list.get_mut().push(value);
        }
        list.get_mut().push(Value::boolean(address.internal));
        list.get_mut().push(Value::number(address.scope_id));
    }
    let values = list.get().items.clone();
    Ok(Value::object(array::from_values(ctx, &values)))
}

struct InterfaceAddress {
    name: String,
    address: String,
    netmask: String,
    family: &'static str,
    mac: String,
    internal: bool,
    scope_id: f64,
}

/// libuv's `uv_interface_addresses`: every up and running interface's IPv4 and IPv6
/// addresses, with the MAC of its AF_PACKET entry.
fn interface_addresses() -> Result<Vec<InterfaceAddress>, i32> {
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs allocates a list we free below.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Err(super::fs::uv::last_errno());
    }
    let mut entries = Vec::new();
    let mut cursor = head;
    while !cursor.is_null() {
        // SAFETY: `cursor` walks the list getifaddrs returned.
        let entry = unsafe { &*cursor };
        cursor = entry.ifa_next;
        entries.push(entry);
    }
    let up = |entry: &libc::ifaddrs| {
        let flags = entry.ifa_flags as libc::c_int;
        flags & libc::IFF_UP != 0 && flags & libc::IFF_RUNNING != 0 && !entry.ifa_addr.is_null()
    };
    let mut macs: Vec<(String, String)> = Vec::new();
    for entry in entries.iter().filter(|entry| up(entry)) {
        // SAFETY: ifa_addr is non-null (checked by `up`) and points at a sockaddr.
        let family = i32::from(unsafe { (*entry.ifa_addr).sa_family });
        if family == libc::AF_PACKET {
            // SAFETY: an AF_PACKET address is a sockaddr_ll.
            let link = unsafe { &*(entry.ifa_addr as *const libc::sockaddr_ll) };
            let mac = link.sll_addr[..6].iter().map(|byte| format!("{byte:02x}")).collect::<Vec<_>>().join(":");
            macs.push((c_text(entry.ifa_name), mac));
        }
    }
    let mut out = Vec::new();
    for entry in entries.iter().filter(|entry| up(entry)) {
        // SAFETY: as above.
        let family = i32::from(unsafe { (*entry.ifa_addr).sa_family });
        let name = c_text(entry.ifa_name);
        let (address, netmask, family_name, scope_id) = if family == libc::AF_INET {
            // SAFETY: an AF_INET address (and its netmask) is a sockaddr_in.
            let address = unsafe { &*(entry.ifa_addr as *const libc::sockaddr_in) };
            let netmask = if entry.ifa_netmask.is_null() { 0 } else { unsafe { (*(entry.ifa_netmask as *const libc::sockaddr_in)).sin_addr.s_addr } };
            let address = std::net::Ipv4Addr::from(u32::from_be(address.sin_addr.s_addr));
            let netmask = std::net::Ipv4Addr::from(u32::from_be(netmask));
            (address.to_string(), netmask.to_string(), "IPv4", -1.0)
        } else if family == libc::AF_INET6 {
            // SAFETY: an AF_INET6 address (and its netmask) is a sockaddr_in6.
            let address = unsafe { &*(entry.ifa_addr as *const libc::sockaddr_in6) };
            let netmask = if entry.ifa_netmask.is_null() { [0; 16] } else { unsafe { (*(entry.ifa_netmask as *const libc::sockaddr_in6)).sin6_addr.s6_addr } };
            let text = std::net::Ipv6Addr::from(address.sin6_addr.s6_addr).to_string();
            (text, std::net::Ipv6Addr::from(netmask).to_string(), "IPv6", f64::from(address.sin6_scope_id))
        } else {
            continue;
        };
        let mac = macs.iter().find(|(owner, _)| *owner == name).map(|(_, mac)| mac.clone()).unwrap_or_else(|| "00:00:00:00:00:00".to_string());
        let internal = entry.ifa_flags as libc::c_int & libc::IFF_LOOPBACK != 0;
        out.push(InterfaceAddress { name, address, netmask, family: family_name, mac, internal, scope_id });
    }
    // SAFETY: `head` came from getifaddrs and no entry reference outlives this call.
    unsafe { libc::freeifaddrs(head) };
    Ok(out)
}

/// getPriority(pid, ctx).
fn get_priority(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let pid = conv::to_int32(ctx, call.arg(0))?;
    // getpriority can return -1 legitimately; errno tells failures apart.
    // SAFETY: errno is thread-local; writing it has no other effect.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: no memory is passed.
    let priority = unsafe { libc::getpriority(libc::PRIO_PROCESS, pid as libc::id_t) };
    if priority == -1 {
        let errno = super::fs::uv::last_errno();
        if errno != 0 {
            return fail(ctx, call.arg(1), errno, "uv_os_getpriority");
        }
    }
    Ok(Value::number(f64::from(priority)))
}

/// setPriority(pid, priority, ctx): 0, or undefined after recording the failure.
fn set_priority(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let pid = conv::to_int32(ctx, call.arg(0))?;
    let priority = conv::to_int32(ctx, call.arg(1))?;
    // SAFETY: no memory is passed.
    if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, priority) } != 0 {
        return fail(ctx, call.arg(2), super::fs::uv::last_errno(), "uv_os_setpriority");
    }
    Ok(Value::number(0.0))
}

/// getAvailableParallelism(): the CPUs this process may run on (sched_getaffinity).
fn get_available_parallelism(_ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    // SAFETY: sched_getaffinity fills a zeroed cpu_set_t.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is valid for its size.
    let count = if unsafe { libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) } == 0 {
        // SAFETY: `set` was filled in.
        unsafe { libc::CPU_COUNT(&set) }.max(1)
    } else {
        // SAFETY: sysconf has no memory effects.
        unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) }.max(1) as i32
    };
    Ok(Value::number(f64::from(count)))
}

/// `os.constants`: UV_UDP_REUSEADDR, dlopen, errno, signals and priority, with Linux's values
/// in node's order, as null-prototype objects of read-only numbers.
fn constants(ctx: &mut Context) -> Gc<JsObject> {
    let dlopen: &[(&str, i64)] = &[
        ("RTLD_LAZY", libc::RTLD_LAZY.into()),
        ("RTLD_NOW", libc::RTLD_NOW.into()),
        ("RTLD_GLOBAL", libc::RTLD_GLOBAL.into()),
        ("RTLD_LOCAL", libc::RTLD_LOCAL.into()),
        ("RTLD_DEEPBIND", libc::RTLD_DEEPBIND.into()),
    ];
    let priority: &[(&str, i64)] = &[
        ("PRIORITY_LOW", 19),
        ("PRIORITY_BELOW_NORMAL", 10),
        ("PRIORITY_NORMAL", 0),
        ("PRIORITY_ABOVE_NORMAL", -7),
        ("PRIORITY_HIGH", -14),
        ("PRIORITY_HIGHEST", -20),
    ];
    let object = ctx.new_object_with_prototype(None);
    let read_only = Attributes::data(false, true, false);
    ObjectBuilder::new(ctx, object).property("UV_UDP_REUSEADDR", Value::number(4.0), read_only);
    for (name, table) in [("dlopen", dlopen), ("errno", ERRNO), ("signals", SIGNALS), ("priority", priority)] {
        let inner = ctx.new_object_with_prototype(None);
        let mut builder = ObjectBuilder::new(ctx, inner);
        for (key, value) in table {
            builder.property(key, Value::number(*value as f64), read_only);
        }
        ObjectBuilder::new(ctx, object).property(name, Value::object(inner), Attributes::DEFAULT);
    }
    object
}

/// `os.constants.errno`, in node's order.
const ERRNO: &[(&str, i64)] = &[
    ("E2BIG", libc::E2BIG as i64),
    ("EACCES", libc::EACCES as i64),
    ("EADDRINUSE", libc::EADDRINUSE as i64),
    ("EADDRNOTAVAIL", libc::EADDRNOTAVAIL as i64),
    ("EAFNOSUPPORT", libc::EAFNOSUPPORT as i64),
    ("EAGAIN", libc::EAGAIN as i64),
    ("EALREADY", libc::EALREADY as i64),
    ("EBADF", libc::EBADF as i64),
    ("EBADMSG", libc::EBADMSG as i64),
    ("EBUSY", libc::EBUSY as i64),
    ("ECANCELED", libc::ECANCELED as i64),
    ("ECHILD", libc::ECHILD as i64),
    ("ECONNABORTED", libc::ECONNABORTED as i64),
    ("ECONNREFUSED", libc::ECONNREFUSED as i64),
    ("ECONNRESET", libc::ECONNRESET as i64),
    ("EDEADLK", libc::EDEADLK as i64),
    ("EDESTADDRREQ", libc::EDESTADDRREQ as i64),
    ("EDOM", libc::EDOM as i64),
    ("EDQUOT", libc::EDQUOT as i64),
    ("EEXIST", libc::EEXIST as i64),
    ("EFAULT", libc::EFAULT as i64),
    ("EFBIG", libc::EFBIG as i64),
    ("EHOSTUNREACH", libc::EHOSTUNREACH as i64),
    ("EIDRM", libc::EIDRM as i64),
    ("EILSEQ", libc::EILSEQ as i64),
    ("EINPROGRESS", libc::EINPROGRESS as i64),
    ("EINTR", libc::EINTR as i64),
    ("EINVAL", libc::EINVAL as i64),
    ("EIO", libc::EIO as i64),
    ("EISCONN", libc::EISCONN as i64),
    ("EISDIR", libc::EISDIR as i64),
    ("ELOOP", libc::ELOOP as i64),
    ("EMFILE", libc::EMFILE as i64),
    ("EMLINK", libc::EMLINK as i64),
    ("EMSGSIZE", libc::EMSGSIZE as i64),
    ("EMULTIHOP", libc::EMULTIHOP as i64),
    ("ENAMETOOLONG", libc::ENAMETOOLONG as i64),
    ("ENETDOWN", libc::ENETDOWN as i64),
    ("ENETRESET", libc::ENETRESET as i64),
    ("ENETUNREACH", libc::ENETUNREACH as i64),
    ("ENFILE", libc::ENFILE as i64),
    ("ENOBUFS", libc::ENOBUFS as i64),
    ("ENODATA", libc::ENODATA as i64),
    ("ENODEV", libc::ENODEV as i64),
    ("ENOENT", libc::ENOENT as i64),
    ("ENOEXEC", libc::ENOEXEC as i64),
    ("ENOLCK", libc::ENOLCK as i64),
    ("ENOLINK", libc::ENOLINK as i64),
    ("ENOMEM", libc::ENOMEM as i64),
    ("ENOMSG", libc::ENOMSG as i64),
    ("ENOPROTOOPT", libc::ENOPROTOOPT as i64),
    ("ENOSPC", libc::ENOSPC as i64),
    ("ENOSR", libc::ENOSR as i64),
    ("ENOSTR", libc::ENOSTR as i64),
    ("ENOSYS", libc::ENOSYS as i64),
    ("ENOTCONN", libc::ENOTCONN as i64),
    ("ENOTDIR", libc::ENOTDIR as i64),
    ("ENOTEMPTY", libc::ENOTEMPTY as i64),
    ("ENOTSOCK", libc::ENOTSOCK as i64),
    ("ENOTSUP", libc::ENOTSUP as i64),
    ("ENOTTY", libc::ENOTTY as i64),
    ("ENXIO", libc::ENXIO as i64),
    ("EOPNOTSUPP", libc::EOPNOTSUPP as i64),
    ("EOVERFLOW", libc::EOVERFLOW as i64),
    ("EPERM", libc::EPERM as i64),
    ("EPIPE", libc::EPIPE as i64),
    ("EPROTO", libc::EPROTO as i64),
    ("EPROTONOSUPPORT", libc::EPROTONOSUPPORT as i64),
    ("EPROTOTYPE", libc::EPROTOTYPE as i64),
    ("ERANGE", libc::ERANGE as i64),
    ("EROFS", libc::EROFS as i64),
    ("ESPIPE", libc::ESPIPE as i64),
    ("ESRCH", libc::ESRCH as i64),
    ("ESTALE", libc::ESTALE as i64),
    ("ETIME", libc::ETIME as i64),
    ("ETIMEDOUT", libc::ETIMEDOUT as i64),
    ("ETXTBSY", libc::ETXTBSY as i64),
    ("EWOULDBLOCK", libc::EWOULDBLOCK as i64),
    ("EXDEV", libc::EXDEV as i64),
];

/// `os.constants.signals`, in node's order.
const SIGNALS: &[(&str, i64)] = &[
    ("SIGHUP", libc::SIGHUP as i64),
    ("SIGINT", libc::SIGINT as i64),
    ("SIGQUIT", libc::SIGQUIT as i64),
    ("SIGILL", libc::SIGILL as i64),
    ("SIGTRAP", libc::SIGTRAP as i64),
    ("SIGABRT", libc::SIGABRT as i64),
    ("SIGIOT", libc::SIGIOT as i64),
    ("SIGBUS", libc::SIGBUS as i64),
    ("SIGFPE", libc::SIGFPE as i64),
    ("SIGKILL", libc::SIGKILL as i64),
    ("SIGUSR1", libc::SIGUSR1 as i64),
    ("SIGSEGV", libc::SIGSEGV as i64),
    ("SIGUSR2", libc::SIGUSR2 as i64),
    ("SIGPIPE", libc::SIGPIPE as i64),
    ("SIGALRM", libc::SIGALRM as i64),
    ("SIGTERM", libc::SIGTERM as i64),
    ("SIGCHLD", libc::SIGCHLD as i64),
    ("SIGSTKFLT", libc::SIGSTKFLT as i64),
    ("SIGCONT", libc::SIGCONT as i64),
    ("SIGSTOP", libc::SIGSTOP as i64),
    ("SIGTSTP", libc::SIGTSTP as i64),
    ("SIGTTIN", libc::SIGTTIN as i64),
    ("SIGTTOU", libc::SIGTTOU as i64),
    ("SIGURG", libc::SIGURG as i64),
    ("SIGXCPU", libc::SIGXCPU as i64),
    ("SIGXFSZ", libc::SIGXFSZ as i64),
    ("SIGVTALRM", libc::SIGVTALRM as i64),
    ("SIGPROF", libc::SIGPROF as i64),
    ("SIGWINCH", libc::SIGWINCH as i64),
    ("SIGIO", libc::SIGIO as i64),
    ("SIGPOLL", libc::SIGPOLL as i64),
    ("SIGPWR", libc::SIGPWR as i64),
    ("SIGSYS", libc::SIGSYS as i64),
];
