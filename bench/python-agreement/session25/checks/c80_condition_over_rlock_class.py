# check: a class with one RLock and a Condition over it; a locked method calls a waiting method
import threading
import time


class Mailbox:
    def __init__(self):
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._items = []

    def put(self, item):
        with self._lock:
            self._items.append(item)
            self._cond.notify()

    def _wait_for_item(self):
        with self._cond:
            return self._cond.wait_for(lambda: len(self._items) > 0, timeout=1)

    def take(self):
        with self._lock:
            if self._wait_for_item():
                return self._items.pop(0)
            return None


box = Mailbox()
got = []


def receiver():
    got.append(box.take())


def sender():
    time.sleep(0.02)
    box.put("hello")


threads = [threading.Thread(target=receiver), threading.Thread(target=sender)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
