# BUG: order violation: the worker may read the settings before they are filled in
import threading

settings = {}
seen = []


def serve():
    greeting = settings.get("greeting", "-")
    repeat = settings.get("repeat", 1)
    seen.append(" ".join([greeting] * repeat))
    row = [0] * repeat
    seen.append(len(row))


worker = threading.Thread(target=serve)
worker.start()
settings["greeting"] = "hi"
settings["repeat"] = 3
worker.join()
print(seen)
assert seen[0] == "hi hi hi", seen
