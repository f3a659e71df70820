# The text of a dict with string keys in an f-string, as session22/f04 raises it: a worker describes
# a shared record another thread updates; the text holds the value at the moment it is read.
import threading

record = {"id": 1}
lock = threading.Lock()
messages = []


def bump():
    with lock:
        record["id"] += 1


def describe():
    with lock:
        messages.append(f"record {record}")


threads = [threading.Thread(target=bump), threading.Thread(target=describe)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(messages)
