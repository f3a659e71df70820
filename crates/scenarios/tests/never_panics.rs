//! The loader returns an error, never panics, on any input; whatever loads also runs without panicking.

use proptest::prelude::*;

const PIECES: &[&str] = &[
    "name: x\n",
    "tasks:\n",
    "  a:\n",
    "    ops:\n",
    "      - cpu: 1ms\n",
    "      - set: \"n = n + 1\"\n",
    "shared: { n: 0 }\n",
    "      - repeat: { times: 3, ops: [yield] }\n",
    "  b: { after: [a], ops: [ { io: 2ms } ] }\n",
    "    kind: coroutine\n",
    "      - lock: l\n",
    "      - unlock: l\n",
    "      - await: 0ns\n",
    "machine: { cores: 3 }\n",
    "    count: 2\n",
    "expect: [\"n == 1\"]\n",
    "&a [1]\n",
    "*a\n",
    "  - \n",
    ": :\n",
    "\t",
    "'",
    "\"",
    "{",
    "[",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn arbitrary_strings_never_panic(text in ".{0,400}") {
        let _ = scenarios::load_str("fuzz.yaml", &text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = scenarios::load_bytes("fuzz.yaml", &bytes);
    }

    #[test]
    fn scenario_shaped_text_never_panics(pieces in proptest::collection::vec(0..PIECES.len(), 0..24)) {
        let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
        if let Ok(scenario) = scenarios::load_str("fuzz.yaml", &text) {
            let mut simulator = sim_core::Simulator::new(&scenario.model);
            for name in sim_core::policy::BUILT_IN {
                let mut policy = sim_core::policy::by_name(name).expect("built-in");
                let config = sim_core::RunConfig { max_steps: 10_000, ..sim_core::RunConfig::default() };
                let _ = simulator.run(policy.as_mut(), &config);
            }
        }
    }
}
