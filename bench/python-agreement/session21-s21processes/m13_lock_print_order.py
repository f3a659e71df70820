"""Processes append their names to a Manager list under a multiprocessing Lock."""
from multiprocessing import Lock, Manager, Process

names = 0


def report(lock, log, name):
    with lock:
        log.append(name)


if __name__ == "__main__":
    lock = Lock()
    with Manager() as manager:
        log = manager.list()
        procs = [Process(target=report, args=(lock, log, n)) for n in ["a", "b"]]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        names = len(log)
    assert names == 2
