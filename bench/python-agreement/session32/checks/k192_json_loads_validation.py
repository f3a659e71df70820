# json.loads(text) as a bare statement validating payloads: JSONDecodeError (a ValueError) when bad.
import json
import threading

bad = 0


def validate(payloads):
    global bad
    for p in payloads:
        try:
            json.loads(p)
        except ValueError:
            bad += 1


t = threading.Thread(target=validate, args=(['{"a": 1}', "{oops", "[1, 2]"],))
t.start()
t.join()
print(bad)
