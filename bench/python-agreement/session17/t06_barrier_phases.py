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

first_phase = sorted(log[:3])
second_phase = sorted(log[3:])
print("log:", log)
assert first_phase == [0, 1, 2]
assert second_phase == [10, 11, 12]
