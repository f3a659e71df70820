# SILENT ERROR (weft-start f99a086), same root as r04: after a module-level `for name in [...]` that weft
# unrolls, every read of `name` rebound from `q.get()` is the loop's last constant: append, f-string, `==`.
# CPython: out=["a","b"], tags=["t-a","t-b"], hits=1; weft explore "complete": out=["b","b"], tags=["t-b","t-b"], hits=0.
import queue
q = queue.Queue()
out = []
tags = []
hits = 0
if __name__ == "__main__":
    for name in ["a", "b"]:
        q.put(name)
    for _ in range(2):
        name = q.get()
        out.append(name)
        tags.append(f"t-{name}")
        if name == "a":
            hits += 1
