"""A dropped call: `return float(text) * RATE` with a bad text."""
import threading

RATE = 3
caught = []
done = []


def convert(text):
    return float(text) * RATE


def worker(text):
    try:
        convert(text)
        done.append(text)
    except ValueError:
        caught.append(text)


threads = [threading.Thread(target=worker, args=(t,)) for t in ("1.5", "abc")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(caught), sorted(done))
