import threading

N = 3
barrier = threading.Barrier(N)
lock = threading.Lock()
phase_log = {1: [], 2: []}


def participant(ident):
    with lock:
        phase_log[1].append(ident)
    barrier.wait()
    # every thread must see all of phase 1 before phase 2 begins
    with lock:
        seen = len(phase_log[1])
        phase_log[2].append((ident, seen))
    barrier.wait()


threads = [threading.Thread(target=participant, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("phase 1:", sorted(phase_log[1]))
print("phase 2 saw:", sorted(seen for _, seen in phase_log[2]))
assert all(seen == N for _, seen in phase_log[2])
