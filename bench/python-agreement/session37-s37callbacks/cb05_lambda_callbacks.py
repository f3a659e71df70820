# Lambdas as subscribers whose bodies compute on their parameter (a method of a string, arithmetic),
# kept in a bus's list and called by a publisher thread each: weft writes each lambda as a function of
# the module (it reads only its parameters and the module's names), so each call is followed.
import threading

lines = []
lines_lock = threading.Lock()
score = {"points": 0}


def record(channel, text):
    with lines_lock:
        lines.append(f"{channel}:{text}")


def add_points(n):
    with lines_lock:
        score["points"] += n


class Bus:
    def __init__(self):
        self._listeners = []

    def listen(self, callback):
        self._listeners.append(callback)

    def emit(self, message, weight):
        for listener in self._listeners:
            listener(message, weight)


bus = Bus()
bus.listen(lambda message, weight: record("loud", message.upper()))
bus.listen(lambda message, weight: add_points(weight * 10 + 1))
bus.listen(lambda message, weight: record("quiet", message.lower()))

threads = [
    threading.Thread(target=bus.emit, args=("hi", 1)),
    threading.Thread(target=bus.emit, args=("there", 2)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"points={score['points']} lines={sorted(lines)}")
assert score["points"] == 32
