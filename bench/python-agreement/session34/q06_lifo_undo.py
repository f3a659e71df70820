# An undo stack shared by two editors: each pushes edits onto a LifoQueue; the main thread then undoes them
# all with get_nowait until Empty, replaying them against a document length.
import queue
import threading

undo = queue.LifoQueue()
document = {"length": 0}
doc_lock = threading.Lock()
undone = 0


def editor(edits):
    for delta in edits:
        with doc_lock:
            document["length"] += delta
        undo.put(delta)


editors = [threading.Thread(target=editor, args=(e,)) for e in ([5, 3], [2, -1])]
for e in editors:
    e.start()
for e in editors:
    e.join()

peak = document["length"]
while True:
    try:
        delta = undo.get_nowait()
    except queue.Empty:
        break
    document["length"] -= delta
    undone += 1

final_length = document["length"]
print(f"peak={peak} undone={undone} final={final_length}")
assert final_length == 0
