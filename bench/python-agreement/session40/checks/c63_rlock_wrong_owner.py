# Check: releasing an RLock from a thread that does not own it raises RuntimeError. Bug: wrong thread releases (caught).
import threading

rl = threading.RLock()
errors = 0
depth = 0


def other():
    global errors
    try:
        rl.release()
    except RuntimeError:
        errors += 1


with rl:
    with rl:
        depth = 2
        t = threading.Thread(target=other)
        t.start()
        t.join()
print(f"errors={errors} depth={depth}")
