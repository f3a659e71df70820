import threading

after = []


class Worker(threading.Thread):
    def run(self):
        raise KeyError("k")


w = Worker()
w.start()
w.join()
after.append(w.is_alive())
print(after)
