import threading

visitors = []
log = []


def visit(user):
    visitors.append(user)


threads = [threading.Thread(target=visit, args=(u,)) for u in ("ann", "bob", "ann")]
for t in threads:
    t.start()
for t in threads:
    t.join()
unique = len({v for v in visitors})
log.append(unique)
log.append(sorted({v.upper() for v in visitors}) == ["ANN", "BOB"])
print(log)  # ordered
