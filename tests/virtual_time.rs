//! Virtual time cannot wrap: a run whose durations add up past `MAX_VIRTUAL_TIME_NS` ends with a
//! fault that says so, timed (fifo) or step by step (random, pct), with and without jitter.
//! (round-robin slices long work into quanta, so its runs take that many time slices to reach the
//! bound: that is the work budget's concern, not the clock's.)

use sim_core::{RunConfig, Simulator, Status, limits, policy};

fn check(yaml: &str) {
    let scenario = scenarios::load_str("time.yaml", yaml).expect("loads");
    for name in ["fifo", "random", "pct"] {
        let mut simulator = Simulator::new(&scenario.model);
        let mut chosen = policy::by_name(name).expect("built-in");
        let outcome = simulator.run(chosen.as_mut(), &RunConfig { seed: 3, ..RunConfig::default() });
        assert_eq!(outcome.status, Status::Fault, "{name}: {yaml}");
        let failures = simulator.failures();
        assert!(failures[0].message.contains("virtual time would pass"), "{name}: {:?}", failures[0]);
        assert!(failures[0].at_ns <= limits::MAX_VIRTUAL_TIME_NS, "{name}: time stayed below the bound");
    }
}

#[test]
fn durations_that_add_up_past_the_bound_end_in_a_fault() {
    check("name: x\ntasks:\n  a:\n    ops: [repeat: {times: 5000, ops: [cpu: 1000000s]}]\n");
    check("name: x\ntasks:\n  a:\n    ops: [repeat: {times: 5000, ops: [io: 1000000s]}]\n");
    check("name: x\nscheduler: {jitter: 1000}\ntasks:\n  a:\n    ops: [repeat: {times: 5000, ops: [cpu: 1000000s]}]\n");
}
