# setattr with the attribute's name written as text, in a thread, in a coroutine-free method and at module
# level, and getattr(obj, "name")() as a statement: each is the attribute write or method call it names.
import threading


class Box:
    def __init__(self):
        self.low = 0
        self.high = 0

    def widen(self):
        self.high += 10


box = Box()
setattr(box, "low", 1)


def fill():
    setattr(box, "high", box.low + 1)
    getattr(box, "widen")()


t = threading.Thread(target=fill)
t.start()
t.join()
print(box.low, box.high)
