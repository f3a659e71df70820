# A handler looked up by a key taken from a queue: known only when the program runs.
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
