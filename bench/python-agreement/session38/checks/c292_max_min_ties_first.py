# ordered
# max/min with key= return the first of equal maxima/minima.
import threading

log = []
loads = {}


def report(entries):
    for host, load in entries:
        loads[host] = load


t = threading.Thread(target=report, args=([("h1", 3), ("h2", 7), ("h3", 7), ("h4", 1), ("h5", 1)],))
t.start()
t.join()
log.append(max(loads, key=loads.get))
log.append(min(loads, key=loads.get))
log.append(max(loads.values()))
print(log)
