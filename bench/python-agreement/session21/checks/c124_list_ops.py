# list operations of a shared list
import threading

items = []
lock = threading.Lock()
out = []


def fill(values):
    with lock:
        for v in values:
            items.append(v)


t = threading.Thread(target=fill, args=([5, 3, 5, 1],))
t.start()
t.join()
out.append(items[-2])
out.append(min(items))
out.append(sum(items))
out.append(items.pop())
items.remove(5)
out.append(len(items))
out.append(items[0])
print(out, items)
