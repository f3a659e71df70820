import threading

pairs = []


def work(name, score):
    pairs.append((score, name))


threads = [threading.Thread(target=work, args=a) for a in [("x", 2), ("y", 1), ("z", 2), ("w", 1)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
ranked = sorted(pairs, key=lambda p: p[0], reverse=True)
names = [p[1] for p in ranked]
print(names)
