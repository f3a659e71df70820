# bug: lost update: `report += ...` on a shared string is a read and a write; two threads can lose a line
import threading

report = ""


def add_lines(name):
    global report
    for i in range(2):
        report += f"{name}{i};"


ts = [threading.Thread(target=add_lines, args=(n,)) for n in ("a", "b")]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = len(report)
print(report)
assert lines == 12
