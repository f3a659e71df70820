"""Threads given lambdas with default arguments (early binding) and functools.partial in a loop."""
import functools
import threading

seen = []
lock = threading.Lock()


def record(tag, n):
    with lock:
        seen.append(tag * 10 + n)


if __name__ == "__main__":
    threads = []
    for i in range(3):
        threads.append(threading.Thread(target=functools.partial(record, 1, i)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seen.sort()
