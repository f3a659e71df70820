# A handler looked up by a key taken from a queue: known only when the program runs.
# CPython 3.11.7 (10 runs): prints nothing, ends normally. weft import: refused at the item call (10:5); before session 19 the call was dropped silently once a dict of functions imported.
import queue, threading
def on_a():
    pass
HANDLERS = {"a": on_a}
q = queue.Queue()
def worker():
    kind = q.get()
    HANDLERS[kind]()
q.put("a")
t = threading.Thread(target=worker)
t.start()
t.join()
