//! The scenario file as written: serde types that mirror ../shared/spec/scenario-format.md key for key.
//! Values that later checks may complain about are `Spanned`, so every error points at its line and
//! column. Nothing here checks meaning; `compile` does.

use indexmap::IndexMap;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::duration::Duration;

pub type Name = Spanned<String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    #[serde(default)]
    pub version: Option<Spanned<u64>>,
    pub name: Name,
    #[serde(default)]
    pub about: Option<String>,
    #[serde(default)]
    pub machine: Option<RawMachine>,
    #[serde(default)]
    pub machines: Option<Spanned<IndexMap<String, RawMachine>>>,
    #[serde(default)]
    pub network: Option<Spanned<RawNetwork>>,
    #[serde(default)]
    pub runtime: Option<RawRuntime>,
    #[serde(default)]
    pub scheduler: Option<RawScheduler>,
    #[serde(default)]
    pub shared: IndexMap<Name, Spanned<i64>>,
    #[serde(default)]
    pub queues: Option<IndexMap<Name, RawQueue>>,
    #[serde(default)]
    pub locks: Option<Vec<Name>>,
    #[serde(default)]
    pub processes: IndexMap<Name, RawProcess>,
    #[serde(default)]
    pub loops: IndexMap<Name, RawLoop>,
    pub tasks: Spanned<IndexMap<Name, RawTask>>,
    #[serde(default)]
    pub expect: Vec<Name>,
    #[serde(default)]
    pub snapshot: Option<RawSnapshot>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMachine {
    #[serde(default)]
    pub cores: Option<Spanned<u64>>,
    #[serde(default)]
    pub context_switch: Option<Spanned<Duration>>,
    #[serde(default)]
    pub thread_spawn: Option<Spanned<Duration>>,
    #[serde(default)]
    pub process_spawn: Option<Spanned<Duration>>,
    #[serde(default)]
    pub interpreter_spawn: Option<Spanned<Duration>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNetwork {
    #[serde(default)]
    pub latency: Option<Spanned<Duration>>,
    #[serde(default)]
    pub ipc_cost: Option<Spanned<Duration>>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum RawGil {
    New,
    Old,
    None,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRuntime {
    #[serde(default)]
    pub python: Option<Name>,
    #[serde(default)]
    pub gil: Option<Spanned<RawGil>>,
    #[serde(default)]
    pub switch_interval: Option<Spanned<Duration>>,
    #[serde(default)]
    pub check_interval: Option<Spanned<Duration>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScheduler {
    #[serde(default)]
    pub policy: Option<Name>,
    #[serde(default)]
    pub quantum: Option<Spanned<Duration>>,
    #[serde(default)]
    pub jitter: Option<Spanned<u64>>,
    #[serde(default)]
    pub depth: Option<Spanned<u64>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQueue {
    #[serde(default)]
    pub capacity: Option<Spanned<u64>>,
    #[serde(default)]
    pub ipc_cost: Option<Spanned<Duration>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProcess {
    #[serde(default)]
    pub gil: Option<Spanned<RawGil>>,
    #[serde(default)]
    pub shared: IndexMap<Name, Spanned<i64>>,
    #[serde(default)]
    pub machine: Option<Name>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLoop {
    #[serde(default)]
    pub process: Option<Name>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum RawKind {
    Thread,
    Coroutine,
    Process,
    Interpreter,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum RawStart {
    Now,
    Spawned,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTask {
    #[serde(default)]
    pub kind: Option<Spanned<RawKind>>,
    #[serde(default)]
    pub process: Option<Name>,
    #[serde(default, rename = "loop")]
    pub event_loop: Option<Name>,
    #[serde(default)]
    pub after: Vec<Name>,
    #[serde(default)]
    pub start: Option<Spanned<RawStart>>,
    #[serde(default)]
    pub daemon: bool,
    #[serde(default)]
    pub priority: i64,
    #[serde(default)]
    pub count: Option<Spanned<u64>>,
    #[serde(default)]
    pub machine: Option<Name>,
    pub ops: Vec<Spanned<RawStep>>,
}

/// One step: a mapping with one key, or a bare word (`yield`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum RawStep {
    Cpu(Spanned<Duration>),
    Native(Spanned<Duration>),
    Io(Spanned<Duration>),
    Await(Spanned<Duration>),
    Yield,
    Let(Name),
    Set(Name),
    Lock(Name),
    Unlock(Name),
    With(RawWith),
    Put(RawPut),
    Get(RawGet),
    TaskDone(Name),
    JoinQueue(Name),
    Spawn(Name),
    Join(Name),
    Barrier(RawBarrier),
    Repeat(RawRepeat),
    Assert(Name),
    Kill(Name),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWith {
    pub lock: Name,
    pub ops: Vec<Spanned<RawStep>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPut {
    pub queue: Name,
    pub value: Spanned<RawValue>,
}

/// `value:` of a put may be written as a number or as an expression string.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawValue {
    Number(i64),
    Text(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGet {
    pub queue: Name,
    pub into: Name,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBarrier {
    pub name: Name,
    pub parties: Spanned<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRepeat {
    pub times: Spanned<u64>,
    pub ops: Vec<Spanned<RawStep>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSnapshot {
    #[serde(default)]
    pub seeds: Vec<u64>,
    #[serde(default)]
    pub policies: Vec<Name>,
}
