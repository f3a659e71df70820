# variant of t04_barrier_action.py: the smallest edit past its refusal
import threading

PARTIES = 3
phase_log = []
grid = [0, 0, 0]


def end_of_phase():
    # runs in exactly one thread each time the barrier trips
    phase_log.append(sum(grid))


barrier = threading.Barrier(PARTIES, action=end_of_phase)


def worker(index):
    for step in range(1, 4):
        grid[index] += step * (index + 1)
        barrier.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(PARTIES)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("phases", phase_log)
print("grid", grid)
