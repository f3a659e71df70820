# get_log().append(x) as a statement, where get_log returns a module list.
import threading

log = []


def get_log():
    return log


def work():
    get_log().append(7)


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
