# BUG: the two-field update is not atomic: `step` runs unlocked in one thread, so a swap can interleave with the other thread's
import threading


class Fib:
    def __init__(self):
        self.a = 0
        self.b = 1
        self.steps = 0

    def step(self):
        self.a, self.b = self.b, self.a + self.b
        self.steps += 1


class Pair:
    def __init__(self):
        self.left = "L"
        self.right = "R"
        self.lock = threading.Lock()

    def swap(self):
        with self.lock:
            self.left, self.right = self.right, self.left


fib = Fib()
pair = Pair()
slots = [1, 2, 3]


def work():
    for _ in range(2):
        fib.step()
    pair.swap()
    slots[0], slots[2] = slots[2], slots[0]


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("fib", fib.a, fib.b, fib.steps, "pair", pair.left, pair.right, "slots", slots)
