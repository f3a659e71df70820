import queue
import threading

q = queue.Queue()
log = []


def handler():
    while True:
        msg = q.get()
        match msg:
            case ("add", n):
                log.append(f"add {n}")
            case ("del", n) if n > 0:
                log.append(f"del {n}")
            case "stop":
                break
            case _:
                log.append("unknown")


t = threading.Thread(target=handler)
t.start()
for m in [("add", 1), ("del", 0), ("del", 2), "noise", "stop"]:
    q.put(m)
t.join()
print(log)
