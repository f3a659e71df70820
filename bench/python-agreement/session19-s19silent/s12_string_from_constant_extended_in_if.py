# CPython 3.11.7, 10 runs: ok len(out)=2 out[0]=p-x out[1]=p- (10 of 10). weft explore (s19silent): 3 outcome(s), complete; CPython's among them (not predicted: 0). weft-start: refused.
import queue, threading
PREFIX = "p-"
q = queue.Queue()
out = []
def worker():
    label = PREFIX
    if not q.empty():
        label += q.get()
    out.append(label)
q.put("x")
a = threading.Thread(target=worker); b = threading.Thread(target=worker)
a.start(); b.start(); a.join(); b.join()
