# A recursion whose end depends on a value read when the program runs (a queue's item): weft cannot
# bound it at import time and refuses it at the call, saying to write it as a loop
import queue

q = queue.Queue()
q.put(3)
total = 0


def drain(n):
    global total
    if n == 0:
        return
    total += n
    drain(n - 1)


drain(q.get())
print("total:", total)
