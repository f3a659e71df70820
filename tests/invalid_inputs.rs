//! The bad-input corpus: every file in `tests/invalid/` is rejected with a message naming the problem
//! and its place; each message is pinned.

#[test]
fn bad_inputs_are_rejected_with_a_located_message() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots/invalid");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::glob!("invalid", "*.yaml", |path| {
            let bytes = std::fs::read(path).expect("corpus file is readable");
            let name = format!("tests/invalid/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or("?"));
            let started = std::time::Instant::now();
            let error = match scenarios::load_bytes(&name, &bytes) {
                Ok(_) => panic!("{name} loaded but is in the bad-input corpus"),
                Err(error) => error,
            };
            // Generous: the point is "never hangs", not a speed target.
            assert!(started.elapsed().as_secs() < 5, "{name} took {:?}", started.elapsed());
            insta::assert_snapshot!(error.render(false));
        });
    });
}
