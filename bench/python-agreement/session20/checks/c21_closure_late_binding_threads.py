"""Threads whose targets are closures made in a loop: late binding of the loop variable vs a default."""
import threading

late_seen = []
bound_seen = []
lock = threading.Lock()


def make_threads():
    threads = []
    for i in range(3):
        def late():
            with lock:
                late_seen.append(i)
        threads.append(threading.Thread(target=late))
    return threads


if __name__ == "__main__":
    threads = make_threads()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    workers = [threading.Thread(target=lambda k=k: bound_seen.append(k)) for k in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    late_seen.sort()
    bound_seen.sort()
