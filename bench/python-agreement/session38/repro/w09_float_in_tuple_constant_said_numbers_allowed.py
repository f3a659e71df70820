# WRONG WORDS (mild). CPython: [('', 0.0)]. weft (start binary): refused at 20:7 (the put), "a name that holds a
# tuple known at import time is put on a queue when its items are numbers, strings, None or lists of
# them ... and every binding of the name gives a tuple (... or `job = (1, "a")`)" -- `DONE` is bound
# once, to a tuple of a string and a number; the refusal's own conditions hold. With `("", 0)` (an int)
# it imports: the float is what is refused, and the words do not say so. (Held-out a05's EOF_MARK.)
import queue
import threading

log = []
DONE = ("", 0.0)
q = queue.Queue()


def consumer():
    log.append(q.get())


t = threading.Thread(target=consumer)
t.start()
q.put(DONE)
t.join()
print(log)
