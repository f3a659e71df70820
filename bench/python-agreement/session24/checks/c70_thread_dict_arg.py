"""A dict handed to a Thread in args= is the same object: the thread's write is seen by main."""
import threading


def mark(record):
    record["seen"] = 1


record = {"seen": 0}
t = threading.Thread(target=mark, args=(record,))
t.start()
t.join()
seen = record["seen"]
print(seen)
