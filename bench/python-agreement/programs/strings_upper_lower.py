"""Names taken from a queue shouted with `.upper()` of an f-string made at run time; a constant lowered at import time."""
import queue
import threading

names = queue.Queue()
shouted = []


def shout():
    while True:
        name = names.get()
        if name is None:
            break
        shouted.append(f"{name}!".upper())


def feed():
    for n in ["ann", "Bob"]:
        names.put(n)
    names.put(None)


workers = [threading.Thread(target=shout), threading.Thread(target=feed)]
for w in workers:
    w.start()
for w in workers:
    w.join()
quiet = "LOUD".lower()
print(shouted, quiet)
