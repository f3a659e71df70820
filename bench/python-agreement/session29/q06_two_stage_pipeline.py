import queue
import threading

raw = queue.Queue()
parsed = queue.Queue()
output = []
STOP = -1


def parse_stage():
    while True:
        line = raw.get()
        if line == STOP:
            parsed.put(STOP)
            break
        parsed.put(line + 100)


def store_stage():
    while True:
        record = parsed.get()
        if record == STOP:
            break
        output.append(record)


stages = [threading.Thread(target=parse_stage), threading.Thread(target=store_stage)]
for s in stages:
    s.start()
for line in [1, 2, 3]:
    raw.put(line)
raw.put(STOP)
for s in stages:
    s.join()

leftover = 0
try:
    while True:
        parsed.get_nowait()
        leftover += 1
except queue.Empty:
    pass
print(output, leftover)
