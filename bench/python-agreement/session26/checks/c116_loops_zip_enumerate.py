import threading

out: dict[str, int] = {}
pairs: list[int] = []
lock = threading.Lock()


def walk(xs: list[int], ys: list[int]) -> None:
    total = 0
    for a, b in zip(xs, ys):
        total += a * b
    weighted = 0
    for i, x in enumerate(xs, 1):
        weighted += i * x
    backwards = 321
    countdown = 0
    for i in range(len(xs) - 1, -1, -1):
        countdown = countdown * 10 + xs[i]
    with lock:
        out["zip"] = total
        out["enum"] = weighted
        out["rev"] = backwards
        out["countdown"] = countdown
        for x, y in zip(xs, ys):
            pairs.append(x - y)


t = threading.Thread(target=walk, args=([1, 2, 3], [4, 5]))
t.start()
t.join()
n = len(out)
