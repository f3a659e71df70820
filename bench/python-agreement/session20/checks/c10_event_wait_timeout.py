"""Event.wait(timeout)'s return value: False when it times out, True when set."""
import threading
import time

ready = threading.Event()
never = threading.Event()
results = []


def waiter():
    results.append(1 if ready.wait(1.0) else 0)
    results.append(1 if never.wait(0.01) else 0)
    results.append(1 if ready.is_set() else 0)


if __name__ == "__main__":
    t = threading.Thread(target=waiter)
    t.start()
    time.sleep(0.005)
    ready.set()
    t.join()
