//! A generator of small concurrent programs as scenario YAML, for properties that compare `explore`
//! with the brute-force enumerator: 2 or 3 tasks of plain reads and writes, `let`, locks, asserts,
//! faults (`y = 10 / x` with `x` 0), joins, spawns, `after` edges and daemons. Deterministic in its
//! seed (splitmix64), so a failing seed names its program.

/// splitmix64: a tiny deterministic generator, enough to pick shapes of programs.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `percent` in 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const VARIABLES: [&str; 3] = ["x", "y", "z"];

/// Which kinds of steps a program may use.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    pub locks: bool,
    pub failures: bool,
    pub tasks_graph: bool,
}

impl Shape {
    /// Mostly mixed programs, some plain ones (only reads, writes and `let`).
    pub fn for_seed(rng: &mut Rng) -> Shape {
        if rng.chance(25) {
            return Shape { locks: false, failures: false, tasks_graph: false };
        }
        Shape { locks: rng.chance(50), failures: rng.chance(60), tasks_graph: rng.chance(50) }
    }
}

/// The program of `seed`.
pub fn program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let shape = Shape::for_seed(&mut rng);
    program_of_shape(&mut rng, shape)
}

pub fn program_of_shape(rng: &mut Rng, shape: Shape) -> String {
    let tasks = 2 + rng.below(2) as usize;
    // Two variables make conflicts frequent, three leave room for independent steps.
    let variables = &VARIABLES[..2 + rng.below(2) as usize];
    let mut yaml = String::from("name: generated\nshared: { ");
    let initial: Vec<String> = variables.iter().map(|v| format!("{v}: {}", rng.below(3))).collect();
    yaml.push_str(&initial.join(", "));
    yaml.push_str(" }\n");
    if shape.locks {
        yaml.push_str("locks: [m]\n");
    }
    yaml.push_str("tasks:\n");
    let mut spawned: Vec<usize> = Vec::new();
    let mut headers: Vec<String> = Vec::new();
    for index in 0..tasks {
        let mut attributes = Vec::new();
        if shape.tasks_graph && index > 0 {
            match rng.below(5) {
                0 => attributes.push("daemon: true".to_string()),
                1 => {
                    attributes.push("start: spawned".to_string());
                    spawned.push(index);
                }
                2 => attributes.push(format!("after: [t{}]", rng.below(index as u64))),
                _ => {}
            }
        }
        headers.push(attributes.iter().map(|a| format!("{a}, ")).collect());
    }
    for (index, header) in headers.iter().enumerate() {
        let mut ops = task_ops(rng, shape, variables, index, tasks);
        if index == 0 {
            for &task in &spawned {
                let at = rng.below(ops.len() as u64 + 1) as usize;
                ops.insert(at, format!("{{ spawn: t{task} }}"));
            }
        }
        yaml.push_str(&format!("  t{index}: {{ {header}ops: [ {} ] }}\n", ops.join(", ")));
    }
    if shape.failures && rng.chance(20) {
        yaml.push_str(&format!("expect: [ \"{} != {}\" ]\n", rng.pick(variables), rng.below(4)));
    }
    yaml
}

fn task_ops(rng: &mut Rng, shape: Shape, variables: &[&str], index: usize, tasks: usize) -> Vec<String> {
    let count = 1 + rng.below(3) as usize;
    let mut has_local = false;
    let mut ops = Vec::new();
    while ops.len() < count {
        if let Some(op) = one_op(rng, shape, variables, index, tasks, &mut has_local) {
            ops.push(op);
        }
    }
    ops
}

/// One step, or `None` when the kind drawn does not fit the shape (the caller draws again).
fn one_op(
    rng: &mut Rng,
    shape: Shape,
    variables: &[&str],
    index: usize,
    tasks: usize,
    has_local: &mut bool,
) -> Option<String> {
    let a = *rng.pick(variables);
    let b = *rng.pick(variables);
    let op = match rng.below(11) {
        0 | 1 => format!("{{ set: \"{a} = {}\" }}", rng.below(3)),
        2 => format!("{{ set: \"{a} = {b}\" }}"),
        3 => format!("{{ set: \"{a} = {b} + 1\" }}"),
        4 => {
            *has_local = true;
            format!("{{ let: \"l = {a}\" }}")
        }
        5 if *has_local => format!("{{ set: \"{a} = l + {b}\" }}"),
        6 if shape.failures => format!("{{ set: \"{a} = 10 / {b}\" }}"),
        7 if shape.failures => format!("{{ assert: \"{a} != {}\" }}", rng.below(3)),
        8 if shape.locks => format!("{{ with: {{ lock: m, ops: [ {{ set: \"{a} = {b} + 1\" }} ] }} }}"),
        9 if shape.tasks_graph => {
            let other = (index + 1 + rng.below(tasks as u64 - 1) as usize) % tasks;
            format!("{{ join: t{other} }}")
        }
        10 => "yield".to_string(),
        _ => return None,
    };
    Some(op)
}

