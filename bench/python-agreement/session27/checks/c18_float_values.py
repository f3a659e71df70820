"""True division gives floats; float text: 0.1 + 0.2, 1e16, 5.0."""
import threading

vals: dict[str, float] = {}
texts: dict[str, str] = {}


def compute(a: int, b: int) -> None:
    vals["half"] = a / b
    vals["exact"] = 10 / 2
    vals["sum"] = 0.1 + 0.2
    texts["sum"] = str(0.1 + 0.2)
    texts["big"] = str(1e16)
    texts["five"] = str(10 / 2)
    texts["third"] = repr(1 / 3)
    texts["round"] = str(round(2.675, 2))


t = threading.Thread(target=compute, args=(7, 2))
t.start()
t.join()
print(vals, texts)
