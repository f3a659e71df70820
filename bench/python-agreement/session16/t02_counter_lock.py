# no bug: every increment of the shared counter holds the lock
import threading

counter = 0
counter_lock = threading.Lock()


def increment(times):
    global counter
    for _ in range(times):
        with counter_lock:
            counter += 1


if __name__ == "__main__":
    workers = []
    for i in range(4):
        t = threading.Thread(target=increment, args=(25,), name=f"worker-{i}")
        workers.append(t)
        t.start()
    for t in workers:
        t.join()
    print("counter:", counter)
    assert counter == 100
