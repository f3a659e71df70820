# ordered
# A thread takes a snapshot with list(...) and also keeps an alias; later appends show only in the alias.
import threading

log = []
events = ["boot"]
views = {}


def snapshot():
    views["copy"] = list(events)
    views["alias"] = events


t = threading.Thread(target=snapshot)
t.start()
t.join()
events.append("ready")
log.append(len(views["copy"]))
log.append(len(views["alias"]))
print(log)
