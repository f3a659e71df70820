# BUG: lost update: two editors bump the shared revision number with a read, a sleep and a write, so a revision can be lost
import queue
import threading
import time

undo_stack = queue.LifoQueue()
document = {"revision": 0, "text": ""}


def editor(name, words):
    for word in words:
        rev = document["revision"]
        undo_stack.put((rev, name, word))
        time.sleep(0)
        document["revision"] = rev + 1


editors = [
    threading.Thread(target=editor, args=("ed", ["alpha", "beta"])),
    threading.Thread(target=editor, args=("flo", ["gamma"])),
]
for e in editors:
    e.start()
for e in editors:
    e.join()

history = []
while not undo_stack.empty():
    history.append(undo_stack.get_nowait())
print("revision", document["revision"], "edits", len(history), "last pushed", history[0][2])
