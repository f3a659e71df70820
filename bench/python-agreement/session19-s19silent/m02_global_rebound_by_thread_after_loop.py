import queue
import threading

q = queue.Queue()
q.put("late")
seen = []

for status in ["a", "b"]:
    seen.append(status)


def worker():
    global status
    status = q.get()


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    seen.append(status)
