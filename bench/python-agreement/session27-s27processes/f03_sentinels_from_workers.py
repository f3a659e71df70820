"""Imports: workers that share a lock each put the same sentinel when done; identical items have no
order to tell."""
from multiprocessing import Lock, Process, Queue, Value


def work(lock, total, done):
    for _ in range(3):
        with lock:
            total.value += 1
    done.put(None)


if __name__ == "__main__":
    lock = Lock()
    total = Value("i", 0, lock=False)
    done = Queue()
    procs = [Process(target=work, args=(lock, total, done)) for _ in range(2)]
    for p in procs:
        p.start()
    for _ in range(2):
        done.get()
    for p in procs:
        p.join()
    final = total.value
    print(final)
    assert final == 6
