# BUG: check-then-act on a LifoQueue: two undo threads both see one entry, one finds the stack empty
import queue
import threading

history = queue.LifoQueue()
undone = []
underflows = []


def undo(editor):
    if not history.empty():
        try:
            action = history.get_nowait()
        except queue.Empty:
            underflows.append(editor)
            return
        undone.append((editor, action))


for action in ["type 'hello'", "bold"]:
    history.put(action)

editors = [threading.Thread(target=undo, args=(f"ed{i}",)) for i in range(3)]
for e in editors:
    e.start()
for e in editors:
    e.join()
print("undone:", sorted(action for _, action in undone))
print("underflows:", len(underflows))
print("remaining:", history.qsize())
