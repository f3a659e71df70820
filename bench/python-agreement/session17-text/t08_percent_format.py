"""Log lines made with %-formatting and str.format (positional and named fields, widths); `line` is the
last writer's."""
import threading

line = ""
lines = 0


def log(worker, count):
    global line, lines
    first = "worker %s did %d items (%5d|%-4s|%03d)" % (worker, count, count, worker, count)
    second = "{} x {:>4} = {total:<5}".format(worker, count, total=count * 2) + "|{0!r}{0}".format(worker)
    lines += 2
    line = first + " / " + second + " %%"


threads = [threading.Thread(target=log, args=a) for a in (("w1", 7), ("w2", 12))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(line, lines)
