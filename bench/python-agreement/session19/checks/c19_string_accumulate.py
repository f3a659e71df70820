"""A string built with += in a thread, and a default string replaced only on one path."""
import queue
import threading

q = queue.Queue()
for word in ("alpha", "beta", "gamma"):
    q.put(word)
sentence = ""
last = ""


def reader():
    global sentence, last
    text = ""
    tail = "none"
    while not q.empty():
        w = q.get()
        text += w[0]
        if w == "gamma":
            tail = w
    sentence = text
    last = tail


if __name__ == "__main__":
    t = threading.Thread(target=reader)
    t.start()
    t.join()
