# check: return in finally overrides the try's return
import threading

a = 0


def work():
    global a
    def f():
        try:
            return 1
        finally:
            return 2
    def g(log):
        try:
            log.append("t")
            return len(log)
        finally:
            log.append("f")
    log = []
    a = f() * 100 + g(log) * 10 + len(log)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
