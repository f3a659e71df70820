import threading

groups = {}


def tagger(tag, item):
    groups.setdefault(tag, []).append(item)


threads = [threading.Thread(target=tagger, args=(t, i)) for t, i in (("x", 1), ("x", 2), ("y", 3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted((k, sorted(v)) for k, v in groups.items()))
