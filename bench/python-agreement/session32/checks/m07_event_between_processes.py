# A multiprocessing.Event set by a child; the parent waits with a timeout.
import multiprocessing
import time

final = {}


def signal(ev):
    time.sleep(0.01)
    ev.set()


if __name__ == "__main__":
    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=signal, args=(ev,))
    p.start()
    final["got"] = 1 if ev.wait(2) else 0
    p.join()
    print(final)
