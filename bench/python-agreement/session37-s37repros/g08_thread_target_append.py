"""The callee is a thread's target: a thread per list of a display appends to it, joined in the loop."""
import threading

sizes = []


def grow(items):
    items.append(0)


for items in ([1, 2], [3]):
    t = threading.Thread(target=grow, args=(items,))
    t.start()
    t.join()
    sizes.append(len(items))
print(sizes)
