# check: current_thread().name inside a named thread
import threading

names = []


def who():
    names.append(threading.current_thread().name)


threads = [threading.Thread(target=who, name=f"worker-{i}") for i in range(2)]
for t in threads:
    t.start()
    t.join()
print(names)
