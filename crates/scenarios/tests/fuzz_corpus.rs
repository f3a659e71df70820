//! Replays the inputs cargo-fuzz found (minimized, in `fuzz/seeds/load/`): each loads or is rejected,
//! and what loads runs, without a panic. See docs/reliability.md for how the corpus was made.

#[test]
fn the_fuzz_corpus_never_panics() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/seeds/load");
    let entries = std::fs::read_dir(folder).expect("fuzz/seeds/load exists");
    let mut replayed = 0;
    let mut loaded = 0;
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        let bytes = std::fs::read(&path).expect("a corpus file");
        if let Ok(scenario) = scenarios::load_bytes("corpus.yaml", &bytes) {
            loaded += 1;
            let mut simulator = sim_core::Simulator::new(&scenario.model);
            for name in sim_core::policy::BUILT_IN {
                let mut policy = sim_core::policy::by_name(name).expect("built-in");
                let config =
                    sim_core::RunConfig { max_steps: 2_000, record_accesses: true, ..sim_core::RunConfig::default() };
                simulator.run(policy.as_mut(), &config);
            }
        }
        replayed += 1;
    }
    assert!(replayed >= 100, "only {replayed} corpus files");
    assert!(loaded >= 10, "only {loaded} corpus files load; the corpus should cover runs too");
}
