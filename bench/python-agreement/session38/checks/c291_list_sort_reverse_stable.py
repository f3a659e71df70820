# ordered
# list.sort(key=, reverse=True) on a shared list of names filled by a thread: stable for equal keys.
import threading

log = []
names = []


def fill():
    for name in ["bob", "al", "cy", "di", "eve", "jo"]:
        names.append(name)


t = threading.Thread(target=fill)
t.start()
t.join()
names.sort(key=len, reverse=True)
for name in names:
    log.append(name)
print(log)
