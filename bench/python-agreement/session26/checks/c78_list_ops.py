import threading

backlog: list[int] = [5, 3, 9]
done: list[int] = []
lock = threading.Lock()
found = 0
removed = 0


def shuffle(x: int) -> None:
    global found, removed
    with lock:
        backlog.append(x * 2)
        if 9 in backlog:
            found += 1
            backlog.remove(9)
            removed += 1
        first = backlog.pop(0)
        done.append(first)
        last = backlog[-1]
        done.append(last)
        backlog.sort()


threads = [threading.Thread(target=shuffle, args=(x,)) for x in (7, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
size = len(backlog)
print(backlog, done, found, removed)
