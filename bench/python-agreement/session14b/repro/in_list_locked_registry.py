# Expected: a locked "add if absent" registry keeps one "a" (reg.items == ["a"], no bug). weft reads `x not in self.items` as a test of the indices and lists only ["a", "a"], claimed complete: a false bug in a correct program.
import threading


class Registry:
    def __init__(self):
        self.items = []
        self.lock = threading.Lock()

    def add(self, x):
        with self.lock:
            if x not in self.items:
                self.items.append(x)


reg = Registry()
reg.add("a")
reg.add("a")
print(reg.items)
