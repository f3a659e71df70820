//! Generated scenarios, run: the bytes choose a scenario from the format's parts (kinds, GILs, cores,
//! machines, timing keys with ordinary and extreme durations, every kind of step of formats 1.0 and 1.1:
//! control flow, arrays, maps, atomic blocks, semaphores, events, conditions, time-outs, executors and
//! futures, pools, repeats), the loader takes it or refuses it with a diagnostic, and whatever loads
//! runs under every built-in policy. Every run must end in a report (ok, a failure, a fault, a deadlock
//! or the step limit), the same report when repeated: never a panic, never a hang (libFuzzer's
//! `-timeout` catches those).
//!
//! Timing keys are drawn so that almost every file loads: the loader refuses a `quantum` or a
//! `switch_interval` not longer than `context_switch` (it could only livelock), so those are drawn as
//! the context switch plus a margin, and only one file in sixteen gets a value the loader must refuse.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Reads choices from the fuzzer's bytes; past the end every choice is 0.
struct Choices<'a> {
    bytes: &'a [u8],
}

impl Choices<'_> {
    fn below(&mut self, count: usize) -> usize {
        let Some((&first, rest)) = self.bytes.split_first() else { return 0 };
        self.bytes = rest;
        first as usize % count
    }

    fn pick<'b>(&mut self, options: &[&'b str]) -> &'b str {
        options[self.below(options.len())]
    }

    fn chance(&mut self) -> bool {
        self.below(2) == 1
    }
}

const DURATIONS: [&str; 10] = ["0", "1ns", "7ns", "1us", "40us", "1ms", "5ms", "1s", "1000000s", "11d"];
/// Context switches, in nanoseconds: free, tiny, CPython's default, slow, the largest duration.
const CONTEXT_SWITCHES_NS: [u64; 5] = [0, 1, 1_700, 40_000, 1_000_000_000_000_000];
/// What a quantum or switch interval adds to the context switch.
const MARGINS_NS: [u64; 6] = [1, 7, 1_000, 40_000, 5_000_000, 1_000_000_000];
const EXPRESSIONS: [&str; 8] =
    ["v + 1", "v * 3", "v - w", "w / v", "v % 2", "9223372036854775807 + v", "len(a) + a[v % 4]", "has(m, v)"];
const CONDITIONS: [&str; 5] = ["v < 3", "w < 4", "is_set(e)", "has(m, 1)", "a[0] == 0"];
const STEP_KINDS: usize = 37;
/// Step kinds 0..FLAT_STEP_KINDS hold no nested steps; the rest do, and are not drawn past depth 2.
const FLAT_STEP_KINDS: usize = 31;

fn duration(choices: &mut Choices) -> &'static str {
    // `11d` is not a unit: the loader must refuse it with a message, not accept it.
    choices.pick(&DURATIONS)
}

/// A quantum or switch interval the loader accepts with this context switch (0, or longer than it),
/// except one time in sixteen: then one it must refuse.
fn slice_after_switch(choices: &mut Choices, switch_ns: u64) -> String {
    match choices.below(16) {
        0 => format!("{switch_ns}ns"),
        1 => "0".to_string(),
        _ => {
            let margin_ns = MARGINS_NS[choices.below(MARGINS_NS.len())];
            format!("{}ns", (switch_ns + margin_ns).min(1_000_000_000_000_000))
        }
    }
}

fn patience(choices: &mut Choices) -> String {
    if choices.chance() { format!(", timeout: {}, into: got", duration(choices)) } else { String::new() }
}

