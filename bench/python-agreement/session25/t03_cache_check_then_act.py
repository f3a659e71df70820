# BUG: check-then-act on a shared cache: two threads can both miss and both compute the value
import threading
import time

cache = {}
compute_calls = []


def expensive_square(n):
    compute_calls.append(n)
    time.sleep(0.01)  # pretend this is a slow database call
    return n * n


def get(n):
    if n not in cache:
        value = expensive_square(n)
        cache[n] = value
    return cache[n]


answers = []


def client():
    answers.append(get(12))


threads = [threading.Thread(target=client) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("answers", answers)
print("computed", len(compute_calls), "times")
assert len(compute_calls) == 1, "value computed more than once"
