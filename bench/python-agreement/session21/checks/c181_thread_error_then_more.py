# a thread that fails ends alone; the next thread and main go on (harness status: fault, state after all threads)
import threading

log = []


def divide(d):
    log.append(100 // d)


for d in (0, 4):
    t = threading.Thread(target=divide, args=(d,))
    t.start()
    t.join()
print(log)
