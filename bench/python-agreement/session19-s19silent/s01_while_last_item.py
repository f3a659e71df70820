import queue
import threading

q = queue.Queue()
for word in ["x", "y"]:
    q.put(word)
result = ""


def drain():
    global result
    last = "none"
    while not q.empty():
        last = q.get()
    result = last


if __name__ == "__main__":
    t = threading.Thread(target=drain)
    u = threading.Thread(target=drain)
    t.start()
    u.start()
    t.join()
    u.join()
