import threading


class Registry:
    entries = []

    def __init__(self, name):
        self.name = name

    def register(self, item):
        self.entries.append(f"{self.name}:{item}")


r1 = Registry("a")
r2 = Registry("b")
threads = [threading.Thread(target=r1.register, args=(1,)), threading.Thread(target=r2.register, args=(2,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
n1 = len(r1.entries)
n2 = len(r2.entries)
print(n1, n2, sorted(Registry.entries))
