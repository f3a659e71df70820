# Check: Barrier with an action runs it once; wait() returns distinct indexes 0..n-1. Bug: none.
import threading

actions = 0
indexes = []
lock = threading.Lock()


def on_trip():
    global actions
    actions += 1


barrier = threading.Barrier(3, action=on_trip)


def worker():
    i = barrier.wait()
    with lock:
        indexes.append(i)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
indexes.sort()
print(f"actions={actions} indexes={indexes}")
