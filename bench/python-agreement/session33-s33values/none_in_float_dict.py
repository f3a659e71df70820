# A dict of sleep durations (floats) where None marks a service with no delay to wait for, read by keys
# known at import time in threads: `delay is None` decides each thread's path. (The early-return form,
# `if delay is None: ... return` then `time.sleep(delay)`, is refused at the sleep: weft translates the
# sleep for the None too; see README.md.)
import threading
import time

DELAYS = {"fast": 0.001, "slow": 0.004, "off": None}
done = []
lock = threading.Lock()


def visit(name):
    delay = DELAYS[name]
    if delay is None:
        with lock:
            done.append(name + ":skipped")
    else:
        time.sleep(delay)
        with lock:
            done.append(name)


threads = [threading.Thread(target=visit, args=(n,)) for n in ["fast", "slow", "off"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
first = done[0]
print(done)
