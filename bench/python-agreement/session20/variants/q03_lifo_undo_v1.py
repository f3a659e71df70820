"""An editor's undo stack on a LifoQueue, filled by one thread and drained by another."""
import queue
import threading

undo_stack = queue.LifoQueue()
document = []
undone = []
edits_done = threading.Event()


def editor():
    for word in ["hello", "big", "world"]:
        document.append(word)
        undo_stack.put(word)
    edits_done.set()


def undoer(steps):
    edits_done.wait()
    for _ in range(steps):
        try:
            word = undo_stack.get_nowait()
        except queue.Empty:
            break
        document.pop()
        undone.append(word)


if __name__ == "__main__":
    e = threading.Thread(target=editor)
    u = threading.Thread(target=undoer, args=(2,))
    u.start()
    e.start()
    e.join()
    u.join()
    assert document == ["hello"]
    assert undone == ["world", "big"]
    remaining = undo_stack.qsize()
