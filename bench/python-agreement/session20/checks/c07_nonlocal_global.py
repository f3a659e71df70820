"""nonlocal in a closure, global in a nested function."""
import threading

result = 0
calls = 0


def make_counter(start):
    count = start

    def step(by):
        nonlocal count
        count += by
        return count

    return step


def worker():
    global result

    def bump():
        global calls
        calls += 1

    counter = make_counter(10)
    counter(1)
    counter(2)
    result = counter(3)
    bump()
    bump()


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
