"""A dropped call whose return is an f-string of int(text)."""
import threading

caught = []
done = []


def label(text):
    return f"#{int(text)}"


def worker(text):
    try:
        label(text)
        done.append(text)
    except ValueError:
        caught.append(text)


threads = [threading.Thread(target=worker, args=(t,)) for t in ("3", "x")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(caught), sorted(done))
