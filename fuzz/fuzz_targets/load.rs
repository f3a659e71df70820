//! Any bytes: the loader returns a scenario or a diagnostic, never panics; whatever loads also runs
//! (briefly, under every built-in policy) without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(scenario) = scenarios::load_bytes("fuzz.yaml", data) else { return };
    let mut simulator = sim_core::Simulator::new(&scenario.model);
    for name in sim_core::policy::BUILT_IN {
        let mut policy = sim_core::policy::by_name(name).expect("built-in");
        let config = sim_core::RunConfig { max_steps: 2_000, record_accesses: true, ..sim_core::RunConfig::default() };
        simulator.run(policy.as_mut(), &config);
    }
});