fn step(choices: &mut Choices, task_count: usize, depth: usize) -> String {
    let target = format!("t{}", choices.below(task_count));
    let kinds = if depth < 2 { STEP_KINDS } else { FLAT_STEP_KINDS };
    match choices.below(kinds) {
        0 => format!("{{ cpu: {} }}", duration(choices)),
        1 => format!("{{ io: {} }}", duration(choices)),
        2 => format!("{{ native: {} }}", duration(choices)),
        3 => format!("{{ await: {} }}", duration(choices)),
        4 => "yield".to_string(),
        5 => format!("{{ set: \"v = {}\" }}", choices.pick(&EXPRESSIONS)),
        6 => format!("{{ let: \"x = {}\" }}", choices.pick(&EXPRESSIONS)),
        7 => "{ lock: l }".to_string(),
        8 => "{ unlock: l }".to_string(),
        9 => "{ put: { queue: q, value: 1 } }".to_string(),
        10 => "{ get: { queue: q, into: x } }".to_string(),
        11 => format!("{{ {}: {target} }}", choices.pick(&["spawn", "join", "kill"])),
        12 => format!("{{ barrier: {{ name: b, parties: {} }} }}", 1 + choices.below(3)),
        13 => "{ assert: \"v < 5\" }".to_string(),
        14 => "{ task_done: q }".to_string(),
        15 => format!("{{ set: \"a[{}] = v\" }}", choices.pick(&["0", "v", "-1", "4", "w % 4"])),
        16 => format!("{{ set: \"m[{}] = w\" }}", choices.pick(&["0", "v", "x", "9223372036854775807"])),
        17 => format!("{{ del: \"m[{}]\" }}", choices.pick(&["0", "v", "1"])),
        18 => format!("{{ lock: {{ name: l{} }} }}", patience(choices)),
        19 => format!("{{ acquire: {{ name: s{} }} }}", patience(choices)),
        20 => "{ release: s }".to_string(),
        21 => format!("{{ {}: e }}", choices.pick(&["set_event", "clear_event"])),
        22 => format!("{{ wait: {{ event: e{} }} }}", patience(choices)),
        23 => format!("{{ wait: {{ condition: c{} }} }}", patience(choices)),
        24 => format!("{{ {}: c }}", choices.pick(&["notify", "notify_all"])),
        25 => choices.pick(&["break", "continue", "return"]).to_string(),
        26 => "{ submit: { task: job, args: { n: \"v\" }, into: f } }".to_string(),
        27 => format!(
            "{{ result: {{ future: \"f\", into: x{} }} }}",
            patience(choices).replace("into: got", "into_ok: got")
        ),
        28 => "{ cancel: \"f\" }".to_string(),
        29 => format!("{{ let: \"fs = array({})\" }}", choices.pick(&["1", "4", "4096"])),
        30 => {
            format!("{{ wait_for: {{ condition: c, cond: \"{}\"{} }} }}", choices.pick(&CONDITIONS), patience(choices))
        }
        31 => format!("{{ with: {{ lock: l, ops: [ {} ] }} }}", step(choices, task_count, depth + 1)),
        32 => format!(
            "{{ repeat: {{ times: {}, ops: [ {} ] }} }}",
            choices.pick(&["0", "1", "3", "1000", "100000"]),
            step(choices, task_count, depth + 1)
        ),
        33 => format!(
            "{{ if: {{ cond: \"{}\", then: [ {} ], else: [ {} ] }} }}",
            choices.pick(&CONDITIONS),
            step(choices, task_count, depth + 1),
            step(choices, task_count, depth + 1)
        ),
        34 => format!(
            "{{ while: {{ cond: \"{}\", ops: [ {}, {{ set: \"w = w + 1\" }} ] }} }}",
            choices.pick(&CONDITIONS),
            step(choices, task_count, depth + 1)
        ),
        35 => format!("{{ atomic: [ {} ] }}", step(choices, task_count, depth + 1)),
        _ => format!(
            "{{ while: {{ cond: \"{}\", ops: [ {} ] }} }}",
            choices.pick(&CONDITIONS),
            step(choices, task_count, depth + 1)
        ),
    }
}

