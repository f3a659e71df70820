import threading

calls = 0
counts = [0, 0, 0]
r = {}


def pick():
    global calls
    calls += 1
    return 1


def work():
    counts[pick()] += 5
    a, b = 0, 5
    r["or"] = a or b
    r["and"] = b and 7
    r["bools"] = True * 3 + False
    x, y = 1, 1
    for _ in range(5):
        x, y = y, x + y
    r["fib"] = y
    data = [1, 2, 3, 4]
    data[1:3] = [9]
    r["slice"] = sum(data) * 10 + len(data)
    data *= 2
    r["double"] = len(data)
    d = {"a": 1, "b": 2}
    r["pop"] = d.pop("z", 40) + d.pop("a")
    merged = {**d, "c": 3}
    r["merged"] = len(merged) + merged["c"]
    r["any"] = int(any([])) * 10 + int(all([]))
    n = 0
    while n < 10:
        n += 3
        if n == 6:
            break
    else:
        n = -1
    r["while"] = n


def finally_wins():
    try:
        raise ValueError("x")
    finally:
        return 99  # noqa: B012


def work2():
    r["finally"] = finally_wins()


ts = [threading.Thread(target=work), threading.Thread(target=work2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
total = sum(r.values())
print(calls, counts, r, total)
