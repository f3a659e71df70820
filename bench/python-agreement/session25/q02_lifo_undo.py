import queue
import threading

undo_stack = queue.LifoQueue(maxsize=10)
document = []


def editor(edits):
    for edit in edits:
        document.append(edit)
        undo_stack.put((len(document), edit))


def undoer(count, undone):
    for _ in range(count):
        position, edit = undo_stack.get(timeout=1)
        undone.append(f"{position}:{edit}")


writer = threading.Thread(target=editor, args=(["a", "b", "c", "d"],))
writer.start()
writer.join()

undone = []
u = threading.Thread(target=undoer, args=(3, undone))
u.start()
u.join()

print("undone", undone)
print("left", undo_stack.qsize(), "document", "".join(document))
