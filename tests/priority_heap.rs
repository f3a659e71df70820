//! A priority queue of instances keeps heapq's own layout (crates/sim-core/src/engine/priority_heap.rs):
//! equal instances leave in CPython's order, and a TypeError comes where heapq compares what Python
//! cannot order. The programs and CPython 3.11.7's orders are in
//! bench/python-agreement/session23-lead/heap/ (each order recorded by running the program there).

use crate::common;
use crate::support;

use common::json_of;
use serde_json::Value;
use support::enumerate::assert_explore_agrees;

const HEAP_PROGRAMS: &str = "bench/python-agreement/session23-lead/heap";

/// The one outcome `weft explore` finds for `program`, which must be complete: the names in `got`.
fn explored_order(program: &str) -> Vec<String> {
    let report = json_of(&["explore", program, "--json"]);
    assert_eq!(report["complete"], Value::Bool(true), "{program}: explore did not complete");
    let outcomes = report["outcomes"].as_array().expect("outcomes");
    assert_eq!(outcomes.len(), 1, "{program}: one thread, one outcome: {outcomes:?}");
    assert_eq!(outcomes[0]["status"], "ok", "{program}");
    let shared = &outcomes[0]["shared"]["main"];
    let length = shared["len(got)"].as_u64().expect("len(got)");
    (0..length).map(|index| shared[format!("got[{index}]")].as_str().expect("a name").to_string()).collect()
}

#[test]
fn equal_instances_leave_a_priority_queue_in_the_order_cpython_gives() {
    let recorded = std::fs::read_to_string(format!("{HEAP_PROGRAMS}/cpython-3.11.7-orders.txt")).expect("orders");
    let mut checked = 0;
    for line in recorded.lines() {
        let (file, order) = line.split_once(' ').expect("`file order`");
        let cpython: Vec<String> = order.split(',').map(str::to_string).collect();
        assert_eq!(explored_order(&format!("{HEAP_PROGRAMS}/{file}")), cpython, "{file}");
        checked += 1;
    }
    assert_eq!(checked, 16, "every recorded program");
}

#[test]
fn a_tuple_of_instances_without_order_raises_where_heapq_compares_them() {
    // CPython: the three puts never compare the two jobs of priority 2 when `b` (priority 1) came
    // second; the runner's first `get` does, and raises TypeError (done stays empty). Put in the order
    // a, c, b, the second put compares them and raises.
    let report = json_of(&["explore", &format!("{HEAP_PROGRAMS}/tuple_of_plain_instances.py"), "--json"]);
    assert_eq!(report["complete"], Value::Bool(true));
    let outcomes = report["outcomes"].as_array().expect("outcomes");
    assert!(!outcomes.is_empty());
    for outcome in outcomes {
        assert_eq!(outcome["status"], "fault", "{outcome}");
        assert_eq!(outcome["shared"]["main"]["len(done)"], 0, "{outcome}");
    }
    // A run puts a, b, c in order: the runner's `get` (line 21) is where heapq compares the jobs.
    let run = json_of(&["run", &format!("{HEAP_PROGRAMS}/tuple_of_plain_instances.py"), "--json"]);
    let failure = &run["failures"][0];
    assert_eq!(failure["task"], "run", "{run}");
    assert_eq!(failure["line"], 21, "{run}");
    let message = failure["message"].as_str().expect("a message");
    assert!(message.starts_with("TypeError: '<' not supported between two items heapq compared"), "{message}");
}

/// Two producers put instances of one `order=True` dataclass, two of them equal, while a consumer
/// takes three: which of the equal ones leaves first depends on the heap's layout, which depends on
/// the interleaving. A producer's third item is a tuple beside instances: heapq's comparison of it
/// raises TypeError in some interleavings only.
const TIED_PRODUCERS: &str = "name: tied-producers
shared: { first: 0, second: 0, third: 0 }
queues: { q: { order: priority } }
tasks:
  one:
    ops:
      - put: { queue: q, value: \"new_ordered_dataclass('Job', 1, 'priority', 1, 'name', 'a')\" }
      - put: { queue: q, value: \"new_ordered_dataclass('Job', 1, 'priority', 2, 'name', 'b')\" }
  two:
    ops:
      - put: { queue: q, value: \"new_ordered_dataclass('Job', 1, 'priority', 1, 'name', 'c')\" }
      - put: { queue: q, value: \"new_ordered_dataclass('Job', 1, 'priority', 2, 'name', 'd')\" }
      - put: { queue: q, value: LAST }
  consumer:
    ops:
      - get: { queue: q, into: x }
      - set: \"first = x['name']\"
      - get: { queue: q, into: y }
      - set: \"second = y['name']\"
      - get: { queue: q, into: z }
      - set: \"third = z['name']\"
";

#[test]
fn explore_agrees_with_brute_force_on_a_heap_of_equal_instances() {
    use sim_core::Timeouts;
    use sim_core::engine::Reduction;
    let both = [Reduction::CachedStates, Reduction::StatelessDpor];
    let last_items = [
        "\"new_ordered_dataclass('Job', 1, 'priority', 1, 'name', 'e')\"",
        // A tuple beside instances: TypeError wherever heapq compares it with one.
        "\"(0, 'e')\"",
    ];
    for last in last_items {
        let scenario = common::load(&TIED_PRODUCERS.replace("LAST", last));
        assert_explore_agrees(&scenario.model, Timeouts::Quiescent, &both, 3, last);
    }
}
