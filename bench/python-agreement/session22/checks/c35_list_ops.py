import threading

items = [5, 3, 8, 1]
out = []


def worker():
    items.append(9)
    items.append(7)
    first = items.pop(0)
    last = items.pop()
    items.remove(8)
    out.append(first)
    out.append(last)
    out.append(items[0])
    out.append(items[1])
    out.append(items[-1])
    out.append(len(items))


t = threading.Thread(target=worker)
t.start()
t.join()
print(items, out)
