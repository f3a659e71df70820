# CPython 3.11.7, 10 runs: ok label=a len(out)=2 out[0]=a out[1]=done (10 of 10). weft explore (s19silent): 1 outcome(s), complete; CPython's among them (not predicted: 0).
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
