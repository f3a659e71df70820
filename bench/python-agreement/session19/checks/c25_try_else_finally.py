"""The order of effects of try / except / else / finally, and a return inside `with lock`."""
import threading

trail = []
lock = threading.Lock()


def step(n):
    try:
        if n == 1:
            raise ValueError("one")
    except ValueError:
        trail.append(f"except{n}")
    else:
        trail.append(f"else{n}")
    finally:
        trail.append(f"finally{n}")


def guarded():
    with lock:
        return 5


released = 0

if __name__ == "__main__":
    for n in range(2):
        t = threading.Thread(target=step, args=(n,))
        t.start()
        t.join()
    value = guarded()
    if lock.acquire(blocking=False):
        released = 1
        lock.release()