fn machine_and_runtime(choices: &mut Choices, yaml: &mut String) {
    let switch_ns = CONTEXT_SWITCHES_NS[choices.below(CONTEXT_SWITCHES_NS.len())];
    if choices.chance() {
        yaml.push_str(&format!("machine: {{ cores: {}, context_switch: {switch_ns}ns }}\n", 1 + choices.below(4)));
    } else {
        yaml.push_str(&format!(
            "machines: {{ head: {{ cores: 1, context_switch: {switch_ns}ns }}, worker: {{ cores: 2, context_switch: {switch_ns}ns }} }}\n"
        ));
        yaml.push_str(&format!("network: {{ latency: {} }}\n", duration(choices)));
    }
    let runtime = match choices.below(3) {
        0 => format!("gil: new, switch_interval: {}", slice_after_switch(choices, switch_ns)),
        1 => format!("gil: old, check_interval: {}", duration(choices)),
        _ => format!("gil: none, handoff_latency: {}", duration(choices)),
    };
    yaml.push_str(&format!("runtime: {{ {runtime} }}\n"));
    yaml.push_str(&format!(
        "scheduler: {{ quantum: {}, jitter: {} }}\n",
        slice_after_switch(choices, switch_ns),
        choices.pick(&["0", "10", "1000"])
    ));
}

fn scenario(choices: &mut Choices) -> String {
    let mut yaml = String::from("name: generated\n");
    machine_and_runtime(choices, &mut yaml);
    yaml.push_str("shared: { v: 0, w: 1, a: [0, 0, 0, 0], m: {} }\nlocks: [l]\n");
    yaml.push_str(&format!(
        "semaphores: {{ s: {{ value: {}, bounded: {} }} }}\nevents: [e]\nconditions: {{ c: {{ lock: l }} }}\n",
        choices.below(3),
        choices.chance()
    ));
    yaml.push_str(&format!("queues: {{ q: {{ capacity: {} }} }}\n", choices.below(3)));
    yaml.push_str(&format!(
        "executors: {{ pool: {{ workers: {}, kind: {} }} }}\n",
        1 + choices.below(4),
        choices.pick(&["thread", "process"])
    ));
    let task_count = 1 + choices.below(4);
    yaml.push_str("tasks:\n");
    yaml.push_str(&format!(
        "  job: {{ start: spawned, executor: pool, ops: [ {}, {{ return: \"n * 2\" }} ] }}\n",
        step(choices, task_count, 1)
    ));
    for index in 0..task_count {
        let kind = choices.pick(&["thread", "coroutine", "process", "interpreter"]);
        let mut keys = format!("kind: {kind}");
        if index > 0 && choices.below(4) == 0 {
            keys.push_str(", start: spawned");
        }
        if choices.below(4) == 0 {
            keys.push_str(&format!(", count: {}", 1 + choices.below(50)));
        }
        if choices.below(4) == 0 {
            keys.push_str(", daemon: true");
        }
        let steps: Vec<String> = (0..1 + choices.below(5)).map(|_| step(choices, task_count, 0)).collect();
        yaml.push_str(&format!("  t{index}: {{ {keys}, ops: [ {} ] }}\n", steps.join(", ")));
    }
    yaml
}

fuzz_target!(|data: &[u8]| {
    let yaml = scenario(&mut Choices { bytes: data });
    let Ok(scenario) = scenarios::load_str("generated.yaml", &yaml) else { return };
    let mut simulator = sim_core::Simulator::new(&scenario.model);
    for name in sim_core::policy::BUILT_IN {
        let mut policy = sim_core::policy::by_name(name).expect("built-in");
        let config = sim_core::RunConfig { max_steps: 20_000, record_accesses: true, ..sim_core::RunConfig::default() };
        let first = simulator.run(policy.as_mut(), &config);
        let label = sim_core::report::RunLabel { policy: name.to_string(), seed: 0, schedule: String::new() };
        let report = sim_core::report::build(&simulator.view(), &first, &label);
        let mut policy = sim_core::policy::by_name(name).expect("built-in");
        let again = simulator.run(policy.as_mut(), &config);
        assert_eq!(first, again, "the same run twice differs under {name}:\n{yaml}");
        std::hint::black_box(report);
    }
});
