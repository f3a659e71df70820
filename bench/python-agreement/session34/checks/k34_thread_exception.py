# An exception ends one thread; the others and main go on; the thread's partial work stays.
import threading

progress = [0, 0]
after = []


def worker(slot, limit):
    for i in range(3):
        if i == limit:
            raise RuntimeError(f"worker {slot} stopped")
        progress[slot] += 1


threads = [threading.Thread(target=worker, args=(0, 1)), threading.Thread(target=worker, args=(1, 5))]
for t in threads:
    t.start()
for t in threads:
    t.join()
after.append(sum(progress))
print(progress, after)
