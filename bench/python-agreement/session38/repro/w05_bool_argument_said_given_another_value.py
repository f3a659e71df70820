# WRONG WORDS. CPython: ['True']. weft (start binary): refused at 10:20, "`flag` is given a bool in one
# place (`True`, a comparison, an argument) and another value elsewhere in the file" -- `flag` is only
# ever given the bool True (the thread's one argument); nothing else binds it.
import threading

log = []


def work(flag):
    log.append(str(flag))


t = threading.Thread(target=work, args=(True,))
t.start()
t.join()
print(log)