/// The declarations every format 1.1 program shares: two variables, an array, a map, a lock, a
/// reentrant lock, an array of locks, a bounded and a plain semaphore, an event and a condition on
/// the lock.
const FORMAT11_DECLARATIONS: &str = "shared: { x: 0, y: 0, buf: [0, 0], m: {} }
locks: { l: {}, r: { reentrant: true }, f: { count: 2 } }
semaphores: { s: 1, b: { value: 1, bounded: true } }
events: [e]
conditions: { c: { lock: l } }
";

/// A small program of format 1.1 (2 or 3 tasks of 1 or 2 constructs each): control flow, arrays and
/// maps (elements and keys as separate locations, faults), atomic blocks, every primitive with and
/// without waiting, spin-waits, conditions used right and wrong. Deterministic in its seed.
pub fn format11_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let tasks = if rng.chance(75) { 2 } else { 3 };
    let mut yaml = format!("name: generated\n{FORMAT11_DECLARATIONS}tasks:\n");
    for index in 0..tasks {
        let count = 1 + rng.below(2);
        let ops: Vec<String> = (0..count).map(|_| format11_op(&mut rng, index)).collect();
        yaml.push_str(&format!("  t{index}: {{ ops: [ {} ] }}\n", ops.join(", ")));
    }
    yaml
}

/// One construct of format 1.1 (a few steps that belong together).
fn format11_op(rng: &mut Rng, index: usize) -> String {
    let v = *rng.pick(&["x", "y"]);
    let w = *rng.pick(&["x", "y"]);
    let i = *rng.pick(&["0", "1", "-1"]);
    let k = rng.below(2);
    match rng.below(24) {
        0 => format!(
            "{{ if: {{ cond: \"{v} > 0\", then: [ {{ set: \"{w} = {w} + 1\" }} ], else: [ {{ set: \"buf[{i}] = 1\" }} ] }} }}"
        ),
        1 => format!("{{ set: \"buf[{i}] = buf[{k}] + {v}\" }}"),
        2 => format!(
            "{{ atomic: [ {{ if: {{ cond: \"not has(m, {k})\", then: [ {{ set: \"m[{k}] = {v}\" }} ] }} }} ] }}"
        ),
        3 => format!("{{ if: {{ cond: \"has(m, {k})\", then: [ {{ del: \"m[{k}]\" }} ] }} }}"),
        4 => format!("{{ acquire: s }}, {{ set: \"{v} = {v} + 1\" }}, {{ release: s }}"),
        5 => "{ set_event: e }".to_string(),
        6 => format!("{{ wait: {{ event: e, timeout: 0ns, into: got }} }}, {{ set: \"{v} = got\" }}"),
        7 => format!("{{ with: {{ lock: l, ops: [ {{ set: \"{v} = 1\" }}, {{ notify_all: c }} ] }} }}"),
        8 => "{ with: { lock: l, ops: [ { wait_for: { condition: c, cond: \"x > 0 or y > 0\" } } ] } }".to_string(),
        9 => format!("{{ lock: r }}, {{ lock: r }}, {{ set: \"{v} = 2\" }}, {{ unlock: r }}, {{ unlock: r }}"),
        10 => format!(
            "{{ let: \"k = 0\" }}, {{ while: {{ cond: \"k < 2 and {v} < 3\", ops: [ {{ set: \"{v} = {v} + 1\" }}, {{ let: \"k = k + 1\" }} ] }} }}"
        ),
        11 => format!("{{ while: {{ cond: \"{v} == 0\", ops: [] }} }}"),
        12 => format!(
            "{{ lock: {{ name: l, timeout: 0ns, into: t }} }}, {{ if: {{ cond: \"t\", then: [ {{ set: \"{v} = 5\" }}, {{ unlock: l }} ] }} }}"
        ),
        // A check-then-wait with `if`: a notify before the wait is lost (a deadlock).
        13 => "{ with: { lock: l, ops: [ { if: { cond: \"x == 0\", then: [ { wait: { condition: c } } ] } } ] } }"
            .to_string(),
        14 => format!("{{ with: {{ lock: \"f[{k}]\", ops: [ {{ set: \"{v} = {v} * 2 + {index}\" }} ] }} }}"),
        15 => "{ release: b }".to_string(),
        16 => format!("{{ acquire: {{ name: b, timeout: 0ns, into: a }} }}, {{ set: \"{v} = a\" }}"),
        17 => format!("{{ let: \"n = m[{k}]\" }}"),
        18 => "{ clear_event: e }".to_string(),
        19 => format!("{{ set: \"{v} = max({w}, buf[{k}], 1) // 2 + abs(-{k})\" }}"),
        // A retry loop around a trylock: blocks as a spin-wait while the lock is held.
        20 => format!(
            "{{ let: \"t = 0\" }}, {{ while: {{ cond: \"not t\", ops: [ {{ lock: {{ name: l, timeout: 0ns, into: t }} }} ] }} }}, {{ set: \"{v} = {v} + 1\" }}, {{ unlock: l }}"
        ),
        21 => format!(
            "{{ while: {{ cond: \"True\", ops: [ {{ if: {{ cond: \"is_set(e)\", then: [ break ] }} }}, {{ set: \"{v} = {v} + 1\" }}, return ] }} }}"
        ),
        22 => format!("{{ atomic: [ {{ if: {{ cond: \"{v} == {k}\", then: [ {{ set: \"{v} = {k} + 1\" }} ] }} }} ] }}"),
        _ => format!("{{ with: {{ lock: l, ops: [ {{ notify: c }} ] }} }}, {{ set: \"{v} = {v} + len(m)\" }}"),
    }
}

