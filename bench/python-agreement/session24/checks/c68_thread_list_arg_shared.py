"""The same with a Thread: args= hands the same list, so the thread's append is seen by main."""
import threading


def fill(items):
    items.append(99)


items = [1, 2]
t = threading.Thread(target=fill, args=(items,))
t.start()
t.join()
size = len(items)
print(size)
