"""A reader walks sorted(log) while a writer appends: the copy is one C call, so the walk sees a snapshot."""
import threading

log = [5, 1]
seen = []


def writer():
    for n in [4, 2, 3]:
        log.append(n)


def reader():
    for n in sorted(log):
        seen.append(n)


threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
