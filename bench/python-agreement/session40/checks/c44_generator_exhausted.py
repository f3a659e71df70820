# Check: a generator expression is used up by the first sum; the second sum is 0. Bug: reuse of an exhausted generator.
import threading

first = 0
second = 0


def worker():
    global first, second
    squares = (n * n for n in range(4))
    first = sum(squares)
    second = sum(squares)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"first={first} second={second}")
