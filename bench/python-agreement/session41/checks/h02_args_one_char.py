# check: args=("x") is the string "x": with one character it happens to work
import threading

done = []


def export(name):
    done.append(name)


t = threading.Thread(target=export, args=("x"))
t.start()
t.join()
print(done)