/// A small program of format 1.1 whose waits have time-outs (2 or 3 tasks of 1 or 2 constructs each):
/// locks (in either order, so ABBA), a semaphore, an event and a condition, each waited on with a
/// time-out next to the steps that end such waits (a release, `set_event`, `notify`), so that when and
/// which waiter gives up decides the outcome; and sleeps and work (some under the lock) longer or
/// shorter than the time-outs (50ms or 1s), so that under `--timeouts deadline` a time-out may fire
/// while another task sleeps or holds the GIL. Deterministic in its seed.
pub fn timed_wait_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let tasks = if rng.chance(75) { 2 } else { 3 };
    let mut yaml = format!("name: generated\n{FORMAT11_DECLARATIONS}tasks:\n");
    for index in 0..tasks {
        let count = 1 + rng.below(2);
        let ops: Vec<String> = (0..count).map(|_| timed_wait_op(&mut rng, index)).collect();
        yaml.push_str(&format!("  t{index}: {{ ops: [ {} ] }}\n", ops.join(", ")));
    }
    yaml
}

/// One construct around a wait with a time-out, or a step that ends one, or time that passes.
fn timed_wait_op(rng: &mut Rng, index: usize) -> String {
    let v = *rng.pick(&["x", "y"]);
    let k = rng.below(2);
    let other = 1 - k;
    let patience = *rng.pick(&["50ms", "1s"]);
    let pause = *rng.pick(&["{ io: 200ms }", "{ cpu: 100ms }", "{ io: 10ms }"]);
    match rng.below(16) {
        0 => format!(
            "{{ lock: {{ name: l, timeout: {patience}, into: t }} }}, {{ set: \"{v} = {v} * 2 + t + {index}\" }}, {{ if: {{ cond: \"t\", then: [ {{ unlock: l }} ] }} }}"
        ),
        1 => format!("{{ with: {{ lock: l, ops: [ {{ set: \"{v} = {v} + 1\" }} ] }} }}"),
        // One lock of the array, then the other with a time-out: tasks that pick opposite orders are ABBA.
        2 => format!(
            "{{ lock: \"f[{k}]\" }}, {{ lock: {{ name: \"f[{other}]\", timeout: {patience}, into: t }} }}, {{ set: \"{v} = {v} * 3 + t + {index}\" }}, {{ if: {{ cond: \"t\", then: [ {{ unlock: \"f[{other}]\" }} ] }} }}, {{ unlock: \"f[{k}]\" }}"
        ),
        3 => format!(
            "{{ wait: {{ event: e, timeout: {patience}, into: got }} }}, {{ set: \"{v} = {v} * 2 + got + {index}\" }}"
        ),
        4 => "{ set_event: e }".to_string(),
        5 => format!(
            "{{ with: {{ lock: l, ops: [ {{ wait: {{ condition: c, timeout: {patience}, into: got }} }}, {{ set: \"{v} = {v} * 2 + got + {index}\" }} ] }} }}"
        ),
        6 => format!("{{ with: {{ lock: l, ops: [ {{ set: \"{v} = 1\" }}, {{ notify: c }} ] }} }}"),
        7 => format!(
            "{{ acquire: {{ name: b, timeout: {patience}, into: a }} }}, {{ set: \"{v} = {v} * 2 + a + {index}\" }}, {{ if: {{ cond: \"a\", then: [ {{ release: b }} ] }} }}"
        ),
        8 => format!("{{ acquire: b }}, {{ set: \"{v} = {v} + 10\" }}, {{ release: b }}"),
        9 => format!(
            "{{ release: s }}, {{ acquire: {{ name: s, timeout: {patience}, into: a }} }}, {{ set: \"{v} = {v} + a\" }}"
        ),
        10 => format!(
            "{{ with: {{ lock: l, ops: [ {{ wait_for: {{ condition: c, cond: \"x > 0\", timeout: {patience}, into: got }} }}, {{ set: \"y = y * 2 + got + {index}\" }} ] }} }}"
        ),
        11 => "{ with: { lock: l, ops: [ { set: \"x = x + 1\" }, { notify_all: c } ] } }".to_string(),
        // The lock held, or a semaphore's unit taken, across a sleep or work: a waiter's time-out may
        // come first.
        12 => format!("{{ with: {{ lock: l, ops: [ {pause}, {{ set: \"{v} = {v} + 1\" }} ] }} }}"),
        13 => format!("{{ acquire: b }}, {pause}, {{ set: \"{v} = {v} + 10\" }}, {{ release: b }}"),
        // The step that ends a wait after a sleep or work.
        14 => format!("{pause}, {{ set_event: e }}"),
        _ => format!("{pause}, {{ set: \"{v} = {v} + {index}\" }}"),
    }
}

