# A bool default of a parameter the call leaves out, printed in an f-string. CPython: ['1:False'].
# weft (start binary and this branch): ['1:0'] under "complete" -- a silent error left for a later session.
import threading

log = []


def work(n, verbose=False):
    log.append(f"{n}:{verbose}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
