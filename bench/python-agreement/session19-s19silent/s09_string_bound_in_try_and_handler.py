# CPython 3.11.7, 10 runs: ok len(out)=1 out[0]=timeout (10 of 10). weft explore (s19silent): 1 outcome(s), complete; CPython's among them (not predicted: 0). weft-start: refused.
import queue, threading
q = queue.Queue()
out = []
def worker():
    item = "none"
    try:
        q.get(timeout=0.01)
        item = "got"
    except queue.Empty:
        item = "timeout"
    out.append(item)
threading.Thread(target=worker).start()
