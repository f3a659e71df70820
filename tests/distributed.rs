//! The distributed tier: machines, a network, dask-like placement, and Martelli's third tier.

use crate::common;

use common::{MS, load, run};

fn makespan(yaml: &str) -> u64 {
    let (report, _) = run(&load(yaml), "round-robin", 0);
    assert_eq!(report.status, sim_core::Status::Ok, "{:?}", report.failures);
    report.metrics.makespan_ns
}

const TWO_MACHINES: &str = "
name: t
machines:
  head: { cores: 2, process_spawn: 0ns }
  node: { cores: 1 }
network: { latency: 5ms, ipc_cost: 1ms }
queues: { q: {} }
processes:
  far: { machine: node }
tasks:
  producer: { kind: process, machine: node, ops: [ { cpu: 10ms }, { put: { queue: q, value: 7 } } ] }
  consumer: { ops: [ { get: { queue: q, into: x } }, { assert: \"x == 7\" } ] }
  after-producer: { after: [producer], ops: [ { cpu: 10ms } ] }
";

#[test]
fn items_and_after_edges_pay_the_network() {
    let (report, _) = run(&load(TWO_MACHINES), "round-robin", 0);
    assert_eq!(report.status, sim_core::Status::Ok);
    let producer_done = report.tasks["producer"].finished_ns.expect("finished");
    // The item arrives a latency after it was put, and costs its serialisation.
    let consumer_done = report.tasks["consumer"].finished_ns.expect("finished");
    assert!(consumer_done >= producer_done + 5 * MS + MS, "item delivered at {consumer_done}, put at {producer_done}");
    // The dependent on the head machine starts a latency after its dependency finished elsewhere.
    let started = report.tasks["after-producer"].started_ns.expect("started");
    assert_eq!(started, producer_done + 5 * MS);
    assert!(report.metrics.network_ns >= 11 * MS);
    assert_eq!(report.metrics.machines.len(), 2);
    assert_eq!(report.critical_path.tasks, ["producer", "after-producer"]);
    assert_eq!(report.critical_path.network_ns, 5 * MS);
}

#[test]
fn auto_placement_spreads_work_over_idle_machines() {
    let yaml = "
name: t
machines:
  a: { cores: 2, process_spawn: 0ns }
  b: { cores: 2 }
  c: { cores: 2 }
tasks:
  w: { kind: process, machine: auto, count: 6, ops: [ { cpu: 100ms } ] }
";
    // Six jobs on six cores in three machines: one round.
    assert!(makespan(yaml) < 101 * MS, "{}", makespan(yaml));
    let (report, _) = run(&load(yaml), "round-robin", 0);
    assert!(report.metrics.machines.values().all(|m| m.busy_ns == 200 * MS), "{:?}", report.metrics.machines);
}

#[test]
fn martellis_third_tier_stops_paying_once_the_jobs_fit() {
    let text = include_str!("../scenarios/martelli.yaml");
    let sweep: Vec<u64> = [1, 2, 4, 8, 16]
        .iter()
        .map(|n| {
            let settings = vec![("machines".to_string(), n.to_string())];
            let scenario = scenarios::load_str_with("martelli.yaml", text, &settings).expect("loads");
            run(&scenario, "round-robin", 0).0.metrics.makespan_ns
        })
        .collect();
    // 1 -> 8 machines: nearly proportional gains (two cores each, sixteen jobs)...
    assert!(sweep[0] > 6 * sweep[3], "{sweep:?}");
    // ...then all the jobs run at once, and only the network and the serial merge are left.
    assert!(sweep[4] * 100 >= sweep[3] * 95, "{sweep:?}");
}

#[test]
fn a_big_cluster_runs_deterministically() {
    let mut yaml = String::from("name: big\nmachines:\n");
    for machine in 0..16 {
        yaml.push_str(&format!("  m{machine}: {{ cores: 4 }}\n"));
    }
    yaml.push_str("tasks:\n  job: { kind: process, machine: auto, count: 300, ops: [ { cpu: 10ms } ] }\n  merge: { after: [job], ops: [ { cpu: 1ms } ] }\n");
    let scenario = load(&yaml);
    let (first, _) = run(&scenario, "round-robin", 0);
    let (second, _) = run(&scenario, "round-robin", 0);
    assert_eq!(serde_json::to_string(&first).ok(), serde_json::to_string(&second).ok());
    assert_eq!(first.metrics.machines.len(), 16);
}
