"""Event.wait(timeout) and Condition.wait_for(pred, timeout) return whether the thing happened."""
import threading
import time

ready = threading.Event()
never = threading.Event()
cond = threading.Condition()
items = []
outcomes = {}


def setter():
    time.sleep(0.01)
    ready.set()


def waiter():
    outcomes["ready"] = int(ready.wait(timeout=1.0))
    outcomes["never"] = int(never.wait(timeout=0.02))
    with cond:
        outcomes["items"] = int(cond.wait_for(lambda: len(items) > 0, timeout=0.02))


if __name__ == "__main__":
    threads = [threading.Thread(target=setter), threading.Thread(target=waiter)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
