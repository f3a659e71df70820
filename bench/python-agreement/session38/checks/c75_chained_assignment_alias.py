# ordered
# `a = b = []` binds one list to both names.
import threading

log = []
pending = done = []


def work():
    pending.append("job")


t = threading.Thread(target=work)
t.start()
t.join()
log.append(len(done))
print(log)
