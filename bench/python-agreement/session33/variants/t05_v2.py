import threading

N_CELLS = 4
PHASES = 3
barrier = threading.Barrier(N_CELLS)
temps = [10, 40, 70, 100]
next_temps = [0, 0, 0, 0]
phase_log = []
log_lock = threading.Lock()


def cell(i):
    for phase in range(PHASES):
        left = temps[(i - 1) % N_CELLS]
        right = temps[(i + 1) % N_CELLS]
        next_temps[i] = (left + temps[i] + right) // 3
        index = barrier.wait()  # everyone computed from the same snapshot
        temps[i] = next_temps[i]
        if index == 0:
            with log_lock:
                phase_log.append(phase)
        barrier.wait()  # everyone published before the next phase reads


threads = [threading.Thread(target=cell, args=(i,)) for i in range(N_CELLS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("temps", temps, "phases", sorted(phase_log))
