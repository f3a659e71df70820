# CPython 3.11.7, 10 runs: ok len(out)=2 n=a names[0]=a names[1]=b out[0]=outer out[1]=a (10 of 10). weft explore (s19silent): 1 outcome(s), complete; CPython's among them (not predicted: 0).
import queue

q = queue.Queue()
out = []

if __name__ == "__main__":
    n = "outer"
    names = [n for n in ["a", "b"]]
    for x in names:
        q.put(x)
    out.append(n)
    n = q.get()
    out.append(n)
