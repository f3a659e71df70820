import queue

q = queue.Queue()
label = "none"
out = []

if __name__ == "__main__":
    for word in ["a"]:
        q.put(word)
    if not q.empty():
        word = q.get()
        label = word
    if q.empty():
        word = "done"
    out.append(label)
    out.append(word)
