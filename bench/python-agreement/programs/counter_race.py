"""Two threads add to one counter without a lock: `counter += 1` is a read and a write."""
import threading

counter = 0


def add(times):
    global counter
    for _ in range(times):
        counter += 1


workers = [threading.Thread(target=add, args=(3,)) for _ in range(2)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print("counter:", counter)
