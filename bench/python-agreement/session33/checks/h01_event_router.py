import queue
import threading

events = queue.Queue()
counts = {"click": 0, "view": 0, "unknown": 0}
errors = []


def web_source():
    events.put({"type": "click", "x": 1})
    events.put({"type": "view"})


def app_source():
    events.put({"x": 3})
    events.put({"type": "scroll"})


def router():
    while True:
        event = events.get()
        if event is None:
            break
        if "type" not in event:
            errors.append("no type")
            continue
        kind = event["type"]
        if kind in counts:
            counts[kind] += 1
        else:
            counts["unknown"] += 1


sources = [threading.Thread(target=web_source), threading.Thread(target=app_source)]
worker = threading.Thread(target=router)
worker.start()
for s in sources:
    s.start()
for s in sources:
    s.join()
events.put(None)
worker.join()
print(counts, errors)
