# list.index as a bare statement validating membership (ValueError when absent).
import threading

allowed = ["red", "green"]
bad = 0


def validate(colors):
    global bad
    for c in colors:
        try:
            allowed.index(c)
        except ValueError:
            bad += 1


t = threading.Thread(target=validate, args=(["red", "blue"],))
t.start()
t.join()
print(bad)
