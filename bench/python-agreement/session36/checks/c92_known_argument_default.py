"""A selector with a default argument and a keyword call."""
import threading

counters = [threading.Semaphore(1), threading.Semaphore(1)]
taken = []


class Slot:
    def __init__(self, label):
        self.label = label


slots = [Slot("left"), Slot("right")]


def slot_for(side=0):
    return slots[side]


def worker(side):
    taken.append(slot_for(side=side).label)
    taken.append(slot_for().label)


threads = [threading.Thread(target=worker, args=(1,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(taken)
