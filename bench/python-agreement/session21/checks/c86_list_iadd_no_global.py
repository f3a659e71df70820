# items += [x] rebinds the name: without `global` it is UnboundLocalError; items.append is fine
import threading

items = []


def good():
    items.append(1)


def bad():
    items += [2]


for target in [good, bad]:
    t = threading.Thread(target=target)
    t.start()
    t.join()
print(items)
