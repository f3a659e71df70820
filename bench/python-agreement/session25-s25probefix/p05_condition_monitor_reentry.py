# A monitor class: every method takes `with self._cond:` and `put` calls `size()`, another locked
# method, so the default Condition()'s own lock (an RLock) is taken twice. A consumer waits in a
# nested `with`; wait() releases both levels.
import threading


class Box:
    def __init__(self):
        self._cond = threading.Condition()
        self._items = []

    def size(self):
        with self._cond:
            return len(self._items)

    def put(self, item):
        with self._cond:
            self._items.append(item)
            if self.size() >= 2:
                self._cond.notify_all()

    def take_two(self):
        with self._cond:
            with self._cond:
                while len(self._items) < 2:
                    self._cond.wait()
                return self._items[0] + self._items[1]


box = Box()
total = []


def consumer():
    total.append(box.take_two())


def producer():
    box.put(3)
    box.put(4)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print(total)
