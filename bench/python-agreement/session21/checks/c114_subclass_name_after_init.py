# self.name set after Thread.__init__ is the thread's name (fine in CPython)
import threading

names = []


class Named(threading.Thread):
    def __init__(self, label):
        super().__init__()
        self.name = label
        self.daemon = True

    def run(self):
        names.append(self.name)


n = Named("alpha")
n.start()
n.join()
print(names)
