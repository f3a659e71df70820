# divmod of negatives and of floats known only at run time (thread arguments through a queue), pow with
# a modulus (negative modulus, an inverse), int(text, base) of texts known at import time.
import queue
import threading

out: dict[str, object] = {}
lock = threading.Lock()
items: "queue.Queue[tuple[str, int, int]]" = queue.Queue()


def work() -> None:
    while True:
        name, a, b = items.get()
        if b == 0:
            return
        q, r = divmod(a, b)
        fq, fr = divmod(a * 1.0, b)
        with lock:
            out[name + "_q"] = q
            out[name + "_r"] = r
            out[name + "_fq"] = fq
            out[name + "_fr"] = fr


def constants(tag: str, text: str) -> None:
    with lock:
        out[tag + "_hex"] = int(text, 16)
        out[tag + "_pow"] = pow(7, 13, -11)
        out[tag + "_inverse"] = pow(3, -1, 7)
        out[tag + "_base0"] = int("0x_1F", 0)
        out[tag + "_bin"] = int(" -101 ", 2)
        out[tag + "_36"] = int("zz", 36)
        q, r = divmod(-7, 2)
        out[tag + "_static"] = q * 10 + r


items.put(("p", 7, 2))
items.put(("n", -7, 2))
items.put(("m", 7, -2))
items.put(("z", 0, 5))
items.put(("stop", 0, 0))
threads = [
    threading.Thread(target=work),
    threading.Thread(target=constants, args=("k", "-1a")),
    threading.Thread(target=constants, args=("j", "FF")),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out.items()))
