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
    got_ready = ready.wait(timeout=1.0)
    outcomes["ready"] = int(got_ready)
    got_never = never.wait(timeout=0.02)
    outcomes["never"] = int(got_never)
    with cond:
        got_items = cond.wait_for(lambda: len(items) > 0, timeout=0.02)
        outcomes["items"] = int(got_items)


if __name__ == "__main__":
    threads = [threading.Thread(target=setter), threading.Thread(target=waiter)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
