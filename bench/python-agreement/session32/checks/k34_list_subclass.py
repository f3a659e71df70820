# a subclass of list appended through self.append
import threading
class Log(list):
    def add(self, x):
        self.append(x)


log = Log()


def work():
    log.add(3)
    log.add(4)


t = threading.Thread(target=work)
t.start()
t.join()
print(list(log))
