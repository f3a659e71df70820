# `if key in d:` then `d[key]` while another thread deletes the key: KeyError in some orders.
import threading

sessions = {"ann": 3, "bob": 5}
reads = []
missed = 0


def expire():
    del sessions["ann"]


def lookup():
    global missed
    if "ann" in sessions:
        try:
            reads.append(sessions["ann"])
        except KeyError:
            missed += 1


threads = [threading.Thread(target=lookup), threading.Thread(target=expire)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(reads, missed, len(sessions))
