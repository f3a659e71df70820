# check: json.dumps spacing, key order, sort_keys and floats
import threading
import json

result = ""


def work():
    global result
    parts = []
    parts.append(json.dumps({"b": [1, 2], "a": None, "c": True}))
    parts.append(json.dumps({"b": 1, "a": 2}, sort_keys=True))
    parts.append(json.dumps([1.0, 0.1, "é"]))
    parts.append(json.dumps({"k": "v"}, separators=(",", ":")))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
