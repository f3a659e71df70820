# exec of an assignment to a global in a thread
import threading
counter = 0


def work():
    exec("global counter; counter += 1")


t = threading.Thread(target=work)
t.start()
t.join()
print(counter)
