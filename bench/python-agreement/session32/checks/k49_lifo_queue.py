# LifoQueue: the last put comes out first.
import queue
import threading

stack = queue.LifoQueue()
out = []


def fill():
    for i in range(3):
        stack.put(i)


t = threading.Thread(target=fill)
t.start()
t.join()
for _ in range(3):
    out.append(stack.get())
print(out)
