//! The task graph on petgraph: one node per task, `after` edges and `spawn` edges. Used to find cycles
//! at load time and to draw the graph (`weft graph`).

use std::fmt::Write as _;

use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};
use sim_core::model::{Instr, Model, TaskDef, TaskId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    After,
    Spawn,
}

#[derive(Clone, Debug, Default)]
pub struct TaskGraph {
    pub graph: DiGraph<TaskId, Edge>,
}

impl TaskGraph {
    pub fn build(tasks: &[TaskDef]) -> Self {
        let mut graph = DiGraph::new();
        let nodes: Vec<NodeIndex> = (0..tasks.len()).map(|i| graph.add_node(TaskId::from_index(i))).collect();
        for (index, task) in tasks.iter().enumerate() {
            for before in &task.after {
                graph.add_edge(nodes[before.index()], nodes[index], Edge::After);
            }
            for instruction in &task.program {
                if let Instr::Spawn(range) = instruction {
                    for target in range.iter() {
                        graph.add_edge(nodes[index], nodes[target.index()], Edge::Spawn);
                    }
                }
            }
        }
        TaskGraph { graph }
    }

    /// A cycle of `after` edges, in order along the edges, if there is one.
    pub fn after_cycle(&self) -> Option<Vec<TaskId>> {
        let after_only = self.graph.filter_map(|_, &task| Some(task), |_, &edge| (edge == Edge::After).then_some(edge));
        let mut components = tarjan_scc(&after_only);
        components.sort_by_key(|c| c.iter().map(|n| n.index()).min());
        for component in components {
            let self_loop = component.len() == 1 && after_only.contains_edge(component[0], component[0]);
            if component.len() < 2 && !self_loop {
                continue;
            }
            // Walk the cycle from its lowest-numbered task, staying inside the component.
            let start = *component.iter().min_by_key(|n| n.index())?;
            let mut path = vec![start];
            let mut at = start;
            loop {
                let next = after_only.neighbors(at).filter(|n| component.contains(n)).min_by_key(|n| n.index())?;
                if next == start || path.contains(&next) {
                    break;
                }
                path.push(next);
                at = next;
            }
            return Some(path.into_iter().map(|n| after_only[n]).collect());
        }
        None
    }

    /// Graphviz DOT: one node per task labelled with its kind; solid `after` edges, dashed spawn edges.
    pub fn to_dot(&self, model: &Model) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "digraph \"{}\" {{", model.name);
        let _ = writeln!(out, "  rankdir=LR;");
        let _ = writeln!(out, "  node [shape=box, fontname=\"Helvetica\"];");
        for node in self.graph.node_indices() {
            let task = &model.tasks[self.graph[node].index()];
            let mut label = format!("{}\\n{}", task.name, task.kind.as_str());
            if task.daemon {
                label.push_str(" (daemon)");
            }
            let style = if task.spawned { ", style=dashed" } else { "" };
            let _ = writeln!(out, "  \"{}\" [label=\"{}\"{style}];", task.name, label);
        }
        for edge in self.graph.edge_indices() {
            let (from, to) = self.graph.edge_endpoints(edge).expect("edge has endpoints");
            let from = &model.tasks[self.graph[from].index()].name;
            let to = &model.tasks[self.graph[to].index()].name;
            let attributes = match self.graph[edge] {
                Edge::After => "",
                Edge::Spawn => " [style=dashed, label=\"spawn\"]",
            };
            let _ = writeln!(out, "  \"{from}\" -> \"{to}\"{attributes};");
        }
        out.push_str("}\n");
        out
    }
}