/// A small program around a barrier `g` of 2 or 3 parties whose waits may have a time-out (2 or 3
/// tasks of 1 or 2 constructs each): a wait that times out breaks the barrier for everyone, so which
/// waiter gives up, when, and who arrives before or after the break decide the outcome. Waits with and
/// without `into_ok` (a broken barrier without it is a fault), and sleeps and work longer or shorter
/// than the time-outs (50ms or 1s). Deterministic in its seed.
pub fn timed_barrier_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let tasks = if rng.chance(60) { 2 } else { 3 };
    let parties = 2 + rng.below(2);
    let mut yaml = format!("name: generated\n{FORMAT11_DECLARATIONS}tasks:\n");
    for index in 0..tasks {
        let count = 1 + rng.below(2);
        let ops: Vec<String> = (0..count).map(|_| timed_barrier_op(&mut rng, index, parties)).collect();
        yaml.push_str(&format!("  t{index}: {{ ops: [ {} ] }}\n", ops.join(", ")));
    }
    yaml
}

/// One wait on the barrier (with or without a time-out and `into_ok`), or time that passes.
fn timed_barrier_op(rng: &mut Rng, index: usize, parties: u64) -> String {
    let v = *rng.pick(&["x", "y"]);
    let patience = *rng.pick(&["50ms", "1s"]);
    let pause = *rng.pick(&["{ io: 200ms }", "{ cpu: 100ms }", "{ io: 10ms }"]);
    match rng.below(6) {
        0 | 1 => format!(
            "{{ barrier: {{ name: g, parties: {parties}, timeout: {patience}, into_ok: ok }} }}, {{ set: \"{v} = {v} * 2 + ok + {index}\" }}"
        ),
        2 => format!(
            "{{ barrier: {{ name: g, parties: {parties}, into_ok: ok }} }}, {{ set: \"{v} = {v} * 3 + ok + {index}\" }}"
        ),
        3 => format!("{{ barrier: {{ name: g, parties: {parties} }} }}, {{ set: \"{v} = {v} + 10\" }}"),
        4 => format!("{{ barrier: {{ name: g, parties: {parties}, timeout: {patience} }} }}"),
        _ => format!("{pause}, {{ set: \"{v} = {v} + {index}\" }}"),
    }
}

/// A program with a pool of 2 or 3 identical copies (`count`), the shape symmetry reduction works on,
/// beside a task of its own that may start the pool (`spawn`), join it or wait for it (`after`); the
/// copies are sometimes daemons and sometimes read their `me`, so that identical programs with
/// different locals are covered too. Format 1.0 steps, or format 1.1 constructs when `format11`.
/// Deterministic in its seed.
pub fn pool_program(seed: u64, format11: bool) -> String {
    let mut rng = Rng::new(seed);
    let copies = if rng.chance(70) { 2 } else { 3 };
    let mut yaml = String::from("name: generated\n");
    if format11 {
        yaml.push_str(FORMAT11_DECLARATIONS);
    } else {
        yaml.push_str(&format!("shared: {{ x: {}, y: {} }}\nlocks: [m]\n", rng.below(3), rng.below(3)));
    }
    let pool_ops: Vec<String> = (0..1 + rng.below(2)).map(|_| pool_op(&mut rng, format11, true)).collect();
    let mut other_ops: Vec<String> = (0..1 + rng.below(2)).map(|_| pool_op(&mut rng, format11, false)).collect();
    let mut pool_attributes = String::new();
    let mut other_attributes = String::new();
    match rng.below(6) {
        0 => pool_attributes.push_str("daemon: true, "),
        1 => {
            pool_attributes.push_str("start: spawned, ");
            let at = rng.below(other_ops.len() as u64 + 1) as usize;
            other_ops.insert(at, "{ spawn: p }".to_string());
        }
        2 => other_ops.push("{ join: p }".to_string()),
        3 => other_attributes.push_str("after: [p], "),
        _ => {}
    }
    yaml.push_str("tasks:\n");
    yaml.push_str(&format!("  p: {{ count: {copies}, {pool_attributes}ops: [ {} ] }}\n", pool_ops.join(", ")));
    yaml.push_str(&format!("  t: {{ {other_attributes}ops: [ {} ] }}\n", other_ops.join(", ")));
    yaml
}

/// One step or construct of a pool program; `me` only in the pool's copies.
fn pool_op(rng: &mut Rng, format11: bool, in_pool: bool) -> String {
    let v = *rng.pick(&["x", "y"]);
    if in_pool && rng.chance(20) {
        return match (format11, rng.below(2)) {
            (true, 0) => format!("{{ with: {{ lock: \"f[me % 2]\", ops: [ {{ set: \"{v} = {v} * 2 + me\" }} ] }} }}"),
            (false, 0) => format!("{{ with: {{ lock: m, ops: [ {{ set: \"{v} = {v} * 2 + me\" }} ] }} }}"),
            _ => format!("{{ set: \"{v} = {v} + me\" }}"),
        };
    }
    if format11 {
        return format11_op(rng, 0);
    }
    let shape = Shape { locks: true, failures: true, tasks_graph: false };
    let mut has_local = false;
    loop {
        if let Some(op) = one_op(rng, shape, &["x", "y"], 0, 2, &mut has_local) {
            return op;
        }
    }
}

