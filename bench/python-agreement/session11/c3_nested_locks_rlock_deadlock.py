"""A plain Lock taken twice by the same thread deadlocks (it is not reentrant)."""
import threading

lock = threading.Lock()
done = 0


def inner():
    global done
    with lock:
        done += 1


def outer():
    with lock:
        inner()


t = threading.Thread(target=outer, daemon=True)
t.start()
t.join(timeout=0.2)
print(done)
