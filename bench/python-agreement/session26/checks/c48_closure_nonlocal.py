import threading


def make_counter():
    count = 0
    lock = threading.Lock()

    def increment(times: int) -> None:
        nonlocal count
        for _ in range(times):
            with lock:
                count += 1

    def value() -> int:
        return count

    return increment, value


inc, get = make_counter()
inc2, get2 = make_counter()
threads = [threading.Thread(target=inc, args=(3,)), threading.Thread(target=inc, args=(4,)), threading.Thread(target=inc2, args=(1,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
first = get()
second = get2()
print(first, second)
