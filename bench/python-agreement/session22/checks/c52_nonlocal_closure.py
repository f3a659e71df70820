import threading

summary = []


def make_counter():
    count = 0
    lock = threading.Lock()

    def increment(n):
        nonlocal count
        for _ in range(n):
            with lock:
                count += 1

    def value():
        return count

    return increment, value


inc, val = make_counter()
threads = [threading.Thread(target=inc, args=(3,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
summary.append(val())
print(summary)