/// A program of critical sections (2 or 3 tasks of 1 to 3 constructs each), the shape the reduction by
/// invisible steps works on (`schedulers/invisible.rs`): sections under `m` (or sometimes `n`) that
/// read and write `x`, `y` and the array `buf`, keep values in locals, assert on them and fault on a
/// division or an index; local steps between sections; and, in some programs, an access of the same
/// memory outside any section or under the other lock, an assertion outside a section, or a task
/// that spawns or joins another, so that the analysis must refuse. Deterministic in its seed.
pub fn locked_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let tasks = if rng.chance(70) { 2 } else { 3 };
    let mut yaml = format!(
        "name: generated\nshared: {{ x: {}, y: {}, buf: [0, 0] }}\nlocks: [m, n]\ntasks:\n",
        rng.below(2),
        rng.below(3)
    );
    let spawned = tasks == 3 && rng.chance(20);
    for index in 0..tasks {
        let count = 1 + rng.below(3);
        // `k` is the task's own local, read by assertions outside sections.
        let mut ops: Vec<String> = vec!["{ let: \"k = 0\" }".to_string()];
        ops.extend((0..count).map(|_| locked_op(&mut rng)));
        let mut attributes = String::new();
        if spawned && index == 2 {
            attributes.push_str("start: spawned, ");
        }
        if spawned && index == 0 {
            ops.insert(rng.below(ops.len() as u64 + 1) as usize, "{ spawn: t2 }".to_string());
        }
        yaml.push_str(&format!("  t{index}: {{ {attributes}ops: [ {} ] }}\n", ops.join(", ")));
    }
    yaml
}

/// One construct of a locked program: mostly a critical section, sometimes a step outside one.
fn locked_op(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => format!("{{ let: \"k = {}\" }}", rng.below(3)),
        1 => "yield".to_string(),
        2 => format!("{{ set: \"{} = {}\" }}", rng.pick(&["x", "y", "buf[0]"]), rng.below(3)),
        3 => format!("{{ assert: \"{} != 2\" }}", rng.pick(&["k", "x"])),
        4 if rng.chance(50) => {
            let lock = *rng.pick(&["m", "n"]);
            format!("{{ with: {{ lock: {lock}, ops: [ {} ] }} }}", section_ops(rng))
        }
        _ => format!("{{ with: {{ lock: m, ops: [ {} ] }} }}", section_ops(rng)),
    }
}

/// The steps of one critical section (one to four).
fn section_ops(rng: &mut Rng) -> String {
    let ops: Vec<String> = (0..1 + rng.below(4))
        .map(|_| match rng.below(9) {
            0 => "{ let: \"v = x\" }".to_string(),
            1 => "{ set: \"x = x + 1\" }".to_string(),
            2 => "{ set: \"y = y * 2 + x\" }".to_string(),
            3 => format!("{{ assert: \"x != {}\" }}", 2 + rng.below(2)),
            4 => "{ set: \"buf[x] = y\" }".to_string(),
            5 => "{ set: \"y = buf[1] + 1\" }".to_string(),
            6 => "{ set: \"y = 6 / x\" }".to_string(),
            7 => "{ let: \"k = x * 2\" }".to_string(),
            _ => "{ cpu: 1us }".to_string(),
        })
        .collect();
    ops.join(", ")
}

/// A program of sections under the elements of a lock array `la` picked by a local index, for the
/// stateless search that takes locks only when free (`schedulers/lock_order.rs`): sections in
/// `repeat` loops (the `lock` is then reached through the loop's bookkeeping), the index computed,
/// or reassigned between the `lock` and the `unlock` (which then releases another element, or one
/// not held: a fault), two elements held at once in either order (a deadlock), the plain lock `m`
/// nested, and accesses of `buf[i]` and `x` inside and outside sections. Deterministic in its seed.
pub fn lock_array_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let tasks = if rng.chance(60) { 2 } else { 3 };
    let mut yaml = format!(
        "name: generated\nshared: {{ x: {}, buf: [0, 0] }}\nlocks: {{ la: {{ count: 2 }}, m: {{}} }}\ntasks:\n",
        rng.below(2)
    );
    for index in 0..tasks {
        let mut ops = vec![format!("{{ let: \"i = {}\" }}", rng.below(2))];
        ops.extend((0..1 + rng.below(2)).map(|_| lock_array_op(&mut rng)));
        yaml.push_str(&format!("  t{index}: {{ ops: [ {} ] }}\n", ops.join(", ")));
    }
    yaml
}

