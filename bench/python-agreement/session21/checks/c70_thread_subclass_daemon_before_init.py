# setting self.daemon before Thread.__init__ fails in CPython
import threading

count = 0


class Beat(threading.Thread):
    def __init__(self):
        self.daemon = True
        super().__init__()

    def run(self):
        global count
        count += 1


b = Beat()
b.start()
b.join()
print(count)
