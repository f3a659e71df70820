# Structural pattern matching on commands in a worker thread.
import queue
import threading

q = queue.Queue()
state = {"x": 0, "log": 0}


def worker():
    while True:
        cmd = q.get()
        match cmd:
            case ("move", n):
                state["x"] += n
            case ("log", _):
                state["log"] += 1
            case "stop":
                break
            case _:
                state["log"] -= 100


t = threading.Thread(target=worker)
t.start()
for c in [("move", 3), ("log", "hi"), ("move", -1), ("jump", 1), "stop"]:
    q.put(c)
t.join()
x = state["x"]
logs = state["log"]
print(x, logs)
