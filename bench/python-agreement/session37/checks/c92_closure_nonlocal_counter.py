import threading

log = []


def make_counter():
    count = 0
    lock = threading.Lock()

    def bump():
        nonlocal count
        with lock:
            count += 1

    def value():
        return count

    return bump, value


bump, value = make_counter()
threads = [threading.Thread(target=bump) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(value())
print(log)  # ordered
