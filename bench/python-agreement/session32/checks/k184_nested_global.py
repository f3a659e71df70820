# A nested function declares `global` and writes the module counter.
import threading

counter = 0


def outer():
    def inner():
        global counter
        counter += 1
    inner()
    inner()


t = threading.Thread(target=outer)
t.start()
t.join()
print(counter)
