# Known bug: the worker clears the event after waking, but the second set() can land before the clear and is lost; the worker then waits forever on round 2.
import threading

ready = threading.Event()
rounds_seen = 0


def worker():
    global rounds_seen
    for _ in range(2):
        ready.wait()
        rounds_seen += 1
        ready.clear()


t = threading.Thread(target=worker, daemon=True)
t.start()
ready.set()
ready.set()
t.join(timeout=0.3)
print("rounds seen:", rounds_seen)
