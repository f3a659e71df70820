import threading

found = []
items = [3, 8, 12]


def search(target):
    for x in items:
        if x == target:
            found.append(f"found {x}")
            break
    else:
        found.append(f"missing {target}")
    n = 0
    while n < 3:
        n += 1
        if n == target:
            break
    else:
        found.append(f"while else {target}")


threads = [threading.Thread(target=search, args=(t,)) for t in (8, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
found.sort()
print(found)
