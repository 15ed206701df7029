//! Machine code for many functions at once: the main thread builds each function's Cranelift
//! IR (which needs the object module and the shared [`super::Globals`]) and hands it to a pool
//! of worker threads that run Cranelift's optimiser, register allocator and emitter, which is
//! most of a build's time. The results are defined in the object in the order the functions
//! were built, so the output does not depend on which worker finished first.

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::StackSlot;
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::Context;
use cranelift_module::{FuncId, Module, ModuleReloc};
use cranelift_object::ObjectModule;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

/// Functions with more CLIF instructions than this get the single-pass register allocator:
/// the backtracking one is superlinear on a module's top level of thousands of statements.
const HUGE_FUNCTION_INSTS: usize = 20_000;

/// How many functions may wait for a worker: enough to keep every worker busy, few enough
/// that a big program's IR is never all in memory at once.
const QUEUE_PER_WORKER: usize = 4;

/// One function's machine code, ready to define in the object.
pub(crate) struct Compiled {
    /// The order the function was submitted in.
    sequence: usize,
    id: FuncId,
    alignment: u64,
    bytes: Vec<u8>,
    relocs: Vec<ModuleReloc>,
    /// The size of the code, as the call-site tables count it.
    pub code_size: u32,
    /// `(end offset of the instruction, source location bits)` of every instruction with a
    /// source location, sorted by offset.
    pub srclocs: Vec<(u32, u32)>,
    /// How far below the frame pointer the job's call record lies (0: it has none).
    pub call_record: u32,
}

struct Job {
    sequence: usize,
    id: FuncId,
    func: cranelift_codegen::ir::Function,
    call_record: Option<StackSlot>,
}

/// The worker pool of one build.
pub(crate) struct Pool {
    jobs: Option<mpsc::SyncSender<Job>>,
    results: mpsc::Receiver<Result<Compiled, String>>,
    workers: Vec<std::thread::JoinHandle<()>>,
    submitted: usize,
}

impl Pool {
    /// Starts one worker per available core. `isa` compiles ordinary functions, `huge_isa`
    /// (the same flags with the single-pass register allocator) the huge ones.
    pub fn new(isa: OwnedTargetIsa, huge_isa: OwnedTargetIsa) -> Pool {
        let count = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
        let (job_sender, job_receiver) = mpsc::sync_channel::<Job>(count * QUEUE_PER_WORKER);
        let job_receiver = Arc::new(Mutex::new(job_receiver));
        let (result_sender, results) = mpsc::channel();
        let workers = (0..count)
            .map(|_| {
                let jobs = Arc::clone(&job_receiver);
                let results = result_sender.clone();
                let isa = isa.clone();
                let huge_isa = huge_isa.clone();
                std::thread::Builder::new()
                    .name("kiln-codegen".into())
                    .stack_size(64 * 1024 * 1024)
                    .spawn(move || work(&jobs, &results, &*isa, &*huge_isa))
                    .expect("a code generation thread starts")
            })
            .collect();
        Pool { jobs: Some(job_sender), results, workers, submitted: 0 }
    }

    /// Queues `func` to be compiled and defined as `id`; returns its sequence number (the
    /// index of its result in [`Pool::finish`]'s list). Waits while the queue is full.
    /// `call_record` is the function's `kiln_abi::call_record` slot, if it has one.
    pub fn submit(
        &mut self,
        id: FuncId,
        func: cranelift_codegen::ir::Function,
        call_record: Option<StackSlot>,
    ) -> Result<usize, String> {
        let sequence = self.submitted;
        self.submitted += 1;
        let jobs = self.jobs.as_ref().expect("the pool is open");
        if jobs.send(Job { sequence, id, func, call_record }).is_err() {
            // Every worker has stopped, which they do only after sending an error.
            return Err(self.first_error());
        }
        Ok(sequence)
    }

    /// The first error a worker reported (workers stop at their first error).
    fn first_error(&mut self) -> String {
        self.jobs = None;
        self.results
            .iter()
            .find_map(Result::err)
            .unwrap_or_else(|| super::internal("a code generation thread stopped"))
    }