/// One construct of a lock-array program.
fn lock_array_op(rng: &mut Rng) -> String {
    let section = |rng: &mut Rng| {
        let body: Vec<&str> = (0..1 + rng.below(3))
            .map(|_| {
                *rng.pick(&[
                    "{ set: \"buf[i] = buf[i] + 1\" }",
                    "{ let: \"v = buf[i]\" }",
                    "{ set: \"x = x * 2 + i\" }",
                    "{ assert: \"buf[i] != 3\" }",
                    "{ let: \"i = 1 - i\" }",
                    "{ with: { lock: m, ops: [ { set: \"x = x + 1\" } ] } }",
                ])
            })
            .collect();
        format!("{{ lock: \"la[i]\" }}, {}, {{ unlock: \"la[i]\" }}", body.join(", "))
    };
    match rng.below(8) {
        0 => format!("{{ let: \"i = (i + {}) % 2\" }}", 1 + rng.below(2)),
        1 => "{ set: \"buf[i] = x\" }".to_string(),
        2 => {
            let other = if rng.chance(50) { "1 - i" } else { "i" };
            format!(
                "{{ lock: \"la[i]\" }}, {{ let: \"j = {other}\" }}, {{ lock: \"la[j]\" }}, {{ set: \"x = x + buf[j]\" }}, \
                 {{ unlock: \"la[j]\" }}, {{ unlock: \"la[i]\" }}"
            )
        }
        3 | 4 => format!("{{ repeat: {{ times: 2, ops: [ {} ] }} }}", section(rng)),
        _ => section(rng),
    }
}

/// A small program of format 1.1 under a time window (2 or 3 tasks of 1 to 3 constructs each): sleeps
/// and work of a few milliseconds, some under a lock, an event set after a sleep and waited on with a
/// time-out, a polling loop that sleeps until the event is set (at most 3 rounds), and writes whose
/// order decides the outcome. The window (0, 1, 2 or 5 ms) decides which of them are explored in
/// either order; some runtimes have a GIL, so that work waits for it. Deterministic in its seed.
pub fn time_window_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let tasks = if rng.chance(70) { 2 } else { 3 };
    let window = *rng.pick(&["0ns", "1ms", "2ms", "5ms"]);
    let gil = *rng.pick(&["new", "none"]);
    let mut yaml = format!(
        "name: generated\nscheduler: {{ time_window: {window} }}\nruntime: {{ gil: {gil} }}\n{FORMAT11_DECLARATIONS}tasks:\n"
    );
    for index in 0..tasks {
        let count = 1 + rng.below(3);
        let ops: Vec<String> = (0..count).map(|_| time_window_op(&mut rng, index)).collect();
        yaml.push_str(&format!("  t{index}: {{ ops: [ {} ] }}\n", ops.join(", ")));
    }
    yaml
}

/// One construct whose timing the window decides: time that passes, a write, the event set or waited
/// on, a polling loop, a lock held across a sleep.
fn time_window_op(rng: &mut Rng, index: usize) -> String {
    let v = *rng.pick(&["x", "y"]);
    let pause =
        *rng.pick(&["{ io: 1ms }", "{ io: 2ms }", "{ io: 3ms }", "{ io: 10ms }", "{ cpu: 1ms }", "{ cpu: 2ms }"]);
    match rng.below(8) {
        0 | 1 => format!("{pause}, {{ set: \"{v} = {v} * 2 + {index}\" }}"),
        2 => format!("{{ set: \"{v} = {v} * 3 + {index}\" }}"),
        3 => format!("{pause}, {{ set_event: e }}"),
        4 => {
            format!("{{ wait: {{ event: e, timeout: 4ms, into: got }} }}, {{ set: \"{v} = {v} * 2 + got + {index}\" }}")
        }
        5 => format!(
            "{{ while: {{ cond: \"not is_set(e) and buf[{}] < 3\", ops: [ {{ set: \"buf[{}] = buf[{}] + 1\" }}, {{ io: 2ms }} ] }} }}",
            index % 2,
            index % 2,
            index % 2
        ),
        6 => format!("{{ with: {{ lock: l, ops: [ {pause}, {{ set: \"{v} = {v} + 1 + {index}\" }} ] }} }}"),
        _ => format!("{{ with: {{ lock: l, ops: [ {{ set: \"{v} = {v} * 5 + {index}\" }} ] }} }}"),
    }
}

/// A small program whose tasks choose values (`let: "c = choose(0, 2)"`, `choose_of`) and use them: in
/// writes, in a branch, under a lock, in an assertion that may fail (docs/format.md, "Values chosen at
/// random"). 2 or 3 tasks of 1 or 2 constructs; deterministic in its seed.
pub fn choices_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let tasks = if rng.chance(75) { 2 } else { 3 };
    let mut yaml = String::from("name: generated\nshared: { x: 0, y: 0 }\nlocks: [m]\ntasks:\n");
    for index in 0..tasks {
        let count = 1 + rng.below(2);
        let ops: Vec<String> = (0..count).map(|_| choice_op(&mut rng)).collect();
        yaml.push_str(&format!("  t{index}: {{ ops: [ {} ] }}\n", ops.join(", ")));
    }
    if rng.chance(20) {
        yaml.push_str(&format!("expect: [ \"x != {}\" ]\n", rng.below(4)));
    }
    yaml
}

