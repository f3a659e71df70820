# max() of a list a thread filled inside print: empty when the filler appends nothing (ValueError).
import threading

readings = []
log = []


def fill(n):
    for i in range(n):
        readings.append(i * 3)


def summarize():
    print("peak", max(readings))
    log.append("summarized")


f = threading.Thread(target=fill, args=(0,))
f.start()
f.join()
s = threading.Thread(target=summarize)
s.start()
s.join()
print(log)
