# LEFT SILENT (engine): repr() of a dict made at run time and taken from a queue is "{'': None}" in
# weft (sim-core text.rs write_repr reads an object handle as a value); CPython "{'k': 200}".
import queue
import threading

codes = {"a": 200}
out: dict = {}
q: queue.Queue = queue.Queue()


def produce(key: str) -> None:
    code = codes[key]
    q.put({"k": code})


def consume() -> None:
    item = q.get()
    out["r"] = repr(item)


t = threading.Thread(target=produce, args=("a",))
c = threading.Thread(target=consume)
t.start()
c.start()
t.join()
c.join()
print(out)