    /// Waits for every submitted function, defines them in `object` in submission order, and
    /// returns their results in that order.
    pub fn finish(mut self, object: &mut ObjectModule) -> Result<Vec<Compiled>, String> {
        self.jobs = None;
        let mut done: Vec<Option<Compiled>> = (0..self.submitted).map(|_| None).collect();
        let mut error = None;
        for result in self.results.iter().take(self.submitted) {
            match result {
                Ok(compiled) => {
                    let sequence = compiled.sequence;
                    done[sequence] = Some(compiled);
                }
                Err(message) => {
                    error.get_or_insert(message);
                }
            }
        }
        for worker in self.workers.drain(..) {
            if worker.join().is_err() {
                error.get_or_insert_with(|| super::internal("a code generation thread panicked"));
            }
        }
        if let Some(message) = error {
            return Err(message);
        }
        let mut compiled = Vec::with_capacity(done.len());
        for item in done {
            let item = item.ok_or_else(|| super::internal("a function was not compiled"))?;
            object
                .define_function_bytes(item.id, item.alignment, &item.bytes, &item.relocs)
                .map_err(|e| super::internal(format!("{e:?}")))?;
            compiled.push(item);
        }
        Ok(compiled)
    }
}

/// A worker: compiles jobs until the queue closes or one fails.
fn work(
    jobs: &Mutex<mpsc::Receiver<Job>>,
    results: &mpsc::Sender<Result<Compiled, String>>,
    isa: &dyn cranelift_codegen::isa::TargetIsa,
    huge_isa: &dyn cranelift_codegen::isa::TargetIsa,
) {
    let mut context = Context::new();
    loop {
        let job = {
            let Ok(receiver) = jobs.lock() else { return };
            match receiver.recv() {
                Ok(job) => job,
                Err(_) => return,
            }
        };
        let result = compile_one(&mut context, job, isa, huge_isa);
        let failed = result.is_err();
        if results.send(result).is_err() || failed {
            return;
        }
    }
}

fn compile_one(
    context: &mut Context,
    job: Job,
    isa: &dyn cranelift_codegen::isa::TargetIsa,
    huge_isa: &dyn cranelift_codegen::isa::TargetIsa,
) -> Result<Compiled, String> {
    context.clear();
    context.func = job.func;
    let isa = if context.func.dfg.num_insts() > HUGE_FUNCTION_INSTS { huge_isa } else { isa };
    context
        .compile(isa, &mut ControlPlane::default())
        .map_err(|e| super::internal(format!("{:?}", e.inner)))?;
    let compiled = context.compiled_code().ok_or_else(|| super::internal("no compiled code"))?;
    let relocs = compiled
        .buffer
        .relocs()
        .iter()
        .map(|reloc| ModuleReloc::from_mach_reloc(reloc, &context.func, job.id))
        .collect();
    // The frame pointer lies `frame_to_fp_offset` above the frame's bottom, the slot `offset`
    // above it; the stack pointer stays at the bottom while the body runs.
    let call_record = match (job.call_record, compiled.buffer.frame_layout()) {
        (Some(slot), Some(layout)) => layout
            .frame_to_fp_offset
            .checked_sub(layout.stackslots[slot].offset)
            .ok_or_else(|| super::internal("a call record above the frame pointer"))?,
        (Some(_), None) => return Err(super::internal("no frame layout")),
        (None, _) => 0,
    };
    let srclocs = compiled
        .buffer
        .get_srclocs_sorted()
        .iter()
        .filter(|loc| !loc.loc.is_default())
        .map(|loc| (loc.end, loc.loc.bits()))
        .collect();
    Ok(Compiled {
        sequence: job.sequence,
        id: job.id,
        alignment: compiled.buffer.alignment as u64,
        bytes: compiled.buffer.data().to_vec(),
        relocs,
        code_size: compiled.code_info().total_size,
        srclocs,
        call_record,
    })
}
