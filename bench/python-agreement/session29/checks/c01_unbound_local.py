# a thread's function assigns counter without `global`: UnboundLocalError kills the thread, the global stays 0
import threading

counter = 0
after = 0


def work():
    global after
    after = 1
    counter += 1  # noqa: F823
    after = 2


t = threading.Thread(target=work)
t.start()
t.join()
print(counter, after)
