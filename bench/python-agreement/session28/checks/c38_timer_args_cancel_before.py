import threading

calls: list[int] = []


def remind(who: int, times: int = 1) -> None:
    for _ in range(times):
        calls.append(who)


t1 = threading.Timer(0.01, remind, args=(5,), kwargs={"times": 2})
t2 = threading.Timer(0.01, remind, args=(9,))
t2.cancel()  # cancelled before it started
t1.start()
t2.start()
t1.join()
t2.join()
print(calls)
assert calls == [5, 5]
