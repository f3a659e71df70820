# Check: list insert, remove, index, count, pop(0), extend, reverse in a thread. Bug: none.
import threading

items = [5, 3, 5, 1]
idx = 0
cnt = 0
head = 0


def worker():
    global idx, cnt, head
    items.insert(1, 9)
    items.remove(5)
    idx = items.index(5)
    cnt = items.count(5)
    head = items.pop(0)
    items.extend([7, 8])
    items.reverse()


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"items={items} idx={idx} cnt={cnt} head={head}")
