"""Event.wait(timeout)'s return value: False when it times out, True when set."""
import threading
import time

ready = threading.Event()
never = threading.Event()
results = []


def waiter():
    first = ready.wait(1.0)
    results.append(1 if first else 0)
    second = never.wait(0.01)
    results.append(1 if second else 0)
    third = ready.is_set()
    results.append(1 if third else 0)


if __name__ == "__main__":
    t = threading.Thread(target=waiter)
    t.start()
    time.sleep(0.005)
    ready.set()
    t.join()
