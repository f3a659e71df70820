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

/// Inputs that are not scenario files and outputs that would replace an input: each command ends at
/// once with exit 2 and says why.
#[test]
fn hostile_files_and_flags_on_the_command_line() {
    let directory = std::env::temp_dir().join(format!("weft-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("scratch directory");
    let scenario = directory.join("bank-race.yaml");
    std::fs::copy("scenarios/bank-race.yaml", &scenario).expect("copy scenario");
    let scenario = scenario.to_str().expect("utf-8 path");
    let fifo = directory.join("no-writer");
    let made_fifo = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
    assert!(made_fifo, "mkfifo is needed for this test");
    let fifo = fifo.to_str().expect("utf-8 path");
    let check = |args: &[&str], phrase: &str| {
        let (status, stderr) = weft_within_seconds(args, 20);
        assert_eq!(status, Some(2), "weft {args:?}: {stderr}");
        assert!(stderr.contains(phrase), "weft {args:?}: expected `{phrase}` in: {stderr}");
    };
    check(&["check", "/dev/zero"], "this is a device, not a regular file");
    check(&["check", fifo], "this is a pipe (FIFO), not a regular file");
    check(&["check", "/"], "this is a directory, not a regular file");
    check(&["merge", "/dev/zero"], "/dev/zero: this is a device, not a regular file; a fuzz report");
    check(&["compare", "/dev/zero", "--set", "cores=1,2"], "this is a device");
    check(&["run", scenario, "--chrome-trace", scenario], "refusing to write an output over an input");
    check(&["fuzz", scenario, "--seeds", "0..10", "--jobs", "0"], "--jobs is at least 1 and at most 1024");
    check(&["replay", scenario, "--schedule", "w1:random:s0:c0:f83dc239d:1.201"], "cores field `c0` is out of range");
    let original = std::fs::read_to_string("scenarios/bank-race.yaml").expect("original");
    assert_eq!(std::fs::read_to_string(scenario).expect("scenario kept"), original);
    let _ = std::fs::remove_dir_all(&directory);
}

/// Runs weft; a run past `seconds` is killed and fails the test (the point is "never hangs").
fn weft_within_seconds(args: &[&str], seconds: u64) -> (Option<i32>, String) {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("weft starts");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("weft {args:?} still ran after {seconds} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("output");
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}
