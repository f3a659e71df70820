# BUG: push and pop update the top index outside the lock, so a pop can see a slot the pusher has not filled (SCTBench stack_bad)
import threading

SIZE = 4
OVERFLOW = -1
UNDERFLOW = -2


class Stack:
    def __init__(self):
        self.items = [0] * SIZE
        self.top = 0
        self.lock = threading.Lock()

    def push(self, value):
        if self.top == SIZE:
            return OVERFLOW
        with self.lock:
            slot = self.top
        self.top = slot + 1
        self.items[slot] = value
        return 0

    def pop(self):
        with self.lock:
            if self.top == 0:
                return UNDERFLOW
            self.top -= 1
            return self.items[self.top]


stack = Stack()
popped = []


def pusher(values):
    for v in values:
        stack.push(v)


def popper(times):
    for _ in range(times):
        value = stack.pop()
        if value != UNDERFLOW:
            popped.append(value)


p = threading.Thread(target=pusher, args=([7, 8],))
q = threading.Thread(target=popper, args=(2,))
p.start()
q.start()
p.join()
q.join()

top = stack.top
print(f"top={top} popped={popped}")
assert 0 not in popped, "popped an empty slot"
