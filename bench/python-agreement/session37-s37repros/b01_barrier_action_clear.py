"""A Barrier's action that empties the phase's list with `clear()` (cannot raise): two phases of two workers."""
import threading

phase_items = []
sizes = []
lock = threading.Lock()


def close_phase():
    sizes.append(len(phase_items))
    phase_items.clear()


barrier = threading.Barrier(2, action=close_phase)


def worker(n):
    for phase in range(2):
        with lock:
            phase_items.append(n + phase)
        barrier.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sizes, phase_items)
