# check: reads of a shared list filled by threads: negative indexes, slices, sum/min/max, sorted
import threading

readings = []
lock = threading.Lock()


def sensor(values):
    for v in values:
        with lock:
            readings.append(v)


t = threading.Thread(target=sensor, args=([5, -3, 9, 1],))
t.start()
t.join()
last = readings[-1]
second_last = readings[-2]
tail = readings[-2:]
total = sum(readings)
low = min(readings)
high = max(readings)
ordered = sorted(readings)
popped = readings.pop(0)
remaining = len(readings)
print(last, second_last, tail, total, low, high, ordered, popped, remaining)
