"""An exception kept in a name and raised again after the loop (`last_error = error` ... `raise
last_error`), in two threads that race on a shared budget of failures; the caller reads the message."""
import threading
import time


class Flaky(Exception):
    pass


budget = 3
lock = threading.Lock()
outcomes = {}


def attempt(name):
    global budget
    with lock:
        failing = budget > 0
        if failing:
            budget -= 1
    time.sleep(0.001)
    if failing:
        raise Flaky(f"{name} failed")
    return "ok"


def with_retry(name, tries):
    last_error = None
    for _ in range(tries):
        try:
            return attempt(name)
        except Flaky as error:
            last_error = error
    raise last_error


def worker(name, tries):
    try:
        outcomes[name] = with_retry(name, tries)
    except Flaky as error:
        outcomes[name] = str(error)
    except TypeError as error:
        outcomes[name] = "no attempt: " + str(error)


threads = [
    threading.Thread(target=worker, args=("a", 2)),
    threading.Thread(target=worker, args=("b", 2)),
    threading.Thread(target=worker, args=("c", 0)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("outcomes:", dict(sorted(outcomes.items())), "budget:", budget)
