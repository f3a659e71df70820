import threading

events: list[str] = []
lock = threading.Lock()


def guarded(n: int) -> int:
    lock.acquire()
    try:
        if n > 1:
            return n * 2
        events.append(f"small {n}")
        return n
    finally:
        lock.release()
        events.append(f"released {n}")


results: list[int] = []


def run(n: int) -> None:
    results.append(guarded(n))


for n in (1, 2):
    t = threading.Thread(target=run, args=(n,))
    t.start()
    t.join()
total = sum(results)
print(events, results)
