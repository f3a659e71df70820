"""A dropped call whose return indexes a module list another thread shortened."""
import threading

SLOTS = [10, 20, 30]
caught = []
done = []


def slot(i):
    return SLOTS[i] * 2


def shrink():
    SLOTS.pop()


def worker():
    try:
        slot(2)
        done.append(1)
    except IndexError:
        caught.append(1)


s = threading.Thread(target=shrink)
s.start()
s.join()
w = threading.Thread(target=worker)
w.start()
w.join()
print(caught, done)
