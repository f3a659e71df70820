import threading

rows = []
log = []


def add(name, points):
    rows.append((name, points))


threads = [threading.Thread(target=add, args=a) for a in (("x", 2), ("y", 2), ("z", 3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
ranked = sorted(rows, key=lambda r: r[1], reverse=True)
log.extend(name for name, _ in ranked)
log.append("|")
log.extend(name for name, _ in rows)
print(log)  # ordered
