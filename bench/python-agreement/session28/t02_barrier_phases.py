import threading

N_WORKERS = 3
PHASES = 3
phase = 0
grid = [0] * N_WORKERS
history: list[int] = []


def advance() -> None:
    # Runs in exactly one thread once all parties reached the barrier.
    global phase
    history.append(sum(grid))
    phase += 1


barrier = threading.Barrier(N_WORKERS, action=advance)


def worker(index: int) -> None:
    for _ in range(PHASES):
        grid[index] += index + 1
        barrier.wait()


threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(N_WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"phase={phase} history={history} grid={grid}")
assert history == [6, 12, 18]
