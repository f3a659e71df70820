import threading

pairs = []
names = ["ann", "bob", "cy"]


def worker():
    for i, name in enumerate(names):
        pairs.append(f"{i}:{name}")
    for a, b in zip(names, range(10, 0, -3)):
        pairs.append(f"{a}{b}")
    for n in range(10, 0, -4):
        pairs.append(str(n))


t = threading.Thread(target=worker)
t.start()
t.join()
print(pairs)
