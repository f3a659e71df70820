"""A module's dict display of lists appended by threads (session21/t06's phase log)."""
import threading

N = 3
lock = threading.Lock()
phase_log = {1: [], 2: []}


def participant(ident):
    with lock:
        phase_log[1].append(ident)
    seen = len(phase_log[1])
    phase_log[2].append(seen)


threads = [threading.Thread(target=participant, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
first = sorted(phase_log[1])
counts = sorted(phase_log[2])
