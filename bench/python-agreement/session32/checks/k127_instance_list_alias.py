# Two instances given the same list: one's append shows in the other.
import threading


class Holder:
    def __init__(self, items):
        self.items = items


shared = []
a = Holder(shared)
b = Holder(shared)


def work():
    a.items.append(1)


t = threading.Thread(target=work)
t.start()
t.join()
print(len(b.items), len(shared))
