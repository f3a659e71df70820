import threading

routes = {}
hits = 0


def lookup(src, dst):
    global hits
    if routes.get((src, dst)) is not None:
        hits += 1


routes[(1, 2)] = "direct"
threads = [threading.Thread(target=lookup, args=(a, b)) for a, b in ((1, 2), (2, 3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(hits)