/// One construct of [`choices_program`]: most choose a value and use it at once (so no local is read
/// before it is set).
fn choice_op(rng: &mut Rng) -> String {
    let v = *rng.pick(&["x", "y"]);
    let w = *rng.pick(&["x", "y"]);
    let choice = *rng.pick(&["choose(0, 2)", "choose(1, 2)", "choose_of(1, 5)", "choose_of(0, 'a', None)"]);
    let numeric = if choice.contains('\'') { "choose(0, 1)" } else { choice };
    match rng.below(8) {
        0 => format!("{{ let: \"c = {numeric}\" }}, {{ set: \"{v} = {w} + c\" }}"),
        1 => format!(
            "{{ let: \"c = {choice}\" }}, {{ if: {{ cond: \"c == 1\", then: [ {{ set: \"{v} = 2\" }} ], else: [ {{ set: \"{w} = {v}\" }} ] }} }}"
        ),
        2 => format!("{{ with: {{ lock: m, ops: [ {{ let: \"c = {numeric}\" }}, {{ set: \"{v} = {v} + c\" }} ] }} }}"),
        3 => format!("{{ let: \"c = {numeric}\" }}, {{ assert: \"{v} + c != 3\" }}"),
        4 => format!("{{ let: \"c = {numeric}\" }}, {{ let: \"d = {numeric}\" }}, {{ set: \"{v} = c * 3 + d\" }}"),
        5 => format!("{{ set: \"{v} = {w} + 1\" }}"),
        6 => format!("{{ let: \"l = {v}\" }}, {{ set: \"{w} = l\" }}"),
        _ => "yield".to_string(),
    }
}

/// A small asyncio program under `scheduler: { loop_order: fifo }` (docs/exploration.md, "Event loops
/// in asyncio's order"): 2 or 3 coroutines of 1 to 3 constructs each on one loop (one may start a child
/// coroutine and await it, as `create_task` then `await t`), sometimes a thread that sleeps and writes,
/// and, with or without a time window (0, 2 or 5 ms), sleeps of 0 to 10 ms, work that holds the loop,
/// an asyncio event set and waited on, an asyncio lock held across a sleep, and writes whose order
/// decides the outcome. Deterministic in its seed.
pub fn fifo_loop_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let coroutines = if rng.chance(60) { 2 } else { 3 };
    let window = *rng.pick(&["", "time_window: 0ns, ", "time_window: 2ms, ", "time_window: 5ms, "]);
    let gil = *rng.pick(&["new", "none"]);
    let mut yaml = format!(
        "name: generated\nscheduler: {{ {window}loop_order: fifo }}\nruntime: {{ gil: {gil} }}\nshared: {{ x: 0, y: 0 }}\nlocks: {{ l: {{ asyncio: true }} }}\nevents: {{ e: {{ asyncio: true }} }}\ntasks:\n"
    );
    let child = rng.chance(40);
    for index in 0..coroutines {
        let count = 1 + rng.below(3);
        let mut ops: Vec<String> = (0..count).map(|_| fifo_loop_op(&mut rng, index)).collect();
        if child && index == 0 {
            let at = rng.below(ops.len() as u64 + 1) as usize;
            ops.insert(at, "{ submit: { task: child, into: f } }".to_string());
            ops.push("{ result: { future: f } }".to_string());
        }
        yaml.push_str(&format!("  c{index}: {{ kind: coroutine, ops: [ {} ] }}\n", ops.join(", ")));
    }
    if child {
        let ops: Vec<String> = (0..1 + rng.below(2)).map(|_| fifo_loop_op(&mut rng, 7)).collect();
        yaml.push_str(&format!("  child: {{ kind: coroutine, start: spawned, ops: [ {} ] }}\n", ops.join(", ")));
    }
    if rng.chance(30) {
        let pause = *rng.pick(&["1ms", "3ms", "10ms"]);
        yaml.push_str(&format!("  th: {{ ops: [ {{ io: {pause} }}, {{ set: \"y = y * 4 + 3\" }} ] }}\n"));
    }
    // `await asyncio.to_thread(job)` from the last coroutine: a thread's end wakes it from outside.
    if rng.chance(35) {
        let pause = *rng.pick(&["0ns", "1ms", "2ms", "5ms"]);
        let last = format!("  c{}: {{ kind: coroutine, ops: [ ", coroutines - 1);
        let awaited = format!("{last}{{ submit: {{ task: job, into: g }} }}, {{ result: {{ future: g }} }}, ");
        yaml = yaml.replace(&last, &awaited);
        yaml.push_str(&format!(
            "  job: {{ start: spawned, ops: [ {{ io: {pause} }}, {{ set: \"x = x * 4 + 5\" }} ] }}\n"
        ));
    }
    yaml
}

