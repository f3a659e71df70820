"""A dropped call whose return calls a helper whose return raises: `return helper(t) + 1`."""
import threading

caught = []
done = []


def helper(text):
    return int(text)


def parse(text):
    return helper(text) + 1


def worker(text):
    try:
        parse(text)
        done.append(text)
    except ValueError:
        caught.append(text)


threads = [threading.Thread(target=worker, args=(t,)) for t in ("5", "five")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(caught), sorted(done))
