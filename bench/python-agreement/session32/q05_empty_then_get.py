# BUG: check-then-act on a queue: two workers test q.empty() and then get_nowait(); when one item is left
# both can pass the test and one of them dies with queue.Empty, so its share of the work is lost.
import queue
import threading

jobs = queue.Queue()
for n in [4, 9, 16]:
    jobs.put(n)

done = []
crashed = []


def worker(name):
    try:
        while not jobs.empty():
            n = jobs.get_nowait()
            root = 0
            while (root + 1) * (root + 1) <= n:
                root += 1
            done.append((n, root))
    except queue.Empty:
        crashed.append(name)


workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(done))
print("crashed", crashed)
