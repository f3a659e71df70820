import threading

shared = []
alias = shared
sizes = []


class Holder:
    def __init__(self, items):
        self.items = items


h1 = Holder(shared)
h2 = Holder(shared)


def worker():
    alias.append(1)
    h1.items.append(2)
    h2.items.append(3)
    sizes.append(len(shared))
    sizes.append(len(h2.items))


t = threading.Thread(target=worker)
t.start()
t.join()
print(sizes, shared)
