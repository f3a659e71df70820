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
