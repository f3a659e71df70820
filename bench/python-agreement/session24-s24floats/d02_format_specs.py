# Averages computed at run time and printed with format specs, %-formatting and round().
import threading

totals = {"a": 0, "b": 0}
counts = {"a": 0, "b": 0}
lines = []
lock = threading.Lock()


def record(name, values):
    for v in values:
        with lock:
            totals[name] += v
            counts[name] += 1


def report(name):
    average = totals[name] / counts[name]
    share = counts[name] / 7
    lines.append(f"{name}: avg={average:.2f} {average:8.3f}|{share:.1%}|{average:e}|{average:g}|{share:>10.4g}|")
    lines.append("%s %.1f %5.2f %-8.3e| %d %s %r" % (name, average, share, average, average, round(average, 1), average))
    lines.append(f"{round(average)} {float(counts[name])} {average // 1} {average % 1:.3f} {-average} {format(average, ',.2f')}")


t1 = threading.Thread(target=record, args=("a", [3, 4, 10]))
t2 = threading.Thread(target=record, args=("b", [1000001, 2, 2, 5]))
t1.start()
t2.start()
t1.join()
t2.join()
report("a")
report("b")
for line in lines:
    print(line)
