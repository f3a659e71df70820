//! A `threading.local()` attribute in a job of an executor is refused: a worker thread keeps its copy
//! from job to job (a silent error until session 39); a thread of its own keeps its own copy, as before.

use super::{check_error, import};

#[test]
fn s39lead_thread_local_in_an_executor_job_is_refused() {
    let program = |run: &str| {
        format!(
            "from concurrent.futures import ThreadPoolExecutor\nimport threading\nlocal = threading.local()\nseen = []\ndef work(n):\n    local.count = n\n    seen.append(local.count)\n{run}print(seen)\n"
        )
    };
    check_error(
        &program("with ThreadPoolExecutor(max_workers=1) as ex:\n    ex.submit(work, 1)\n    ex.submit(work, 2)\n"),
        "6:5: a `threading.local()` attribute in a job of an executor or pool is not supported",
    );
    let yaml = import(
        &program("t = threading.Thread(target=work, args=(1,))\nt.start()\nt.join()\n"),
        &pyimport::Options::default(),
    )
    .expect("a thread of its own imports");
    assert!(yaml.contains("local_count"), "{yaml}");
}
