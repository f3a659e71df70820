# CPython 3.11.7, 10 runs: ok len(out)=3 out[0]=a out[1]=b out[2]=b (10 of 10). weft explore (s19silent): 1 outcome(s), complete; CPython's among them (not predicted: 0).
import queue

q = queue.Queue()
out = []

if __name__ == "__main__":
    for item in ["a", "b"]:
        q.put(item)
    while not q.empty():
        item = q.get()
        out.append(item)
    out.append(item)
