"""A dict handed to a Thread with kwargs=: the same object, so the thread's write shows in main."""
import threading


def mark(record, value=0):
    record["seen"] = value


record = {"seen": 0}
t = threading.Thread(target=mark, kwargs={"record": record, "value": 5})
t.start()
t.join()
seen = record["seen"]
print(seen)
