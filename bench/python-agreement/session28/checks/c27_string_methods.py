import queue
import threading

q: queue.Queue = queue.Queue()
parts = 0
cleaned = ""
joined = ""


def parse() -> None:
    global parts, cleaned, joined
    line = q.get()
    fields = line.strip().split(",")
    parts = len(fields)
    cleaned = fields[1].replace("-", "_").upper()
    joined = "/".join(fields[-2:])


t = threading.Thread(target=parse)
t.start()
q.put("  alpha,be-ta,gamma  ")
t.join()
print(parts, cleaned, joined)
assert parts == 3 and cleaned == "BE_TA" and joined == "be-ta/gamma"
