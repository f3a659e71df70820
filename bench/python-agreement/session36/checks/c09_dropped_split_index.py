"""A dropped call: `return text.split(",")[2]` of a short text (IndexError)."""
import threading

caught = []
done = []


def third(text):
    return text.split(",")[2]


def worker(text):
    try:
        third(text)
        done.append(text)
    except IndexError:
        caught.append(text)


threads = [threading.Thread(target=worker, args=(t,)) for t in ("a,b,c", "a,b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(caught), sorted(done))
