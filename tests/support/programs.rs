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
