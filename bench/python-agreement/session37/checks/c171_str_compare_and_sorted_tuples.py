import threading

log = []
rows = []


def add(row):
    rows.append(row)


threads = [threading.Thread(target=add, args=(r,)) for r in (("b", 2), ("a", 3), ("b", 1))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(min(rows))
log.append(max(rows))
log.append(sorted(rows)[1])
log.append(("a", 9) < ("b", 0))
print(log)  # ordered
