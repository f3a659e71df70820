# List operations on a list made at run time: slices, index, count, reverse, comprehension filter, zip.
import threading

r = {}


def work(n):
    xs = [i * i for i in range(n)]
    r["slice"] = sum(xs[1:4])
    r["step"] = sum(xs[::2])
    r["rev"] = xs[::-1][0]
    r["idx"] = xs.index(9)
    r["cnt"] = xs.count(4)
    r["even"] = len([x for x in xs if x % 2 == 0])
    r["zip"] = sum(a * b for a, b in zip(xs, range(n)))
    r["enum"] = sum(i for i, x in enumerate(xs) if x > 5)
    r["any"] = 1 if any(x > 20 for x in xs) else 0
    r["all"] = 1 if all(x >= 0 for x in xs) else 0
    r["neg"] = xs[-2]


t = threading.Thread(target=work, args=(6,))
t.start()
t.join()
print(r)
