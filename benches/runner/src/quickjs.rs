//! Runs a benchmark program in QuickJS (QuickJS-ng, built from source by `rquickjs-sys`),
//! embedded in this process. Each run gets a fresh runtime and context and a minimal
//! `console.log` that writes its arguments as `String(arg)` joined by spaces, which is all
//! the benchmark checksums need.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use rquickjs::{CatchResultExt, Context, Function, Runtime};

/// The QuickJS version that `rquickjs-sys` vendors, for the report.
pub const VERSION: &str = "QuickJS-ng 0.16.2 (rquickjs 0.14)";

/// What one QuickJS evaluation printed and cost.
pub struct Evaluated {
    /// Time to create the runtime and context, evaluate the program and tear them down.
    pub wall: Duration,
    /// The lines `console.log` printed, each ending in a newline, as node would print them.
    pub stdout: String,
    /// The uncaught exception or engine error, if the program did not finish normally.
    pub error: Option<String>,
}

/// Evaluates `source` as a script in a fresh QuickJS runtime, giving up after `limit`.
pub fn evaluate(source: &str, limit: Duration) -> Evaluated {
    let start = Instant::now();
    let output = Rc::new(RefCell::new(String::new()));
    let error = evaluate_into(source, limit, &output).err();
    let wall = start.elapsed();
    let stdout = output.borrow().clone();
    Evaluated {
        wall,
        stdout,
        error,
    }
}

/// Builds the engine, installs `console`, and runs `source`, appending printed lines.
fn evaluate_into(
    source: &str,
    limit: Duration,
    output: &Rc<RefCell<String>>,
) -> Result<(), String> {
    let runtime = Runtime::new().map_err(|error| format!("creating the runtime: {error}"))?;
    let deadline = Instant::now() + limit;
    runtime.set_interrupt_handler(Some(Box::new(move || Instant::now() > deadline)));
    let context =
        Context::full(&runtime).map_err(|error| format!("creating a context: {error}"))?;
    context.with(|ctx| {
        let sink = Rc::clone(output);
        let print = Function::new(ctx.clone(), move |line: String| {
            let mut text = sink.borrow_mut();
            text.push_str(&line);
            text.push('\n');
        })
        .map_err(|error| format!("creating the print function: {error}"))?;
        ctx.globals()
            .set("__kilnBenchPrint", print)
            .map_err(|error| format!("installing the print function: {error}"))?;
        ctx.eval::<(), _>(CONSOLE_SHIM)
            .catch(&ctx)
            .map_err(|error| format!("installing console: {error}"))?;
        ctx.eval::<(), _>(source.as_bytes().to_vec())
            .catch(&ctx)
            .map_err(|error| {
                if Instant::now() > deadline {
                    format!("timed out after {} s", limit.as_secs())
                } else {
                    error.to_string()
                }
            })
    })
}

/// `console.log` in JavaScript, so that each argument is converted exactly as `String(arg)`.
const CONSOLE_SHIM: &str = r#"
(function (print) {
  globalThis.console = {
    log: function () {
      var parts = [];
      for (var i = 0; i < arguments.length; i++) parts.push(String(arguments[i]));
      print(parts.join(" "));
    },
  };
})(__kilnBenchPrint);
delete globalThis.__kilnBenchPrint;
"#;
