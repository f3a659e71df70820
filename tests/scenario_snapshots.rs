//! The snapshot suite: every scenario in `scenarios/`, under every policy and seed its `snapshot:` block
//! names, pinned in the top-level `snapshots/` folder. A change to the engine or a policy that moves an
//! interleaving shows up as a reviewable diff (`cargo insta review`).

#[test]
fn scenarios_are_pinned() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::glob!("../scenarios", "*.yaml", |path| {
            let scenario = scenarios::load_file(path).unwrap_or_else(|d| panic!("{}", d.render(false)));
            assert!(!scenario.about.is_empty(), "{} has no `about:`", path.display());
            assert!(!scenario.snapshot.policies.is_empty(), "{} has no `snapshot:` policies", path.display());
            for policy in &scenario.snapshot.policies {
                let seeds = if scenario.snapshot.seeds.is_empty() { vec![0] } else { scenario.snapshot.seeds.clone() };
                for seed in seeds {
                    let name = format!("{}@{policy}-{seed}", scenario.model.name);
                    let record = sim_core::snapshot::record(&scenario.model, policy, seed)
                        .expect("snapshot policies are checked at load");
                    insta::assert_yaml_snapshot!(name, record);
                }
            }
        });
    });
}
