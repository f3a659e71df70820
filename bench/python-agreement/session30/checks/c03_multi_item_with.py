import threading

a = threading.Lock()
b = threading.Lock()
total = 0
log = []


def move(n):
    global total
    with a, b:
        value = total
        log.append(n)
        total = value + n


threads = [threading.Thread(target=move, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total, len(log))
