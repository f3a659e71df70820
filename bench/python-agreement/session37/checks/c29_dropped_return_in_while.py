import threading

log = []


def first_number(items):
    i = 0
    while i < len(items):
        if items[i].isdigit():
            return int(items[i])
        if items[i] == "!":
            return int("!")
        i += 1
    return -1


def worker(items):
    try:
        first_number(items)
        log.append("found")
    except ValueError:
        log.append("bang")


threads = [threading.Thread(target=worker, args=(it,)) for it in (["a", "3"], ["b", "!"], ["c"])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
