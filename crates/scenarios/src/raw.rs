//! The scenario file as written: serde types that mirror ../shared/spec/scenario-format.md key for key.
//! Values that later checks may complain about are `Spanned`, so every error points at its line and
//! column. Nothing here checks meaning; `compile` does.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::duration::Duration;

pub type Name = Spanned<String>;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Scenario")]
pub struct RawScenario {
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub version: Option<Spanned<u64>>,
    #[schemars(with = "String")]
    pub name: Name,
    #[serde(default)]
    pub about: Option<String>,
    #[serde(default)]
    pub machine: Option<RawMachine>,
    #[serde(default)]
    #[schemars(with = "Option<IndexMap<String, RawMachine>>")]
    pub machines: Option<Spanned<IndexMap<String, RawMachine>>>,
    #[serde(default)]
    #[schemars(with = "Option<RawNetwork>")]
    pub network: Option<Spanned<RawNetwork>>,
    #[serde(default)]
    pub runtime: Option<RawRuntime>,
    #[serde(default)]
    pub scheduler: Option<RawScheduler>,
    #[serde(default)]
    #[schemars(with = "IndexMap<String, i64>")]
    pub shared: IndexMap<Name, Spanned<i64>>,
    #[serde(default)]
    #[schemars(with = "Option<IndexMap<String, RawQueue>>")]
    pub queues: Option<IndexMap<Name, RawQueue>>,
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub locks: Option<Vec<Name>>,
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawProcess>")]
    pub processes: IndexMap<Name, RawProcess>,
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawLoop>")]
    pub loops: IndexMap<Name, RawLoop>,
    #[schemars(with = "IndexMap<String, RawTask>")]
    pub tasks: Spanned<IndexMap<Name, RawTask>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub expect: Vec<Name>,
    #[serde(default)]
    pub snapshot: Option<RawSnapshot>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Machine")]
pub struct RawMachine {
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub cores: Option<Spanned<u64>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub context_switch: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub thread_spawn: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub process_spawn: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub interpreter_spawn: Option<Spanned<Duration>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Network")]
pub struct RawNetwork {
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub latency: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub ipc_cost: Option<Spanned<Duration>>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Gil")]
pub enum RawGil {
    New,
    Old,
    None,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Runtime")]
pub struct RawRuntime {
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub python: Option<Name>,
    #[serde(default)]
    #[schemars(with = "Option<RawGil>")]
    pub gil: Option<Spanned<RawGil>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub switch_interval: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub check_interval: Option<Spanned<Duration>>,
    /// How long a thread handed the GIL takes to be woken and run (default 40us; docs/fidelity.md).
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub handoff_latency: Option<Spanned<Duration>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Scheduler")]
pub struct RawScheduler {
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub policy: Option<Name>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub quantum: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub jitter: Option<Spanned<u64>>,
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub depth: Option<Spanned<u64>>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Queue")]
pub struct RawQueue {
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub capacity: Option<Spanned<u64>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub ipc_cost: Option<Spanned<Duration>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Process")]
pub struct RawProcess {
    #[serde(default)]
    #[schemars(with = "Option<RawGil>")]
    pub gil: Option<Spanned<RawGil>>,
    #[serde(default)]
    #[schemars(with = "IndexMap<String, i64>")]
    pub shared: IndexMap<Name, Spanned<i64>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub machine: Option<Name>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Loop")]
pub struct RawLoop {
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub process: Option<Name>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Kind")]
pub enum RawKind {
    Thread,
    Coroutine,
    Process,
    Interpreter,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Start")]
pub enum RawStart {
    Now,
    Spawned,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Task")]
pub struct RawTask {
    #[serde(default)]
    #[schemars(with = "Option<RawKind>")]
    pub kind: Option<Spanned<RawKind>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub process: Option<Name>,
    #[serde(default, rename = "loop")]
    #[schemars(with = "Option<String>")]
    pub event_loop: Option<Name>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub after: Vec<Name>,
    #[serde(default)]
    #[schemars(with = "Option<RawStart>")]
    pub start: Option<Spanned<RawStart>>,
    #[serde(default)]
    pub daemon: bool,
    #[serde(default)]
    pub priority: i64,
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub count: Option<Spanned<u64>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub machine: Option<Name>,
    #[schemars(with = "Vec<RawStep>")]
    pub ops: Vec<Spanned<RawStep>>,
}

/// One step: a mapping with one key, or a bare word (`yield`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[schemars(rename = "Step")]
pub enum RawStep {
    Cpu(#[schemars(with = "Duration")] Spanned<Duration>),
    Native(#[schemars(with = "Duration")] Spanned<Duration>),
    Io(#[schemars(with = "Duration")] Spanned<Duration>),
    Await(#[schemars(with = "Duration")] Spanned<Duration>),
    Yield,
    Let(#[schemars(with = "String")] Name),
    Set(#[schemars(with = "String")] Name),
    Lock(#[schemars(with = "String")] Name),
    Unlock(#[schemars(with = "String")] Name),
    With(RawWith),
    Put(RawPut),
    Get(RawGet),
    TaskDone(#[schemars(with = "String")] Name),
    JoinQueue(#[schemars(with = "String")] Name),
    Spawn(#[schemars(with = "String")] Name),
    Join(#[schemars(with = "String")] Name),
    Barrier(RawBarrier),
    Repeat(RawRepeat),
    Assert(#[schemars(with = "String")] Name),
    Kill(#[schemars(with = "String")] Name),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "With")]
pub struct RawWith {
    #[schemars(with = "String")]
    pub lock: Name,
    #[schemars(with = "Vec<RawStep>")]
    pub ops: Vec<Spanned<RawStep>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Put")]
pub struct RawPut {
    #[schemars(with = "String")]
    pub queue: Name,
    #[schemars(with = "RawValue")]
    pub value: Spanned<RawValue>,
}

/// `value:` of a put may be written as a number or as an expression string.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "Value")]
pub enum RawValue {
    Number(i64),
    Text(String),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Get")]
pub struct RawGet {
    #[schemars(with = "String")]
    pub queue: Name,
    #[schemars(with = "String")]
    pub into: Name,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Barrier")]
pub struct RawBarrier {
    #[schemars(with = "String")]
    pub name: Name,
    #[schemars(with = "u64")]
    pub parties: Spanned<u64>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Repeat")]
pub struct RawRepeat {
    #[schemars(with = "u64")]
    pub times: Spanned<u64>,
    #[schemars(with = "Vec<RawStep>")]
    pub ops: Vec<Spanned<RawStep>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Snapshot")]
pub struct RawSnapshot {
    #[serde(default)]
    pub seeds: Vec<u64>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub policies: Vec<Name>,
}
