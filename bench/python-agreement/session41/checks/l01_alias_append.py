# check: list aliasing: b = a then b.append
import threading

a = 0
b = 0


def work():
    global a, b
    items = [1, 2]
    alias = items
    alias.append(3)
    copy = items[:]
    copy.append(4)
    a = len(items)
    b = sum(items) * 10 + len(copy)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
