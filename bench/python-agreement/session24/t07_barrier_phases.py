"""Three workers compute in phases separated by a Barrier; the barrier's action records each phase."""
import threading

PARTIES = 3
phase_log = []
grid = [0, 0, 0]


def end_of_phase():
    phase_log.append(sum(grid))


barrier = threading.Barrier(PARTIES, action=end_of_phase)


def worker(index):
    for step in range(3):
        grid[index] += index + step
        barrier.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(PARTIES)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(phase_log, grid)
assert phase_log == [3, 9, 18], phase_log