/// One construct of a coroutine whose place in the loop's order decides the outcome.
fn fifo_loop_op(rng: &mut Rng, index: usize) -> String {
    let v = *rng.pick(&["x", "y"]);
    let sleep = *rng.pick(&["0ns", "0ns", "1ms", "2ms", "5ms", "10ms"]);
    match rng.below(8) {
        0 | 1 => format!("{{ await: {sleep} }}, {{ set: \"{v} = {v} * 3 + {index}\" }}"),
        2 => format!("{{ set: \"{v} = {v} * 2 + {index}\" }}"),
        3 => format!("{{ cpu: 1ms }}, {{ set: \"{v} = {v} * 5 + {index}\" }}"),
        4 => "{ set_event: e }".to_string(),
        5 => format!("{{ wait: e }}, {{ set: \"{v} = {v} * 7 + {index}\" }}"),
        6 => {
            format!("{{ with: {{ lock: l, ops: [ {{ await: {sleep} }}, {{ set: \"{v} = {v} + 1 + {index}\" }} ] }} }}")
        }
        _ => format!("{{ let: \"seen = {v}\" }}, {{ await: {sleep} }}, {{ set: \"{v} = seen * 2 + 1\" }}"),
    }
}

/// A small program of objects and tuples made at run time (2 or 3 tasks of 1 to 3 constructs each,
/// sometimes a pool of 2 copies), after a setup task that makes a shared list and a shared dict:
/// appends racing on a list (one of them in two steps), a new list published in place of the old
/// one, dicts of new lists, KeyErrors and IndexErrors, tuples of shared values, objects passed through
/// a queue and written by whoever gets them, objects made and dropped (garbage), sections under a
/// lock, and asserts on lengths. Objects are made in an order that depends on the schedule, so their
/// numbers differ between runs that reach the same values: what the state cache has to get right.
/// Deterministic in its seed.
pub fn object_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let tasks = if rng.chance(70) { 2 } else { 3 };
    let pool = rng.chance(30);
    let mut yaml = String::from(
        "name: generated\nshared: { xs: null, d: null, t: 0, x: 0 }\nqueues: { q: { capacity: 0 } }\nlocks: [m]\ntasks:\n  setup:\n    ops: [ { set: \"xs = new_list(0)\" }, { set: \"d = new_dict()\" } ]\n",
    );
    for index in 0..tasks {
        let count = 1 + rng.below(3);
        let me = if pool && index == 0 { "me" } else { "7" };
        let ops: Vec<String> = (0..count).map(|_| object_op(&mut rng, index, me)).collect();
        let copies = if pool && index == 0 { "count: 2, " } else { "" };
        yaml.push_str(&format!("  t{index}: {{ {copies}after: [setup], ops: [ {} ] }}\n", ops.join(", ")));
    }
    yaml
}

/// One construct of an object program; `me` is the task's `me` in a pool, a constant elsewhere.
fn object_op(rng: &mut Rng, index: usize, me: &str) -> String {
    let k = rng.below(2);
    let i = index + 1;
    match rng.below(12) {
        0 => format!("{{ let: \"l = xs\" }}, {{ let: \"n = size(l)\" }}, {{ set: \"l[n] = {i}\" }}"),
        1 => format!("{{ let: \"l = xs\" }}, {{ atomic: [ {{ let: \"n = size(l)\" }}, {{ set: \"l[n] = {i}\" }} ] }}"),
        2 => format!("{{ set: \"xs = new_list({i}, {me})\" }}"),
        3 => format!("{{ let: \"dd = d\" }}, {{ set: \"dd[{k}] = new_list({i})\" }}"),
        4 => format!("{{ let: \"dd = d\" }}, {{ let: \"v = dd[{k}]\" }}, {{ set: \"v[0] = v[0] + {i}\" }}"),
        5 => format!("{{ set: \"t = ({i}, x)\" }}, {{ set: \"x = x + 1\" }}"),
        6 => format!("{{ let: \"o = new_dict('by', {i})\" }}, {{ put: {{ queue: q, value: \"o\" }} }}"),
        7 => format!(
            "{{ get: {{ queue: q, into: o, timeout: 0ns, into_ok: got }} }}, {{ if: {{ cond: \"got\", then: [ {{ set: \"o['by'] = {i}\" }}, {{ set: \"x = o\" }} ] }} }}"
        ),
        8 => format!("{{ let: \"g = new_set({i}, {me})\" }}, {{ let: \"h = ({me}, {i})\" }}"),
        9 => format!(
            "{{ with: {{ lock: m, ops: [ {{ let: \"l = xs\" }}, {{ let: \"n = size(l)\" }}, {{ set: \"l[n] = ({i}, n)\" }} ] }} }}"
        ),
        10 => format!("{{ let: \"l = xs\" }}, {{ let: \"n = size(l)\" }}, {{ assert: \"n < {}\" }}", 2 + k),
        _ => "{ let: \"l = xs\" }, { if: { cond: \"size(l) > 1\", then: [ { del: \"l[0]\" } ] } }".to_string(),
    }
}
