# check: Thread(target=work) written before `def work`: NameError in main at once
import threading

out = []
t = threading.Thread(target=work)


def work():
    out.append(1)


t.start()
t.join()
print(out)
