//! Generated scenarios, run: the bytes choose a scenario from the format's parts (kinds, GILs, cores,
//! machines, timing keys with ordinary and extreme durations, every kind of step, pools, repeats), the
//! loader takes it or refuses it with a diagnostic, and whatever loads runs under every built-in
//! policy. Every run must end in a report (ok, a failure, a fault, a deadlock or the step limit):
//! never a panic, never a hang (libFuzzer's `-timeout` catches those).
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
const EXPRESSIONS: [&str; 6] = ["v + 1", "v * 3", "v - w", "w / v", "v % 2", "9223372036854775807 + v"];

fn duration(choices: &mut Choices) -> &'static str {
    // `11d` is not a unit: the loader must refuse it with a message, not accept it.
    choices.pick(&DURATIONS)
}

fn step(choices: &mut Choices, task_count: usize, depth: usize) -> String {
    let target = format!("t{}", choices.below(task_count));
    match choices.below(if depth < 2 { 17 } else { 15 }) {
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
        15 => format!("{{ with: {{ lock: l, ops: [ {} ] }} }}", step(choices, task_count, depth + 1)),
        _ => format!(
            "{{ repeat: {{ times: {}, ops: [ {} ] }} }}",
            choices.pick(&["0", "1", "3", "1000", "100000"]),
            step(choices, task_count, depth + 1)
        ),
    }
}

fn scenario(choices: &mut Choices) -> String {
    let mut yaml = String::from("name: generated\n");
    if choices.chance() {
        yaml.push_str(&format!("machine: {{ cores: {} }}\n", 1 + choices.below(4)));
    } else {
        yaml.push_str("machines: { head: { cores: 1 }, worker: { cores: 2 } }\n");
        yaml.push_str(&format!("network: {{ latency: {} }}\n", duration(choices)));
    }
    let runtime_keys = ["switch_interval", "check_interval", "handoff_latency"];
    yaml.push_str(&format!(
        "runtime: {{ gil: {}, {}: {} }}\n",
        choices.pick(&["new", "old", "none"]),
        choices.pick(&runtime_keys),
        duration(choices)
    ));
    yaml.push_str(&format!(
        "scheduler: {{ quantum: {}, jitter: {} }}\n",
        duration(choices),
        choices.pick(&["0", "10", "1000"])
    ));
    yaml.push_str("shared: { v: 0, w: 1 }\nlocks: [l]\n");
    yaml.push_str(&format!("queues: {{ q: {{ capacity: {} }} }}\n", choices.below(3)));
    let task_count = 1 + choices.below(4);
    yaml.push_str("tasks:\n");
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
        let config =
            sim_core::RunConfig { max_steps: 20_000, record_accesses: true, ..sim_core::RunConfig::default() };
        simulator.run(policy.as_mut(), &config);
    }
});
