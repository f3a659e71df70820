"""A closure's counter (nonlocal) bumped from threads under a lock; the enclosing function returns it."""
import threading


def run_batch(n):
    count = 0
    lock = threading.Lock()

    def bump():
        nonlocal count
        with lock:
            count += 1

    threads = [threading.Thread(target=bump) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return count


total = run_batch(4)
print(total)
