# Barrier-synchronised simulation: each step every cell reads its neighbours, then all wait, then write
import threading
from dataclasses import dataclass, field

CELLS = 3
STEPS = 3


@dataclass
class Grid:
    values: list = field(default_factory=lambda: [1, 5, 9])
    next_values: list = field(default_factory=lambda: [0, 0, 0])
    step: int = 0


grid = Grid()
history = []


def on_step_done():
    # runs in exactly one thread once all parties arrive
    grid.step += 1
    history.append(sum(grid.values))


barrier = threading.Barrier(CELLS, action=on_step_done)


def cell(i):
    for _ in range(STEPS):
        left = grid.values[(i - 1) % CELLS]
        right = grid.values[(i + 1) % CELLS]
        grid.next_values[i] = (left + grid.values[i] + right) // 3
        barrier.wait()
        grid.values[i] = grid.next_values[i]
        barrier.wait()


threads = [threading.Thread(target=cell, args=(i,)) for i in range(CELLS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

final_values = grid.values
steps_done = grid.step
print("final values:", final_values)
print("steps (barrier trips):", steps_done)
print("history:", history)
