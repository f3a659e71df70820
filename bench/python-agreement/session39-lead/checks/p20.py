import threading
counter = 0
def incr(times):
    global counter
    for _ in range(times):
        counter += 1
def decr(times):
    global counter
    for _ in range(times):
        tmp = counter
        tmp -= 1
        counter = tmp
a = threading.Thread(target=incr, args=(3,)); b = threading.Thread(target=decr, args=(2,))
a.start(); b.start(); a.join(); b.join()
print(counter)
