# check: args=("report") is a string, not a tuple: the thread calls f('r','e',...) and fails with TypeError
import threading

done = []


def export(name):
    done.append(name)


t = threading.Thread(target=export, args=("report"))
t.start()
t.join()
print(done)
