"""Requests "method:path" parsed by two workers with split into a fixed unpack (ValueError when the count
differs) and split(sep)[i]; `last_path` is the last writer's."""
import threading

last_path = ""
bad = 0
methods = ""


def parse(request):
    global last_path, bad, methods
    try:
        method, path = request.split(":")
    except ValueError:
        bad += 1
        return
    methods = methods + method.split("/")[0]
    last_path = path


threads = [threading.Thread(target=parse, args=(r,)) for r in ("GET:/a", "PUT:/b", "bad:x:y")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(last_path, bad, methods)
