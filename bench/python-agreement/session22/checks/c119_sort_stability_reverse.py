import threading

pairs = []
out = []


def fill():
    for name, score in (("ann", 2), ("bob", 1), ("cy", 2), ("dee", 1), ("ed", 3)):
        pairs.append((score, name))


def rank():
    by_score = sorted(pairs, key=lambda p: p[0], reverse=True)
    for score, name in by_score:
        out.append(name)
    asc = sorted(pairs, key=lambda p: p[0])
    for score, name in asc:
        out.append(name)


t = threading.Thread(target=fill)
t.start()
t.join()
r = threading.Thread(target=rank)
r.start()
r.join()
print(out)
