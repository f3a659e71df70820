# check: a function that reads a global is called before the module binds that global (NameError)
import threading

out = []


def report():
    out.append(total * 2)


t = threading.Thread(target=report)
t.start()
t.join()
total = 5
print(out)
