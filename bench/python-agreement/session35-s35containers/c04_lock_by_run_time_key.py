# A helper returns the lock of a key taken from a queue when the program runs: refused, since which lock each call gives is known only then.
import queue
import threading

locks = [threading.Lock(), threading.Lock()]
counts = [0, 0]
work = queue.Queue()


def lock_for(key):
    return locks[key]


def worker():
    while True:
        key = work.get()
        if key is None:
            break
        with lock_for(key):
            counts[key] += 1


def main():
    for key in [0, 1, 1]:
        work.put(key)
    work.put(None)
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    print(counts)


main()
