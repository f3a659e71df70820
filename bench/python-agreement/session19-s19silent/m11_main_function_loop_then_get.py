# CPython 3.11.7, 10 runs: ok len(seen)=1 seen['a']=1 (10 of 10). weft explore (s19silent): 1 outcome(s), complete; CPython's among them (not predicted: 0).
import queue

q = queue.Queue()
seen = {}


def main():
    for name in ["a", "b"]:
        q.put(name)
    if q.qsize() > 1:
        name = q.get()
    seen[name] = 1


if __name__ == "__main__":
    main()
