# check: a function's local list with a global list's name leaves the global list alone
import threading

items = [1, 2, 3]
sizes = []


def rebuild():
    items = []
    for n in range(5):
        items.append(n)
    sizes.append(len(items))


t = threading.Thread(target=rebuild)
t.start()
t.join()
sizes.append(len(items))
print(sizes)
