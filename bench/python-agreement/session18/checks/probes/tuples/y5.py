import threading

cache = {"a": 1}
size = -1


def reset():
    global cache
    cache = {}


t = threading.Thread(target=reset)
t.start()
t.join()
size = len(cache)
