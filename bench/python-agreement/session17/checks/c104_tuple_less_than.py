# no bug: a version check compares (major, minor) tuples
import threading

current = (3, 11)
supported = 0


def check(required_major, required_minor):
    global supported
    if current >= (required_major, required_minor):
        supported = 1


t = threading.Thread(target=check, args=(3, 8))
t.start()
t.join()
print(supported)
