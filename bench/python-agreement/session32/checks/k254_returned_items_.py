# A function returns `items[:]` of a module list; the caller appends to what it got: the module list changes
# only when the function returned the list itself.
import threading

items = [3, 1]
sizes = {}


def snapshot():
    return items[:]


def work():
    got = snapshot()
    got.append(9)
    sizes["got"] = len(got)
    sizes["items"] = len(items)


t = threading.Thread(target=work)
t.start()
t.join()
print(sizes)
