"""On Linux (fork), a child sees the parent's globals as they were at start(); later parent changes are not seen."""
import multiprocessing

setting = 1


def report(q):
    q.put(setting)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    setting = 2
    p = multiprocessing.Process(target=report, args=(q,))
    p.start()
    setting = 3
    child_setting = q.get()
    p.join()
    print(child_setting, setting)
