# Barrier.wait() returns a distinct index per thread; the action runs once per phase.
import threading

indices = []
phases = 0
lock = threading.Lock()


def on_phase():
    global phases
    phases += 1


barrier = threading.Barrier(3, action=on_phase)


def worker():
    for _ in range(2):
        i = barrier.wait()
        with lock:
            indices.append(i)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
indices.sort()
print(indices, phases)
