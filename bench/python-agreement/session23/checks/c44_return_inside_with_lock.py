# check: a return inside `with lock:` releases the lock; an exception inside it too
import threading

lock = threading.Lock()
marks = []


def early(n):
    with lock:
        if n > 0:
            return n * 2
        marks.append(0)
    return -1


def raising():
    with lock:
        raise KeyError("k")


def main():
    marks.append(early(3))
    try:
        raising()
    except KeyError:
        marks.append(7)
    t = threading.Thread(target=lambda: marks.append(early(0)))
    t.start()
    t.join()


main()
