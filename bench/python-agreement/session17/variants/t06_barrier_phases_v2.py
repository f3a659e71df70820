# no bug: three workers do two phases of a simulation, meeting at a Barrier between phases
import threading

barrier = threading.Barrier(3)
log = []
log_lock = threading.Lock()


def record(entry):
    with log_lock:
        log.append(entry)


def simulate(worker_id):
    for phase in range(2):
        record(phase * 10 + worker_id)
        barrier.wait()


workers = [threading.Thread(target=simulate, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("log:", log)
assert sorted(log) == [0, 1, 2, 10, 11, 12]
assert max(log[0], log[1], log[2]) < min(log[3], log[4], log[5])
