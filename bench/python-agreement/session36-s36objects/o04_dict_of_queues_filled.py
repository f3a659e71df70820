"""A module dict of queues filled by a loop of stores (`inboxes = {}` then `inboxes[name] =
queue.Queue()` per name): a broadcaster puts each message in every inbox, one reader per inbox
drains its own. The readers' unlocked `delivered += 1` is the program's bug (a lost update)."""
import queue
import threading

NAMES = ["amy", "bob", "cat"]
inboxes = {}
lock = threading.Lock()
for name in NAMES:
    inboxes[name] = queue.Queue()
received = {}
delivered = 0


def reader(name):
    global delivered
    inbox = inboxes[name]
    count = 0
    while True:
        message = inbox.get()
        if message is None:
            break
        count += 1
        delivered += 1
    received[name] = count


def broadcast(messages):
    for message in messages:
        for inbox in inboxes.values():
            inbox.put(message)
    for inbox in inboxes.values():
        inbox.put(None)


readers = [threading.Thread(target=reader, args=(n,)) for n in NAMES]
for t in readers:
    t.start()
broadcast(["hi", "bye"])
for t in readers:
    t.join()
print(sorted(received.items()), delivered)
