# A generator walks a list by index while the loop body appends to it.
import threading

items = [1]
out = []


def walk():
    i = 0
    while i < len(items):
        yield items[i]
        i += 1


def work():
    for x in walk():
        out.append(x)
        if x < 3:
            items.append(x + 1)


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
