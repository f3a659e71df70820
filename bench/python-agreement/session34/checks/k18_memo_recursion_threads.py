# Two threads compute fib with a shared memo dict (no lock): benign race, calls counted.
import threading

memo = {0: 0, 1: 1}
calls = 0
answers = [0, 0]


def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    value = fib(n - 1) + fib(n - 2)
    memo[n] = value
    return value


def worker(slot, n):
    answers[slot] = fib(n)


threads = [threading.Thread(target=worker, args=(0, 6)), threading.Thread(target=worker, args=(1, 5))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(answers, calls, len(memo))
