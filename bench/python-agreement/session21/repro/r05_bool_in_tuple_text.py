# CPython: text = "(True, 'x')". weft: "complete", text = "(1, 'x')" (a bool in a tuple off a queue).
import queue

q = queue.Queue()
q.put((True, "x"))
item = q.get()
text = str(item)
