import threading

trace: list[int] = []


def step() -> int:
    try:
        trace.append(1)
        raise KeyError("k")
    except LookupError:
        trace.append(2)
        return 5
    finally:
        trace.append(3)


result = 0


def runner() -> None:
    global result
    result = step()


t = threading.Thread(target=runner)
t.start()
t.join()
print(trace, result)
assert trace == [1, 2, 3] and result == 5
