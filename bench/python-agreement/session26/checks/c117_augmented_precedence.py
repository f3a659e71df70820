import threading

out: dict[str, int] = {}
text = ""
g = 100
lock = threading.Lock()


def work(a: int, b: int, c: int) -> None:
    global text, g
    x = 100
    x -= a - b
    y = 10
    y *= a + b
    z = 50
    z //= a + 1
    w = 17
    w %= a + b
    v = 20
    v -= a if c else b
    u = 3
    u = u ** (a - 3)
    s = 7
    s -= -a
    with lock:
        out["minus"] = x
        out["times"] = y
        out["floordiv"] = z
        out["mod"] = w
        out["cond"] = v
        out["pow"] = u
        out["neg"] = s
        text += "a" if c else "b"
        g -= a - b


t = threading.Thread(target=work, args=(5, 3, 0))
t.start()
t.join()
n = len(out)
