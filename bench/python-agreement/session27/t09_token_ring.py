"""A token ring: each node waits for its Event, records the round, and passes the token on."""
import threading

NODES = 3
ROUNDS = 2
events = [threading.Event() for _ in range(NODES)]
trace: list[str] = []


class Node(threading.Thread):
    def __init__(self, index: int) -> None:
        super().__init__(name=f"node-{index}")
        self.index = index
        self.passes = 0

    def run(self) -> None:
        for r in range(ROUNDS):
            events[self.index].wait()
            events[self.index].clear()
            trace.append(f"{self.name}@{r}")
            self.passes += 1
            events[(self.index + 1) % NODES].set()


nodes = [Node(i) for i in range(NODES)]
for n in nodes:
    n.start()
events[0].set()
for n in nodes:
    n.join()
passes = [n.passes for n in nodes]
print(" -> ".join(trace))
assert trace == [f"node-{i}@{r}" for r in range(ROUNDS) for i in range(NODES)]
