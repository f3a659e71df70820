# BUG: lost wake-up: the worker waits on the condition without checking a predicate, so a notify sent before it waits is lost
import threading

cond = threading.Condition()
results = []


def worker():
    results.append("setup")
    with cond:
        cond.wait()
    results.append("woken")


def main():
    t = threading.Thread(target=worker, daemon=True)
    t.start()
    with cond:
        cond.notify()
    t.join(timeout=1.0)
    print(results)
    assert not t.is_alive(), "worker never woke up"


main()
