# x = get_log() returns the module list itself; x.append(7) changes the module list.
import threading

log = []


def get_log():
    return log


def work():
    x = get_log()
    x.append(7)


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
