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
